import { z } from 'zod';
import type { Corpus } from '../core/corpus.js';
import { parseOptions } from '../core/parse-options.js';
import type { TfidfMatrix } from './tfidf-matrix.js';

/** A readable description of one cluster. */
export interface ClusterLabel {
  /** Top distinctive terms joined with ` · `, e.g. `宽带 · 掉线 · 丽景小区`. */
  label: string;
  /** Distinctive terms, best first. */
  terms: string[];
  /** Row indices of the tickets closest to the cluster centroid, closest first. */
  examples: number[];
}

/** Options of {@link labelClusters}. */
export const labelOptionsSchema = z.strictObject({
  /** Terms in `terms`. */
  terms: z.number().int().min(1).default(8),
  /** Terms joined into `label`. */
  labelTerms: z.number().int().min(1).default(3),
  /** Representative tickets per cluster. */
  examples: z.number().int().min(0).default(3),
});

/** Options of {@link labelClusters} as a caller passes them. */
export type LabelOptions = z.input<typeof labelOptionsSchema>;

/** A phrase term is stored as `a+b`; it reads as `ab`. */
const display = (term: string): string => term.replaceAll('+', '');

/**
 * Labels clusters with class-based TF-IDF (BERTopic's c-TF-IDF): the weight of term t in cluster c is
 * tf(t,c)/|c| · log(1 + A / f(t)), with tf the number of the cluster's tickets holding t, A the average number of
 * term occurrences per cluster and f(t) the term's ticket frequency over all clustered tickets — multiplied by
 * √(tf(t,c) / f(t)), the share of the term's tickets that fall in this cluster. Without that factor, words spread
 * evenly over all clusters (尽快, 师傅, 身份证 from masked personal data) won label places on the generated
 * telecom sample; with it a cluster is named by what sets it apart. A term already contained in a chosen term is
 * skipped. Examples are the members closest (cosine) to the
 * cluster's mean row of `matrix`.
 *
 * @param assignments cluster of each ticket, -1 for none; clusters are 0 … k-1.
 */
export function labelClusters(
  corpus: Corpus,
  assignments: Int32Array,
  k: number,
  matrix: TfidfMatrix | undefined,
  options: LabelOptions = {},
): ClusterLabel[] {
  const { terms: nTerms, labelTerms: nLabel, examples: nExamples } = parseOptions(labelOptionsSchema, options, 'labels');
  const vocabSize = corpus.vocab.terms.length;
  const members: number[][] = Array.from({ length: k }, () => []);
  assignments.forEach((c, i) => {
    if (c >= 0 && c < k) members[c]!.push(i);
  });

  // Ticket frequency of each term over all clustered tickets, and total occurrences for A.
  const f = new Float64Array(vocabSize);
  const seen = new Int32Array(vocabSize).fill(-1);
  let occurrences = 0;
  for (let i = 0; i < corpus.docs.length; i++) {
    if ((assignments[i] ?? -1) < 0) continue;
    for (const id of corpus.docs[i]?.termIds ?? []) {
      if (seen[id] !== i) {
        seen[id] = i;
        f[id]! += 1;
        occurrences++;
      }
    }
  }
  const clustersUsed = members.filter((m) => m.length > 0).length;
  const A = clustersUsed > 0 ? occurrences / clustersUsed : 1;

  const tf = new Float64Array(vocabSize);
  const scratch = new Float64Array(matrix?.cols ?? 0);
  const touched = new Int32Array(vocabSize);
  const candIds = new Int32Array(vocabSize);
  const candScores = new Float64Array(vocabSize);
  seen.fill(-1);
  return members.map((rows) => {
    let nTouched = 0;
    for (const i of rows) {
      const ids = corpus.docs[i]?.termIds;
      if (!ids) continue;
      for (let p = 0; p < ids.length; p++) {
        const id = ids[p]!;
        if (seen[id] === i) continue;
        seen[id] = i;
        if (tf[id] === 0) touched[nTouched++] = id;
        tf[id]! += 1;
      }
    }
    const minSupport = rows.length >= 4 ? 2 : 1;
    let nCand = 0;
    for (let t = 0; t < nTouched; t++) {
      const id = touched[t]!;
      if (tf[id]! >= minSupport) {
        candIds[nCand] = id;
        candScores[nCand++] =
          (tf[id]! / Math.max(1, rows.length)) * Math.log(1 + A / Math.max(1, f[id]!)) * Math.sqrt(tf[id]! / Math.max(1, f[id]!));
      }
      tf[id] = 0;
    }
    // Only the best few candidates are ever read, so they are selected instead of sorting every term of a topic
    // (tens of thousands per topic at 100,000 tickets); the full sort is the fallback when skips use them up.
    const pick = (limit: number): string[] => {
      const order = bestCandidates(candIds, candScores, nCand, limit);
      const terms: string[] = [];
      for (const id of order) {
        const text = display(corpus.vocab.terms[id] ?? '');
        if (text.length === 0 || terms.some((t) => t.includes(text))) continue;
        terms.push(text);
        if (terms.length >= nTerms) break;
      }
      return terms;
    };
    const limit = 4 * nTerms + 32;
    let terms = pick(limit);
    if (terms.length < nTerms && nCand > limit) terms = pick(nCand);
    const label = terms.slice(0, nLabel).join(' · ');
    return { label, terms, examples: matrix ? closestRows(matrix, rows, nExamples, scratch) : rows.slice(0, nExamples) };
  });
}

/** Ids of the `limit` highest scores among the first `count` candidates, best first (ties: lower id first). */
function bestCandidates(ids: Int32Array, scores: Float64Array, count: number, limit: number): number[] {
  if (limit >= count) {
    // All of them: a plain sort, as insertion into a buffer this long would be quadratic.
    const all = Array.from({ length: count }, (_, c) => c);
    all.sort((a, b) => scores[b]! - scores[a]! || ids[a]! - ids[b]!);
    return all.map((c) => ids[c]!);
  }
  const size = limit;
  const topIds = new Int32Array(size);
  const topScores = new Float64Array(size);
  let filled = 0;
  const before = (w: number, id: number, at: number): boolean => w > topScores[at]! || (w === topScores[at] && id < topIds[at]!);
  for (let c = 0; c < count; c++) {
    const w = scores[c]!;
    const id = ids[c]!;
    if (filled === size && !before(w, id, size - 1)) continue;
    let at = filled < size ? filled++ : size - 1;
    while (at > 0 && before(w, id, at - 1)) {
      topScores[at] = topScores[at - 1]!;
      topIds[at] = topIds[at - 1]!;
      at--;
    }
    topScores[at] = w;
    topIds[at] = id;
  }
  return Array.from(topIds.subarray(0, filled));
}

/** The `n` rows of `rows` with the highest cosine to their mean vector, closest first (ties by row order). */
function closestRows(matrix: TfidfMatrix, rows: number[], n: number, scratch: Float64Array): number[] {
  const touched: number[] = [];
  for (const i of rows) {
    for (let p = matrix.indptr[i]!; p < matrix.indptr[i + 1]!; p++) {
      const c = matrix.indices[p]!;
      if (scratch[c] === 0) touched.push(c);
      scratch[c]! += matrix.values[p]!;
    }
  }
  // Top-n selection rather than sorting every member (an issue or topic can hold tens of thousands of rows).
  // Rows come in ascending order and only a strictly higher cosine displaces, so ties keep row order.
  const bestRows: number[] = [];
  const bestSims: number[] = [];
  for (const i of rows) {
    let s = 0;
    for (let p = matrix.indptr[i]!; p < matrix.indptr[i + 1]!; p++) s += matrix.values[p]! * scratch[matrix.indices[p]!]!;
    if (bestRows.length === n && !(s > bestSims[n - 1]!)) continue;
    let at = bestRows.length < n ? bestRows.length : n - 1;
    if (bestRows.length < n) {
      bestRows.push(i);
      bestSims.push(s);
    }
    while (at > 0 && s > bestSims[at - 1]!) {
      bestSims[at] = bestSims[at - 1]!;
      bestRows[at] = bestRows[at - 1]!;
      at--;
    }
    bestSims[at] = s;
    bestRows[at] = i;
  }
  for (const c of touched) scratch[c] = 0;
  return bestRows;
}
