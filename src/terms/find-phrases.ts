import type { Corpus } from '../core/corpus.js';
import { forEachAdjacentPair, pairKey } from './adjacent-pairs.js';
import { termsOptionsSchema, type TermsOptions } from './terms-options.js';

/** Two words that occur next to each other far more often than chance, e.g. 宽带+掉线. */
export interface Phrase {
  /** Term id of the first word. */
  a: number;
  /** Term id of the second word. */
  b: number;
  /** `first+second`, the key used in counts and reports. */
  term: string;
  /** Number of tickets holding the pair. */
  tickets: number;
  /** Dunning's log-likelihood ratio G² of the pair against independence. */
  g2: number;
}

/** x·ln(x), 0 for 0. */
const xlogx = (x: number): number => (x > 0 ? x * Math.log(x) : 0);

/**
 * Dunning's G² of a 2×2 table of bigram counts: `k11` pairs (a,b), `k12` pairs (a,¬b), `k21` (¬a,b), `k22` the rest.
 */
export function dunningG2(k11: number, k12: number, k21: number, k22: number): number {
  const n = k11 + k12 + k21 + k22;
  const g =
    xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22) -
    xlogx(k11 + k12) - xlogx(k21 + k22) - xlogx(k11 + k21) - xlogx(k12 + k22) + xlogx(n);
  return Math.max(0, 2 * g);
}

/**
 * Finds phrases: ordered pairs of adjacent kept words (see `forEachAdjacentPair`) seen in at least
 * `phraseMinTickets` tickets, occurring more often than independence predicts, with G² ≥ `phraseMinG2`.
 * Best (highest G²) first, at most `maxPhrases`.
 */
export function findPhrases(corpus: Corpus, options: TermsOptions = {}): Phrase[] {
  const o = termsOptionsSchema.parse(options);
  const v = corpus.vocab.terms.length;
  const pairCounts = new Map<number, number>();
  const pairTickets = new Map<number, number>();
  const pairLastDoc = new Map<number, number>();
  const left = new Float64Array(v);
  const right = new Float64Array(v);
  let total = 0;
  let i = 0;
  // One visitor for every ticket, not a closure per ticket.
  const onPair = (a: number, b: number): void => {
    const key = pairKey(a, b, v);
    pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
    if (pairLastDoc.get(key) !== i) {
      pairLastDoc.set(key, i);
      pairTickets.set(key, (pairTickets.get(key) ?? 0) + 1);
    }
    left[a] = (left[a] ?? 0) + 1;
    right[b] = (right[b] ?? 0) + 1;
    total++;
  };
  for (i = 0; i < corpus.docs.length; i++) forEachAdjacentPair(corpus, i, o.phraseMaxGap, onPair);
  const phrases: Phrase[] = [];
  for (const [key, tickets] of pairTickets) {
    if (tickets < o.phraseMinTickets) continue;
    const a = Math.floor(key / v);
    const b = key - a * v;
    const k11 = pairCounts.get(key) ?? 0;
    const k12 = (left[a] ?? 0) - k11;
    const k21 = (right[b] ?? 0) - k11;
    const k22 = total - k11 - k12 - k21;
    // Only attraction counts: G² is also large for pairs seen together less often than chance.
    if (k11 * total <= (left[a] ?? 0) * (right[b] ?? 0)) continue;
    const g2 = dunningG2(k11, k12, k21, k22);
    if (g2 < o.phraseMinG2) continue;
    phrases.push({ a, b, term: `${corpus.vocab.terms[a]}+${corpus.vocab.terms[b]}`, tickets, g2 });
  }
  phrases.sort((x, y) => y.g2 - x.g2 || y.tickets - x.tickets || (x.term < y.term ? -1 : 1));
  return phrases.slice(0, o.maxPhrases);
}
