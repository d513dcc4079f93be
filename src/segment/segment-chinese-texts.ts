import { PLACEHOLDER } from '../normalize/mask-pii.js';
import { CUT_BATCH_CHARS, cutPieces } from './cut-batched.js';
import { mergePlaceNames, type PlaceNameRules } from './merge-place-names.js';
import type { Segmenter } from './segmenter.js';
import { TokenCodes } from './token-codes.js';
import { closeDoc, createTokenBuffer, pushToken, type TokenBuffer } from './token-buffer.js';

/**
 * Segments Chinese texts into one {@link TokenBuffer}, one document per text (an empty text gives an empty
 * document): the text between PII placeholders (`<手机号>`) is cut, and every token goes through `termId`
 * (the term id to count it as, or -1 to drop it). With `places`, place names cut into pieces are joined with
 * their suffix first ({@link mergePlaceNames}), one piece at a time. Spans are offsets into each text. `codes`
 * remembers what was worked out for each token text (its term id, whether it is a place suffix): pass the same one
 * to every call with the same `termId` and `places` (a text worker's chunks) so no token is looked up twice.
 */
export function segmentChineseTexts(
  texts: readonly string[],
  segmenter: Segmenter,
  termId: (token: string) => number,
  places: PlaceNameRules | null = null,
  codes: TokenCodes = new TokenCodes(),
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
  // One Map lookup per token for everything asked of its text: bit 0 says it is a place suffix, the rest is its
  // term id + 2 once `termId` was asked (0 before). Asking `termId` only when a token is emitted, in emission order,
  // keeps the vocabulary's order: a place cut into pieces interns the joined name, not its pieces.
  const codeOf = (token: string): number => {
    let code = codes.get(token);
    if (code < 0) {
      code = places?.suffixes.has(token) ? 1 : 0;
      codes.set(token, code);
    }
    return code;
  };
  const idOf = (token: string, code: number): number => {
    if (code >= 2) return (code >> 1) - 2;
    const id = termId(token);
    codes.set(token, ((id + 2) << 1) | code);
    return id;
  };
  const push = (p: number, token: string, start: number, id: number): void => {
    const d = pieceDoc[p] ?? 0;
    while (doc < d) {
      closeDoc(buffer);
      doc++;
    }
    if (id < 0) return;
    const at = (pieceOffset[p] ?? 0) + start;
    pushToken(buffer, id, at, at + token.length);
  };
  const emit = (p: number, token: string, start: number): void => push(p, token, start, idOf(token, codeOf(token)));
  // Place merging looks back over the tokens of a piece, so a piece's tokens are held until the next piece starts.
  const held: string[] = [];
  const heldCodes: number[] = [];
  let heldSuffix = false;
  let heldPiece = -1;
  let heldStart = 0;
  const release = (): void => {
    if (held.length === 0 || !places) return;
    let at = heldStart;
    if (!heldSuffix) {
      // No suffix after a piece's first token: nothing to join (mergePlaceNames would hand the tokens back).
      for (let k = 0; k < held.length; k++) {
        const token = held[k]!;
        push(heldPiece, token, at, idOf(token, heldCodes[k]!));
        at += token.length;
      }
    } else {
      for (const token of mergePlaceNames(held, places)) {
        emit(heldPiece, token, at);
        at += token.length;
      }
    }
    held.length = 0;
    heldCodes.length = 0;
    heldSuffix = false;
  };
  const visit = !places
    ? emit
    : (p: number, token: string, start: number): void => {
        if (p !== heldPiece) {
          release();
          heldPiece = p;
          heldStart = start;
        }
        const code = codeOf(token);
        if ((code & 1) === 1 && held.length > 0) heldSuffix = true;
        held.push(token);
        heldCodes.push(code);
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
