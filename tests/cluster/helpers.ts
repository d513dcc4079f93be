import { normalizeRow, type TfidfMatrix } from '../../src/cluster/tfidf-matrix.js';

/** A row-normalised CSR matrix from dense rows (zeros skipped), for tests. */
export function matrixFromDense(rows: number[][]): TfidfMatrix {
  const cols = rows[0]?.length ?? 0;
  const indptr = new Uint32Array(rows.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  rows.forEach((row, i) => {
    row.forEach((v, j) => {
      if (v !== 0) {
        indices.push(j);
        values.push(v);
      }
    });
    indptr[i + 1] = indices.length;
  });
  const vals = Float32Array.from(values);
  for (let i = 0; i < rows.length; i++) normalizeRow(indptr, vals, i);
  return {
    rows: rows.length,
    cols,
    indptr,
    indices: Uint32Array.from(indices),
    values: vals,
    termIds: Uint32Array.from({ length: cols }, (_, j) => j),
    terms: Array.from({ length: cols }, (_, j) => `f${j}`),
    idf: new Float32Array(cols).fill(1),
    df: new Uint32Array(cols),
  };
}

/** Same partition up to renaming of the clusters. */
export function samePartition(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const ab = new Map<number, number>();
  const ba = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if ((ab.get(x) ?? y) !== y || (ba.get(y) ?? x) !== x) return false;
    ab.set(x, y);
    ba.set(y, x);
  }
  return true;
}
