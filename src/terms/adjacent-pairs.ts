import type { Corpus } from '../core/corpus.js';

/** Sentence and clause ends a pair must not straddle. */
const BREAK = /[\n。.!！?？;；]/;

/**
 * Calls `visit(a, b)` for every pair of consecutive kept tokens of ticket `doc` that are close in the text: at
 * most `maxGap` characters (dropped words) between them and no sentence break. Identical neighbours are skipped.
 */
export function forEachAdjacentPair(
  corpus: Corpus,
  doc: number,
  maxGap: number,
  visit: (a: number, b: number) => void,
): void {
  const d = corpus.docs[doc];
  const text = corpus.tickets[doc]?.text ?? '';
  if (!d) return;
  for (let j = 0; j + 1 < d.termIds.length; j++) {
    const a = d.termIds[j] ?? 0;
    const b = d.termIds[j + 1] ?? 0;
    if (a === b) continue;
    const gapStart = d.ends[j] ?? 0;
    const gapEnd = d.starts[j + 1] ?? 0;
    if (gapEnd - gapStart > maxGap) continue;
    if (gapEnd > gapStart && BREAK.test(text.slice(gapStart, gapEnd))) continue;
    visit(a, b);
  }
}

/** A numeric key for an ordered pair of term ids (exact below 2^26 terms). */
export function pairKey(a: number, b: number, vocabSize: number): number {
  return a * vocabSize + b;
}
