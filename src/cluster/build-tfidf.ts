import { termTicketCounts } from './ticket-term-weights.js';
import type { Corpus } from '../core/corpus.js';
import { tfidfOptionsSchema, type TfidfOptions } from './cluster-options.js';
import { normalizeRow, type TfidfMatrix } from './tfidf-matrix.js';
import { parseOptions } from '../core/parse-options.js';

/**
 * Builds the L2-normalised TF-IDF matrix of a corpus: sublinear tf, smoothed idf (`ln((1+N)/(1+df)) + 1`), and a
 * vocabulary pruned by minimum ticket frequency, maximum ticket-frequency ratio and a feature cap.
 *
 * Hand-written typed-array counting rather than natural's TfIdf: measured 0.25 s against 29 s on 20k texts.
 *
 * @param termWeights optional multiplier per vocabulary id (0 drops the term), e.g. to boost place names.
 */
export function buildTfidf(corpus: Corpus, options: TfidfOptions = {}, termWeights?: Float32Array): TfidfMatrix {
  const opts = parseOptions(tfidfOptionsSchema, options, 'tfidf');
  const n = corpus.docs.length;
  const vocabSize = corpus.vocab.terms.length;
  const df = termTicketCounts(corpus);

  // A small corpus cannot meet a min df tuned for tens of thousands of tickets: scale it down, never below 2.
  const minDf = Math.min(opts.minDf, Math.max(2, Math.ceil(n / 1000)));
  const maxDf = Math.max(minDf, Math.floor(opts.maxDfRatio * n));
  let candidates: number[] = [];
  for (let id = 0; id < vocabSize; id++) {
    const f = df[id] ?? 0;
    if (f < minDf || f > maxDf) continue;
    if (termWeights && !((termWeights[id] ?? 1) > 0)) continue;
    candidates.push(id);
  }
  if (opts.maxFeatures > 0 && candidates.length > opts.maxFeatures) {
    // Most frequent first, ties by id so the cut is deterministic.
    candidates.sort((a, b) => (df[b] ?? 0) - (df[a] ?? 0) || a - b);
    candidates = candidates.slice(0, opts.maxFeatures);
  }
  candidates.sort((a, b) => a - b);

  const cols = candidates.length;
  const colOf = new Int32Array(vocabSize).fill(-1);
  const termIds = new Uint32Array(cols);
  const idf = new Float32Array(cols);
  const colDf = new Uint32Array(cols);
  candidates.forEach((id, c) => {
    colOf[id] = c;
    termIds[c] = id;
    colDf[c] = df[id] ?? 0;
    idf[c] = (Math.log((1 + n) / (1 + (df[id] ?? 0))) + 1) * (termWeights?.[id] ?? 1);
  });

  const indptr = rowLengths(corpus, colOf, cols);
  const { indices, values } = fillRows(corpus, colOf, idf, indptr, opts.sublinearTf, cols);
  const terms = Array.from(termIds, (id) => corpus.vocab.terms[id] ?? '');
  return { rows: n, cols, indptr, indices, values, termIds, terms, idf, df: colDf };
}

// The passes below are separate functions so V8 optimises each as a whole: as one long function called once per
// run, it was compiled mid-loop and deoptimised at the next loop for lack of type feedback (a known V8 pattern).

/** CSR row pointers: the number of distinct kept columns of each row, accumulated. */
function rowLengths(corpus: Corpus, colOf: Int32Array, cols: number): Uint32Array {
  const n = corpus.docs.length;
  const indptr = new Uint32Array(n + 1);
  const stamp = new Int32Array(cols).fill(-1);
  for (let i = 0; i < n; i++) {
    let distinct = 0;
    const ids = corpus.docs[i]?.termIds;
    if (ids) {
      for (let p = 0; p < ids.length; p++) {
        const c = colOf[ids[p]!]!;
        if (c >= 0 && stamp[c] !== i) {
          stamp[c] = i;
          distinct++;
        }
      }
    }
    indptr[i + 1] = indptr[i]! + distinct;
  }
  return indptr;
}

/** Column indices (ascending per row) and L2-normalised (sublinear) tf · idf values of every row. */
function fillRows(
  corpus: Corpus,
  colOf: Int32Array,
  idf: Float32Array,
  indptr: Uint32Array,
  sublinearTf: boolean,
  cols: number,
): { indices: Uint32Array; values: Float32Array } {
  const n = corpus.docs.length;
  const nnz = indptr[n]!;
  const indices = new Uint32Array(nnz);
  const values = new Float32Array(nnz);
  const tf = new Float32Array(cols);
  for (let i = 0; i < n; i++) {
    const ids = corpus.docs[i]?.termIds;
    const from = indptr[i]!;
    let p = from;
    if (ids) {
      for (let q = 0; q < ids.length; q++) {
        const c = colOf[ids[q]!]!;
        if (c < 0) continue;
        if (tf[c] === 0) indices[p++] = c;
        tf[c]! += 1;
      }
    }
    const row = indices.subarray(from, p).sort();
    for (let r = 0; r < row.length; r++) {
      const c = row[r]!;
      const raw = tf[c]!;
      values[from + r] = (sublinearTf ? 1 + Math.log(raw) : raw) * idf[c]!;
      tf[c] = 0;
    }
    normalizeRow(indptr, values, i);
  }
  return { indices, values };
}
