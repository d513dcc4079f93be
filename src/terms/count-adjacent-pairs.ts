import type { Corpus } from '../core/corpus.js';
import { forEachAdjacentPair } from './adjacent-pairs.js';
import { grownUint32, PairTable } from './pair-table.js';

/**
 * Ticket frequency of every adjacent pair (`a+b`, the phrase form) among the given tickets, keeping pairs held
 * by at least `minTickets` of them, in order of first appearance. This is what the history keeps per period
 * besides single terms: a rule local to the period, so a phrase found only in a later run still has its earlier
 * counts, and a nightly run with state sees the same baseline as one run over all days.
 */
export function countAdjacentPairs(corpus: Corpus, docs: readonly number[], maxGap: number, minTickets: number): Map<string, number> {
  const table = new PairTable(Math.max(1024, docs.length * 4));
  let counts = new Uint32Array(table.firsts.length);
  // 1 + the position in `docs` of the last ticket that counted the pair: a pair counts once per ticket.
  let lastDoc = new Uint32Array(table.firsts.length);
  let stamp = 0;
  // One visitor for every ticket, not a closure per ticket.
  const onPair = (a: number, b: number): void => {
    const id = table.add(a, b);
    if (id === counts.length) {
      counts = grownUint32(counts, id + 1);
      lastDoc = grownUint32(lastDoc, id + 1);
    }
    if (lastDoc[id] === stamp) return;
    lastDoc[id] = stamp;
    counts[id]! += 1;
  };
  for (let k = 0; k < docs.length; k++) {
    stamp = k + 1;
    forEachAdjacentPair(corpus, docs[k]!, maxGap, onPair);
  }
  const terms = corpus.vocab.terms;
  const out = new Map<string, number>();
  for (let id = 0; id < table.size; id++) {
    const n = counts[id]!;
    if (n >= minTickets) out.set(`${terms[table.firsts[id]!]}+${terms[table.seconds[id]!]}`, n);
  }
  return out;
}
