import type { Corpus } from '../core/corpus.js';
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
export interface LabelOptions {
  /** Terms in `terms`. */
  terms?: number;
  /** Terms joined into `label`. */
  labelTerms?: number;
  /** Representative tickets per cluster. */
  examples?: number;
}

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
  const nTerms = options.terms ?? 8;
  const nLabel = options.labelTerms ?? 3;
  const nExamples = options.examples ?? 3;
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
  seen.fill(-1);
  return members.map((rows) => {
    const touched: number[] = [];
    for (const i of rows) {
      for (const id of corpus.docs[i]?.termIds ?? []) {
        if (seen[id] === i) continue;
        seen[id] = i;
        if (tf[id] === 0) touched.push(id);
        tf[id]! += 1;
      }
    }
    const minSupport = rows.length >= 4 ? 2 : 1;
    const scored = touched
      .filter((id) => tf[id]! >= minSupport)
      .map((id) => ({
        id,
        w: (tf[id]! / Math.max(1, rows.length)) * Math.log(1 + A / Math.max(1, f[id]!)) * Math.sqrt(tf[id]! / Math.max(1, f[id]!)),
      }));
    for (const id of touched) tf[id] = 0;
    scored.sort((a, b) => b.w - a.w || a.id - b.id);
    const terms: string[] = [];
    for (const { id } of scored) {
      const text = display(corpus.vocab.terms[id] ?? '');
      if (text.length === 0 || terms.some((t) => t.includes(text))) continue;
      terms.push(text);
      if (terms.length >= nTerms) break;
    }
    const label = terms.slice(0, nLabel).join(' · ');
    return { label, terms, examples: matrix ? closestRows(matrix, rows, nExamples, scratch) : rows.slice(0, nExamples) };
  });
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
  const sims = rows.map((i) => {
    let s = 0;
    for (let p = matrix.indptr[i]!; p < matrix.indptr[i + 1]!; p++) s += matrix.values[p]! * scratch[matrix.indices[p]!]!;
    return { i, s };
  });
  for (const c of touched) scratch[c] = 0;
  sims.sort((a, b) => b.s - a.s || a.i - b.i);
  return sims.slice(0, n).map((x) => x.i);
}
