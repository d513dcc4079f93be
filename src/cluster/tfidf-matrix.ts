/**
 * A sparse row-normalised TF-IDF matrix in CSR form: row `i` (a ticket) holds columns
 * `indices[indptr[i] .. indptr[i+1])` with weights `values[…]`, columns sorted ascending.
 */
export interface TfidfMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly indptr: Uint32Array;
  readonly indices: Uint32Array;
  readonly values: Float32Array;
  /** Vocabulary id of each column. */
  readonly termIds: Uint32Array;
  /** Term text of each column. */
  readonly terms: string[];
  /** Inverse document frequency of each column. */
  readonly idf: Float32Array;
  /** Ticket frequency of each column. */
  readonly df: Uint32Array;
}

/** Scales row `row` of a CSR matrix to unit L2 norm in place (an all-zero row stays zero). */
export function normalizeRow(indptr: Uint32Array, values: Float32Array, row: number): void {
  const from = indptr[row] ?? 0;
  const to = indptr[row + 1] ?? 0;
  let sq = 0;
  for (let p = from; p < to; p++) {
    const v = values[p] ?? 0;
    sq += v * v;
  }
  if (sq === 0) return;
  const inv = 1 / Math.sqrt(sq);
  for (let p = from; p < to; p++) values[p] = (values[p] ?? 0) * inv;
}
