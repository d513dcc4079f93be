import type { TfidfMatrix } from './tfidf-matrix.js';

/** The sub-matrix of the given rows, in the given order (column space unchanged). */
export function selectRows(matrix: TfidfMatrix, rows: ArrayLike<number>): TfidfMatrix {
  const indptr = new Uint32Array(rows.length + 1);
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r] ?? 0;
    indptr[r + 1] = (indptr[r] ?? 0) + ((matrix.indptr[i + 1] ?? 0) - (matrix.indptr[i] ?? 0));
  }
  const nnz = indptr[rows.length] ?? 0;
  const indices = new Uint32Array(nnz);
  const values = new Float32Array(nnz);
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r] ?? 0;
    const from = matrix.indptr[i] ?? 0;
    const to = matrix.indptr[i + 1] ?? 0;
    indices.set(matrix.indices.subarray(from, to), indptr[r] ?? 0);
    values.set(matrix.values.subarray(from, to), indptr[r] ?? 0);
  }
  return { ...matrix, rows: rows.length, indptr, indices, values };
}
