import type { Segmenter } from './segmenter.js';

/**
 * Joins pieces for one `cut` call. jieba splits its input at every character outside its word-character class
 * before building a word graph, so a line break keeps pieces independent and comes back as a token of its own.
 */
const SEPARATOR = '\n';
/**
 * Characters per `cut` call. One native call per ticket costs more in crossing into Rust and building result
 * arrays than cutting a 50-character ticket (measured with @node-rs/jieba: 413 → 309 ms on the same texts when
 * batched); 32k characters keeps the joined string and the token array small.
 */
export const CUT_BATCH_CHARS = 32_768;

/**
 * Cuts many non-empty pieces of text with as few segmenter calls as possible and calls `visit(piece, token,
 * start)` for every token in order, `start` being the token's offset inside its piece. The tokens are the same as
 * cutting each piece alone: a batch whose tokens do not line up with the piece boundaries (a piece ending in
 * '\r', which jieba pairs with the separator) is cut piece by piece instead.
 */
export function cutPieces(
  pieces: readonly string[],
  segmenter: Segmenter,
  visit: (piece: number, token: string, start: number) => void,
  batchChars = CUT_BATCH_CHARS,
): void {
  let first = 0;
  while (first < pieces.length) {
    let last = first;
    let chars = 0;
    while (last < pieces.length && (last === first || chars < batchChars)) chars += (pieces[last++] ?? '').length + 1;
    cutBatch(pieces, first, last, segmenter, visit);
    first = last;
  }
}

function cutBatch(
  pieces: readonly string[],
  first: number,
  last: number,
  segmenter: Segmenter,
  visit: (piece: number, token: string, start: number) => void,
): void {
  if (last - first === 1) {
    let pos = 0;
    for (const token of segmenter.cut(pieces[first] ?? '')) {
      visit(first, token, pos);
      pos += token.length;
    }
    return;
  }
  const tokens = segmenter.cut(pieces.slice(first, last).join(SEPARATOR));
  if (!aligned(tokens, pieces, first, last)) {
    for (let p = first; p < last; p++) cutBatch(pieces, p, p + 1, segmenter, visit);
    return;
  }
  let p = first;
  let pieceStart = 0;
  let pieceEnd = (pieces[p] ?? '').length;
  let pos = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as string;
    if (pos === pieceEnd && p + 1 < last) {
      pos += 1;
      p++;
      pieceStart = pos;
      pieceEnd = pos + (pieces[p] ?? '').length;
      continue;
    }
    visit(p, token, pos - pieceStart);
    pos += token.length;
  }
}

/** True when every piece boundary of the joined batch falls between tokens and each separator is a token. */
function aligned(tokens: readonly string[], pieces: readonly string[], first: number, last: number): boolean {
  let p = first;
  let pieceEnd = (pieces[p] ?? '').length;
  let pos = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as string;
    if (pos === pieceEnd && p + 1 < last) {
      if (token !== SEPARATOR) return false;
      pos += 1;
      p++;
      pieceEnd = pos + (pieces[p] ?? '').length;
      continue;
    }
    pos += token.length;
    if (pos > pieceEnd) return false;
  }
  return p === last - 1 && pos === pieceEnd;
}
