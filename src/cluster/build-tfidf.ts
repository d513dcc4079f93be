import type { Corpus } from '../core/corpus.js';
import { tfidfOptionsSchema, type TfidfOptions } from './cluster-options.js';
import { normalizeRow, type TfidfMatrix } from './tfidf-matrix.js';

/**
 * Builds the L2-normalised TF-IDF matrix of a corpus: sublinear tf, smoothed idf (`ln((1+N)/(1+df)) + 1`), and a
 * vocabulary pruned by minimum ticket frequency, maximum ticket-frequency ratio and a feature cap.
 *
 * Hand-written typed-array counting rather than natural's TfIdf: measured 0.25 s against 29 s on 20k texts.
 *
 * @param termWeights optional multiplier per vocabulary id (0 drops the term), e.g. to boost place names.
 */
export function buildTfidf(corpus: Corpus, options: TfidfOptions = {}, termWeights?: Float32Array): TfidfMatrix {
  const opts = tfidfOptionsSchema.parse(options);
  const n = corpus.docs.length;
  const vocabSize = corpus.vocab.terms.length;
  const df = new Uint32Array(vocabSize);
  const lastSeen = new Int32Array(vocabSize).fill(-1);
  for (let i = 0; i < n; i++) {
    const ids = corpus.docs[i]?.termIds ?? new Uint32Array(0);
    for (const id of ids) {
      if (lastSeen[id] !== i) {
        lastSeen[id] = i;
        df[id] = (df[id] ?? 0) + 1;
      }
    }
  }

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

  // Two passes: count distinct columns per row, then fill, so the arrays are allocated once.
  const indptr = new Uint32Array(n + 1);
  const tf = new Float32Array(cols);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    let distinct = 0;
    for (const id of corpus.docs[i]?.termIds ?? []) {
      const c = colOf[id] ?? -1;
      if (c >= 0 && tf[c] === 0) {
        tf[c] = 1;
        touched.push(c);
        distinct++;
      }
    }
    for (const c of touched) tf[c] = 0;
    touched.length = 0;
    indptr[i + 1] = (indptr[i] ?? 0) + distinct;
  }
  const nnz = indptr[n] ?? 0;
  const indices = new Uint32Array(nnz);
  const values = new Float32Array(nnz);
  for (let i = 0; i < n; i++) {
    for (const id of corpus.docs[i]?.termIds ?? []) {
      const c = colOf[id] ?? -1;
      if (c < 0) continue;
      if (tf[c] === 0) touched.push(c);
      tf[c] = (tf[c] ?? 0) + 1;
    }
    touched.sort((a, b) => a - b);
    let p = indptr[i] ?? 0;
    for (const c of touched) {
      const raw = tf[c] ?? 0;
      indices[p] = c;
      values[p] = (opts.sublinearTf ? 1 + Math.log(raw) : raw) * (idf[c] ?? 0);
      tf[c] = 0;
      p++;
    }
    touched.length = 0;
    normalizeRow(indptr, values, i);
  }
  const terms = Array.from(termIds, (id) => corpus.vocab.terms[id] ?? '');
  return { rows: n, cols, indptr, indices, values, termIds, terms, idf, df: colDf };
}
