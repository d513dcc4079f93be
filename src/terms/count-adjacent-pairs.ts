import type { Corpus } from '../core/corpus.js';
import { forEachAdjacentPair } from './adjacent-pairs.js';
import { grownUint32, PairTable } from './pair-table.js';

/**
 * The texts `a+b` of adjacent pairs of one vocabulary, each made once: a run counts the pairs of every period, and
 * the same pair kept by many periods was a new string in each (tens of megabytes of copies at a million tickets,
 * kept with the period counts for the whole run).
 */
export class PairTexts {
  private readonly table = new PairTable(1024);
  private readonly texts: string[] = [];

  /** Texts of pairs of `terms` (the vocabulary's terms by id). */
  constructor(private readonly terms: readonly string[]) {}

  /** `terms[a]+terms[b]`, the same string for every call with the same pair. */
  of(a: number, b: number): string {
    const id = this.table.add(a, b);
    if (id === this.texts.length) this.texts.push(`${this.terms[a]}+${this.terms[b]}`);
    return this.texts[id]!;
  }
}

/**
 * Ticket frequency of every adjacent pair (`a+b`, the phrase form) among the given tickets, keeping pairs held
 * by at least `minTickets` of them, in order of first appearance. This is what the history keeps per period
 * besides single terms: a rule local to the period, so a phrase found only in a later run still has its earlier
 * counts, and a nightly run with state sees the same baseline as one run over all days. Pass one
 * {@link PairTexts} of the corpus's vocabulary to every period's call so they share the pairs' texts.
 */
export function countAdjacentPairs(corpus: Corpus, docs: readonly number[], maxGap: number, minTickets: number, texts?: PairTexts): Map<string, number> {
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
    if (n < minTickets) continue;
    const a = table.firsts[id]!;
    const b = table.seconds[id]!;
    out.set(texts ? texts.of(a, b) : `${terms[a]}+${terms[b]}`, n);
  }
  return out;
}
