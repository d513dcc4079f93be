import { normalizeRow, type TfidfMatrix } from './tfidf-matrix.js';

/**
 * A copy of `matrix` with every column scaled by `weights[column]` (0 drops it) and rows re-normalised; the column
 * space is kept so centroids stay comparable. Used to drop non-distinctive terms and to boost places.
 */
export function reweightColumns(matrix: TfidfMatrix, weights: Float32Array): TfidfMatrix {
  const indptr = new Uint32Array(matrix.rows + 1);
  let nnz = 0;
  for (let i = 0; i < matrix.rows; i++) {
    for (let p = matrix.indptr[i] ?? 0; p < (matrix.indptr[i + 1] ?? 0); p++) {
      if ((weights[matrix.indices[p] ?? 0] ?? 0) > 0) nnz++;
    }
    indptr[i + 1] = nnz;
  }
  const indices = new Uint32Array(nnz);
  const values = new Float32Array(nnz);
  let q = 0;
  for (let i = 0; i < matrix.rows; i++) {
    for (let p = matrix.indptr[i] ?? 0; p < (matrix.indptr[i + 1] ?? 0); p++) {
      const c = matrix.indices[p] ?? 0;
      const w = weights[c] ?? 0;
      if (w > 0) {
        indices[q] = c;
        values[q] = (matrix.values[p] ?? 0) * w;
        q++;
      }
    }
    normalizeRow(indptr, values, i);
  }
  return { ...matrix, indptr, indices, values };
}
