import type { Corpus } from '../core/corpus.js';
import { corpusPairIds, type CorpusPairs } from './count-adjacent-pairs.js';
import { termsOptionsSchema, type TermsOptions } from './terms-options.js';
import { parseOptions } from '../core/parse-options.js';

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
 * Best (highest G²) first, at most `maxPhrases`. `pairs`: the corpus's pair ids made with the same `phraseMaxGap`
 * ({@link corpusPairIds}), read instead of walking the pairs again; made here when not given.
 */
export function findPhrases(corpus: Corpus, options: TermsOptions = {}, pairs?: CorpusPairs): Phrase[] {
  const o = parseOptions(termsOptionsSchema, options, 'terms');
  const v = corpus.vocab.terms.length;
  // Pair ids from the corpus's pair table (made here when the caller has none), counts in arrays indexed by them.
  const { table, visitStart, ids } = pairs ?? corpusPairIds(corpus, o.phraseMaxGap);
  const pairCounts = new Uint32Array(table.size);
  const pairTickets = new Uint32Array(table.size);
  const pairLastDoc = new Uint32Array(table.size);
  const left = new Float64Array(v);
  const right = new Float64Array(v);
  let total = 0;
  for (let i = 0; i < corpus.docs.length; i++) {
    const stamp = i + 1;
    const to = visitStart[i + 1]!;
    for (let k = visitStart[i]!; k < to; k++) {
      const id = ids[k]!;
      pairCounts[id]! += 1;
      if (pairLastDoc[id] !== stamp) {
        pairLastDoc[id] = stamp;
        pairTickets[id]! += 1;
      }
      left[table.firsts[id]!]! += 1;
      right[table.seconds[id]!]! += 1;
      total++;
    }
  }
  // The candidates' G² first; only those that can be among the best `maxPhrases` get a term string and the full
  // sort (on real reviews ~87,000 pairs pass the tests, and sorting them all by G², tickets and term cost more
  // than counting them).
  const candidates: number[] = [];
  const g2s: number[] = [];
  for (let id = 0; id < table.size; id++) {
    if (pairTickets[id]! < o.phraseMinTickets) continue;
    const a = table.firsts[id]!;
    const b = table.seconds[id]!;
    const k11 = pairCounts[id]!;
    const k12 = left[a]! - k11;
    const k21 = right[b]! - k11;
    const k22 = total - k11 - k12 - k21;
    // Only attraction counts: G² is also large for pairs seen together less often than chance.
    if (k11 * total <= left[a]! * right[b]!) continue;
    const g2 = dunningG2(k11, k12, k21, k22);
    if (g2 < o.phraseMinG2) continue;
    candidates.push(id);
    g2s.push(g2);
  }
  if (o.maxPhrases === 0) return [];
  // The maxPhrases-th highest G²: every phrase ranked above it or tied with it is at least that high.
  const least = candidates.length > o.maxPhrases ? Float64Array.from(g2s).sort()[candidates.length - o.maxPhrases]! : -Infinity;
  const phrases: Phrase[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const g2 = g2s[k]!;
    if (g2 < least) continue;
    const id = candidates[k]!;
    const a = table.firsts[id]!;
    const b = table.seconds[id]!;
    phrases.push({ a, b, term: `${corpus.vocab.terms[a]}+${corpus.vocab.terms[b]}`, tickets: pairTickets[id]!, g2 });
  }
  phrases.sort((x, y) => y.g2 - x.g2 || y.tickets - x.tickets || (x.term < y.term ? -1 : 1));
  return phrases.slice(0, o.maxPhrases);
}
