import type { Corpus } from '../core/corpus.js';
import { forEachAdjacentPair, pairKey } from './adjacent-pairs.js';

/**
 * Ticket frequency of every adjacent pair (`a+b`, the phrase form) among the given tickets, keeping pairs held
 * by at least `minTickets` of them. This is what the history keeps per period besides single terms: a rule local
 * to the period, so a phrase found only in a later run still has its earlier counts, and a nightly run with state
 * sees the same baseline as one run over all days.
 */
export function countAdjacentPairs(corpus: Corpus, docs: readonly number[], maxGap: number, minTickets: number): Map<string, number> {
  const vocabSize = corpus.vocab.terms.length;
  const counts = new Map<number, number>();
  const seen = new Set<number>();
  // One visitor for every ticket, not a closure per ticket.
  const onPair = (a: number, b: number): void => {
    const key = pairKey(a, b, vocabSize);
    if (seen.has(key)) return;
    seen.add(key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const doc of docs) {
    seen.clear();
    forEachAdjacentPair(corpus, doc, maxGap, onPair);
  }
  const out = new Map<string, number>();
  for (const [key, n] of counts) {
    if (n < minTickets) continue;
    const a = Math.floor(key / vocabSize);
    const b = key - a * vocabSize;
    out.set(`${corpus.vocab.terms[a]}+${corpus.vocab.terms[b]}`, n);
  }
  return out;
}
