import type { Corpus } from '../core/corpus.js';
import { forEachAdjacentPair, markAdjacentPairs } from './adjacent-pairs.js';
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

/**
 * Every adjacent pair of a corpus (one `maxGap`) as a pair id, in corpus order: the ids of ticket `doc`'s pairs are
 * `ids[visitStart[doc] … visitStart[doc + 1])`, in the order {@link forEachAdjacentPair} visits them, and `table`
 * holds each id's terms, ids in order of first appearance in the corpus. Made once per run for phrases and the
 * stored pair counts of every period, which then read ids instead of hashing each pair again (a period used to
 * build a pair table of its own). Held only while terms are counted: ~4 bytes per pair of the corpus.
 */
export interface CorpusPairs {
  readonly table: PairTable;
  readonly visitStart: Uint32Array;
  readonly ids: Uint32Array;
}

/** The {@link CorpusPairs} of `corpus` with this `maxGap` (marks its adjacent pairs first, see markAdjacentPairs). */
export function corpusPairIds(corpus: Corpus, maxGap: number): CorpusPairs {
  const n = corpus.docs.length;
  const table = new PairTable(Math.max(1024, n * 4));
  const visitStart = new Uint32Array(n + 1);
  let ids = new Uint32Array(Math.max(1024, n * 8));
  let used = 0;
  let last = -1;
  // One visitor for every pair, as the pairs are marked: a doc's first pair sets where its ids start.
  const onPair = (a: number, b: number, doc: number): void => {
    while (last < doc) visitStart[++last] = used;
    const id = table.add(a, b);
    if (used === ids.length) ids = grownUint32(ids, used + 1);
    ids[used++] = id;
  };
  markAdjacentPairs(corpus, maxGap, onPair);
  while (last < n) visitStart[++last] = used;
  return { table, visitStart, ids: ids.subarray(0, used) };
}

/**
 * {@link countAdjacentPairs} of many ticket sets (a run's periods) from one {@link CorpusPairs}: the same Map, pairs
 * in order of first appearance among the tickets, each pair's text made once for all sets. Counting arrays are
 * shared by the calls and need no reset: a pair's ticket stamp is a corpus index, its set stamp the call's number.
 */
export class CorpusPairCounter {
  private readonly counts: Uint32Array;
  private readonly lastDoc: Uint32Array;
  private readonly lastCall: Uint32Array;
  private readonly texts: Array<string | undefined>;
  private call = 0;

  constructor(
    private readonly pairs: CorpusPairs,
    private readonly terms: readonly string[],
  ) {
    const size = pairs.table.size;
    this.counts = new Uint32Array(size);
    this.lastDoc = new Uint32Array(size);
    this.lastCall = new Uint32Array(size);
    this.texts = new Array<string | undefined>(size).fill(undefined);
  }

  /** Ticket frequency of each pair among `docs` (distinct corpus indexes), pairs held by at least `minTickets`. */
  count(docs: readonly number[], minTickets: number): Map<string, number> {
    const { visitStart, ids, table } = this.pairs;
    const { counts, lastDoc, lastCall, texts } = this;
    const call = ++this.call;
    const order: number[] = [];
    for (let k = 0; k < docs.length; k++) {
      const doc = docs[k]!;
      const stamp = doc + 1;
      const to = visitStart[doc + 1]!;
      for (let v = visitStart[doc]!; v < to; v++) {
        const id = ids[v]!;
        if (lastCall[id] !== call) {
          lastCall[id] = call;
          lastDoc[id] = stamp;
          counts[id] = 1;
          order.push(id);
        } else if (lastDoc[id] !== stamp) {
          lastDoc[id] = stamp;
          counts[id]! += 1;
        }
      }
    }
    const out = new Map<string, number>();
    for (const id of order) {
      const n = counts[id]!;
      if (n < minTickets) continue;
      let text = texts[id];
      if (text === undefined) texts[id] = text = `${this.terms[table.firsts[id]!]}+${this.terms[table.seconds[id]!]}`;
      out.set(text, n);
    }
    return out;
  }
}
