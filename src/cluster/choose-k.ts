import { createRandom } from '../core/random.js';
import { sampleIndices } from './sample-indices.js';
import { selectRows } from './select-rows.js';
import { sphericalKmeans } from './spherical-kmeans.js';
import type { TfidfMatrix } from './tfidf-matrix.js';

/**
 * Mean silhouette (cosine distance) of a clustering of the rows of `matrix`; featureless rows and singleton
 * clusters score 0, as in scikit-learn. O(rows² · nnz): call it on a sample.
 */
export function silhouette(matrix: TfidfMatrix, assignments: Int32Array, k: number): number {
  const n = matrix.rows;
  const dense = new Float64Array(matrix.cols);
  const sizes = new Uint32Array(k);
  for (const c of assignments) if (c >= 0) sizes[c]! += 1;
  const distSum = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const own = assignments[i] ?? -1;
    if (own < 0 || sizes[own]! < 2) continue;
    for (let p = matrix.indptr[i]!; p < matrix.indptr[i + 1]!; p++) dense[matrix.indices[p]!] = matrix.values[p]!;
    distSum.fill(0);
    for (let j = 0; j < n; j++) {
      const c = assignments[j] ?? -1;
      if (j === i || c < 0) continue;
      let dot = 0;
      for (let p = matrix.indptr[j]!; p < matrix.indptr[j + 1]!; p++) dot += matrix.values[p]! * dense[matrix.indices[p]!]!;
      distSum[c]! += 1 - dot;
    }
    for (let p = matrix.indptr[i]!; p < matrix.indptr[i + 1]!; p++) dense[matrix.indices[p]!] = 0;
    const a = distSum[own]! / (sizes[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c]! > 0) b = Math.min(b, distSum[c]! / sizes[c]!);
    if (Number.isFinite(b)) total += (b - a) / Math.max(a, b);
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
