import { createRandom } from '../core/random.js';
import { sampleIndices } from './sample-indices.js';
import { selectRows } from './select-rows.js';
import { sphericalKmeans } from './spherical-kmeans.js';
import type { TfidfMatrix } from './tfidf-matrix.js';

/**
 * Mean silhouette (cosine distance) of a clustering of the rows of `matrix`; featureless rows and singleton
 * clusters score 0, as in scikit-learn.
 *
 * Exact, without the pairwise loop: for rows x_i and a cluster c, Σ_{j∈c} (1 − x_i·x_j) = |c| − x_i·S_c with S_c
 * the sum of c's rows (minus x_i's own term 1 − |x_i|² for its cluster). That is O(nnz · k) instead of
 * O(rows² · nnz): the pairwise version took 3.1 s of a 100,000-ticket run on 8 candidates of a 2,000-row sample.
 */
export function silhouette(matrix: TfidfMatrix, assignments: Int32Array, k: number): number {
  const n = matrix.rows;
  const sizes = new Uint32Array(k);
  for (const c of assignments) if (c >= 0 && c < k) sizes[c]! += 1;
  // Cluster sums, column-major like the centroids (column j of cluster c at j * k + c) so a row reads contiguous memory.
  const sums = new Float64Array(matrix.cols * k);
  for (let i = 0; i < n; i++) {
    const c = assignments[i] ?? -1;
    if (c < 0 || c >= k) continue;
    for (let p = matrix.indptr[i]!; p < matrix.indptr[i + 1]!; p++) sums[matrix.indices[p]! * k + c]! += matrix.values[p]!;
  }
  const dots = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const own = assignments[i] ?? -1;
    if (own < 0 || own >= k || sizes[own]! < 2) continue;
    dots.fill(0);
    let self = 0;
    for (let p = matrix.indptr[i]!; p < matrix.indptr[i + 1]!; p++) {
      const v = matrix.values[p]!;
      const base = matrix.indices[p]! * k;
      self += v * v;
      for (let c = 0; c < k; c++) dots[c]! += v * sums[base + c]!;
    }
    const a = (sizes[own]! - 1 - (dots[own]! - self)) / (sizes[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c]! > 0) b = Math.min(b, (sizes[c]! - dots[c]!) / sizes[c]!);
    if (Number.isFinite(b) && Math.max(a, b) > 0) total += (b - a) / Math.max(a, b);
  }
  return n > 0 ? total / n : 0;
}

/**
 * Picks k in [minK, maxK] by the silhouette of a quick k-means on a sample (one restart each). Candidates step so
 * that at most 8 are tried, keeping the choice to a few seconds on large inputs.
 */
export function chooseK(
  matrix: TfidfMatrix,
  options: { minK: number; maxK: number; sample: number; seed: number },
): number {
  const random = createRandom(options.seed);
  const sample = selectRows(matrix, sampleIndices(matrix.rows, options.sample, random));
  const maxK = Math.min(options.maxK, Math.max(options.minK, Math.floor(sample.rows / 5)));
  if (maxK <= options.minK) return Math.max(1, Math.min(options.minK, sample.rows));
  const step = Math.max(1, Math.ceil((maxK - options.minK) / 7));
  let bestK = options.minK;
  let best = -Infinity;
  for (let k = options.minK; k <= maxK; k += step) {
    const { assignments } = sphericalKmeans(sample, k, { seed: options.seed, restarts: 1, sampleSize: 0 });
    const score = silhouette(sample, assignments, k);
    if (score > best) {
      best = score;
      bestK = k;
    }
  }
  return bestK;
}
