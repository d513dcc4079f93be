import { PLACEHOLDER } from '../normalize/mask-pii.js';
import { CUT_BATCH_CHARS, cutPieces } from './cut-batched.js';
import { mergePlaceNames, type PlaceNameRules } from './merge-place-names.js';
import type { Segmenter } from './segmenter.js';
import { closeDoc, createTokenBuffer, pushToken, type TokenBuffer } from './token-buffer.js';

/**
 * Segments Chinese texts into one {@link TokenBuffer}, one document per text (an empty text gives an empty
 * document): the text between PII placeholders (`<手机号>`) is cut, and every token goes through `termId`
 * (the term id to count it as, or -1 to drop it). With `places`, place names cut into pieces are joined with
 * their suffix first ({@link mergePlaceNames}), one piece at a time. Spans are offsets into each text.
 */
export function segmentChineseTexts(
  texts: readonly string[],
  segmenter: Segmenter,
  termId: (token: string) => number,
  places: PlaceNameRules | null = null,
): TokenBuffer {
  let chars = 0;
  for (let i = 0; i < texts.length; i++) chars += (texts[i] ?? '').length;
  // Kept tokens average ~3 characters; sizing close to that avoids most regrowth.
  const buffer = createTokenBuffer(Math.ceil(chars / 3), texts.length);
  const pieces: string[] = [];
  const pieceDoc: number[] = [];
  const pieceOffset: number[] = [];
  let doc = 0;
  let batchChars = 0;
  const emit = (p: number, token: string, start: number): void => {
    const d = pieceDoc[p] ?? 0;
    while (doc < d) {
      closeDoc(buffer);
      doc++;
    }
    const id = termId(token);
    if (id < 0) return;
    const at = (pieceOffset[p] ?? 0) + start;
    pushToken(buffer, id, at, at + token.length);
  };
  // Place merging looks back over the tokens of a piece, so a piece's tokens are held until the next piece starts.
  const held: string[] = [];
  let heldPiece = -1;
  let heldStart = 0;
  const release = (): void => {
    if (held.length === 0 || !places) return;
    let at = heldStart;
    for (const token of mergePlaceNames(held, places)) {
      emit(heldPiece, token, at);
      at += token.length;
    }
    held.length = 0;
  };
  const visit = !places
    ? emit
    : (p: number, token: string, start: number): void => {
        if (p !== heldPiece) {
          release();
          heldPiece = p;
          heldStart = start;
        }
        held.push(token);
      };
  const flush = (through: number): void => {
    cutPieces(pieces, segmenter, visit);
    release();
    heldPiece = -1;
    while (doc < through) {
      closeDoc(buffer);
      doc++;
    }
    pieces.length = 0;
    pieceDoc.length = 0;
    pieceOffset.length = 0;
    batchChars = 0;
  };
  const addPiece = (i: number, text: string, from: number, end: number): void => {
    if (end <= from) return;
    pieces.push(from === 0 && end === text.length ? text : text.slice(from, end));
    pieceDoc.push(i);
    pieceOffset.push(from);
    batchChars += end - from;
  };
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] ?? '';
    if (text.indexOf('<') < 0) {
      addPiece(i, text, 0, text.length);
    } else {
      let from = 0;
      for (const m of text.matchAll(PLACEHOLDER)) {
        addPiece(i, text, from, m.index);
        from = m.index + m[0].length;
      }
      addPiece(i, text, from, text.length);
    }
    // Whole tickets per flush, so a document is closed only after all of its pieces were cut.
    if (batchChars >= CUT_BATCH_CHARS * 4) flush(i + 1);
  }
  flush(texts.length);
  return buffer;
}
