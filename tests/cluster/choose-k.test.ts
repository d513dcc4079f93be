import { describe, expect, it } from 'vitest';
import { chooseK, silhouette } from '../../src/cluster/choose-k.js';
import type { TfidfMatrix } from '../../src/cluster/tfidf-matrix.js';
import { createRandom } from '../../src/core/random.js';
import { matrixFromDense } from './helpers.js';

/** The textbook O(n²) silhouette under cosine distance, to check the cluster-sum shortcut against. */
function pairwiseSilhouette(m: TfidfMatrix, assignments: Int32Array, k: number): number {
  const row = (i: number): Map<number, number> => {
    const out = new Map<number, number>();
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) out.set(m.indices[p]!, m.values[p]!);
    return out;
  };
  const dist = (i: number, j: number): number => {
    const a = row(i);
    let dot = 0;
    for (const [c, v] of row(j)) dot += v * (a.get(c) ?? 0);
    return 1 - dot;
  };
  const sizes = Array.from({ length: k }, (_, c) => assignments.filter((x) => x === c).length);
  let total = 0;
  for (let i = 0; i < m.rows; i++) {
    const own = assignments[i]!;
    if (own < 0 || sizes[own]! < 2) continue;
    const sums = new Array<number>(k).fill(0);
    for (let j = 0; j < m.rows; j++) if (j !== i && assignments[j]! >= 0) sums[assignments[j]!]! += dist(i, j);
    const a = sums[own]! / (sizes[own]! - 1);
    const b = Math.min(...sums.map((s, c) => (c === own || sizes[c] === 0 ? Infinity : s / sizes[c]!)));
    total += (b - a) / Math.max(a, b);
  }
  return total / m.rows;
}

describe('silhouette', () => {
  it('silhouette(matrix, assignments, k) equals the pairwise definition, featureless rows and singletons included', () => {
    const random = createRandom(7);
    const dense = Array.from({ length: 40 }, () => Array.from({ length: 6 }, () => (random.next() < 0.4 ? random.next() : 0)));
    dense.push([0, 0, 0, 0, 0, 0]);
    const m = matrixFromDense(dense);
    const assignments = Int32Array.from(dense, (r, i) => (r.every((v) => v === 0) ? -1 : i === 0 ? 3 : i % 3));
    const fast = silhouette(m, assignments, 4);
    expect(fast).not.toBe(0);
    expect(fast).toBeCloseTo(pairwiseSilhouette(m, assignments, 4), 5);
  });

  it('silhouette(matrix, assignments, k) scores a clean split above a shuffled one', () => {
    const m = matrixFromDense([
      [1, 0.1, 0],
      [1, 0, 0.1],
      [0.9, 0.1, 0],
      [0, 1, 0.1],
      [0.1, 1, 0],
      [0, 0.9, 0.1],
    ]);
    expect(silhouette(m, Int32Array.from([0, 0, 0, 1, 1, 1]), 2)).toBeGreaterThan(silhouette(m, Int32Array.from([0, 1, 0, 1, 0, 1]), 2));
  });
});

describe('chooseK', () => {
  it('chooseK(matrix, bounds) finds the number of well-separated blobs', () => {
    const random = createRandom(3);
    const rows: number[][] = [];
    for (let blob = 0; blob < 3; blob++) {
      for (let r = 0; r < 30; r++) rows.push(Array.from({ length: 9 }, (_, c) => (Math.floor(c / 3) === blob ? 1 + random.next() : 0)));
    }
    expect(chooseK(matrixFromDense(rows), { minK: 2, maxK: 6, sample: 90, seed: 1 })).toBe(3);
  });
});
