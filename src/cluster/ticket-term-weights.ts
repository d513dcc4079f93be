import { insideRanges } from '../core/business-replies.js';
import type { Corpus } from '../core/corpus.js';

const dfMemo = new WeakMap<Corpus, { docs: number; terms: number; df: Uint32Array }>();

/**
 * Ticket frequency of every term of the vocabulary (each ticket counts a term once). Counted once per corpus (the
 * topics' TF-IDF, the issues and their TF-IDF each walked every token of the corpus for it; counted again when the
 * corpus grew), each caller getting its own copy.
 */
export function termTicketCounts(corpus: Corpus): Uint32Array {
  const hit = dfMemo.get(corpus);
  if (hit && hit.docs === corpus.docs.length && hit.terms === corpus.vocab.terms.length) return hit.df.slice();
  const df = countTermTickets(corpus);
  dfMemo.set(corpus, { docs: corpus.docs.length, terms: corpus.vocab.terms.length, df });
  return df.slice();
}

function countTermTickets(corpus: Corpus): Uint32Array {
  const df = new Uint32Array(corpus.vocab.terms.length);
  const seen = new Int32Array(corpus.vocab.terms.length).fill(-1);
  corpus.docs.forEach((doc, i) => {
    const ids = doc.termIds;
    for (let p = 0; p < ids.length; p++) {
      const t = ids[p]!;
      if (seen[t] !== i) {
        seen[t] = i;
        df[t]! += 1;
      }
    }
  });
  return df;
}

/** Term frequencies below this whole number read `1 + ln tf` from a table. */
const LOG_TABLE_SIZE = 256;

/** One ticket's distinct terms and their weights, valid until the next call (shared buffers). */
export interface TicketTerms {
  count: number;
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * A function giving a ticket's distinct terms weighted `(1 + ln tf) · ln(N / df)`, where a term inside the subject
 * line (`titleLength`) counts `titleWeight` times: the subject says what the ticket is about in a few words, the
 * body adds incidental ones. Terms inside `skipped` ranges of a ticket (a business's reply: 宾馆反馈 … 感谢您的点评) are
 * left out. Buffers are reused between calls, so no object is made per ticket.
 */
export function createTicketTermWeights(
  corpus: Corpus,
  df: Uint32Array,
  titleWeight: number,
  skipped: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>> = new Map(),
): (i: number) => TicketTerms {
  const n = Math.max(1, corpus.docs.length);
  const idf = new Float64Array(df.length);
  for (let t = 0; t < df.length; t++) idf[t] = df[t]! > 0 ? Math.log(n / df[t]!) : 0;
  const tf = new Float64Array(df.length);
  // What each call needs of the ticket objects, read once into typed arrays: the issue step asks for every ticket's
  // terms four times (entities, concepts, groups, labels), and a million ticket objects spread over the heap were
  // most of the cost. `1 + ln k` is tabled for the small whole term frequencies almost every term has.
  const tickets = corpus.tickets;
  const titleLengths = new Int32Array(corpus.docs.length);
  for (let i = 0; i < titleLengths.length; i++) titleLengths[i] = tickets[i]?.titleLength ?? 0;
  const hasRanges = new Uint8Array(corpus.docs.length);
  for (const i of skipped.keys()) if (i >= 0 && i < hasRanges.length) hasRanges[i] = 1;
  const logTable = new Float64Array(LOG_TABLE_SIZE);
  for (let k = 1; k < LOG_TABLE_SIZE; k++) logTable[k] = 1 + Math.log(k);
  let capacity = 64;
  const out: TicketTerms = { count: 0, ids: new Int32Array(capacity), weights: new Float64Array(capacity) };
  return (i) => {
    const doc = corpus.docs[i];
    const titleLength = i >= 0 && i < titleLengths.length ? titleLengths[i]! : (tickets[i]?.titleLength ?? 0);
    out.count = 0;
    if (!doc) return out;
    const ids = doc.termIds;
    const ranges = i >= 0 && i < hasRanges.length && hasRanges[i] === 0 ? undefined : skipped.get(i);
    const starts = titleLength > 0 || ranges ? doc.starts : undefined;
    if (ids.length > capacity) {
      capacity = ids.length * 2;
      out.ids = new Int32Array(capacity);
      out.weights = new Float64Array(capacity);
    }
    for (let p = 0; p < ids.length; p++) {
      const t = ids[p]!;
      if (ranges && insideRanges(ranges, starts![p]!, starts![p]! + 1)) continue;
      if (tf[t] === 0) out.ids[out.count++] = t;
      tf[t]! += starts !== undefined && starts[p]! < titleLength ? titleWeight : 1;
    }
    for (let k = 0; k < out.count; k++) {
      const t = out.ids[k]!;
      const f = tf[t]!;
      out.weights[k] = (f < LOG_TABLE_SIZE && f === Math.floor(f) ? logTable[f]! : 1 + Math.log(f)) * idf[t]!;
      tf[t] = 0;
    }
    return out;
  };
}
