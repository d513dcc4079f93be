import { kmeans } from 'ml-kmeans';
import { describe, expect, it } from 'vitest';
import { sphericalKmeans } from '../../src/cluster/spherical-kmeans.js';
import { createRandom } from '../../src/core/random.js';
import { matrixFromDense, samePartition } from './helpers.js';

/** Three well-separated blobs around three directions in 6 dimensions, positive weights as TF-IDF has. */
function blobs(perBlob: number, seed: number): number[][] {
  const random = createRandom(seed);
  const rows: number[][] = [];
  for (let b = 0; b < 3; b++) {
    for (let i = 0; i < perBlob; i++) {
      const row = Array.from({ length: 6 }, () => random.next() * 0.1);
      row[2 * b] = 1 + random.next() * 0.2;
      row[2 * b + 1] = 1 + random.next() * 0.2;
      rows.push(row);
    }
  }
  return rows;
}

const unit = (rows: number[][]): number[][] =>
  rows.map((r) => {
    const n = Math.hypot(...r);
    return r.map((v) => v / n);
  });

describe('sphericalKmeans', () => {
  it('sphericalKmeans(matrix, 3) finds the same partition as ml-kmeans on well-separated blobs', () => {
    const rows = blobs(20, 7);
    const ours = sphericalKmeans(matrixFromDense(rows), 3, { seed: 3 });
    const theirs = kmeans(unit(rows), 3, { seed: 3, initialization: 'kmeans++' });
    expect(samePartition(ours.assignments, theirs.clusters)).toBe(true);
    expect(new Set(ours.assignments).size).toBe(3);
  });
  it('sphericalKmeans(matrix, k, { seed }) gives the same assignments for the same seed', () => {
    const m = matrixFromDense(blobs(15, 11));
    const a = sphericalKmeans(m, 4, { seed: 5, restarts: 2 });
    const b = sphericalKmeans(m, 4, { seed: 5, restarts: 2 });
    expect(Array.from(a.assignments)).toEqual(Array.from(b.assignments));
    expect(a.objective).toBe(b.objective);
  });
  it('sphericalKmeans(matrix, k, { sampleSize }) fits on a sample and still assigns every row', () => {
    const m = matrixFromDense(blobs(30, 2));
    const r = sphericalKmeans(m, 3, { seed: 1, sampleSize: 20 });
    expect(r.assignments.length).toBe(90);
    expect(Array.from(r.assignments).every((c) => c >= 0 && c < 3)).toBe(true);
    expect(samePartition(r.assignments, Array.from({ length: 90 }, (_, i) => Math.floor(i / 30)))).toBe(true);
  });
  it('sphericalKmeans(matrix, k) gives -1 to a row without features', () => {
    const rows = blobs(5, 4);
    rows.push([0, 0, 0, 0, 0, 0]);
    expect(sphericalKmeans(matrixFromDense(rows), 3, { seed: 1 }).assignments[15]).toBe(-1);
  });
});
