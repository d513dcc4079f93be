/** Contingency table of two labelings of the same items. */
function contingency(a: ArrayLike<number | string>, b: ArrayLike<number | string>): { table: Map<string, number>; rowSums: Map<number | string, number>; colSums: Map<number | string, number>; n: number } {
  if (a.length !== b.length) throw new RangeError(`labelings must have the same length, got ${a.length} and ${b.length}`);
  const table = new Map<string, number>();
  const rowSums = new Map<number | string, number>();
  const colSums = new Map<number | string, number>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    const key = `${typeof x}:${x}\u0000${typeof y}:${y}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rowSums.set(x, (rowSums.get(x) ?? 0) + 1);
    colSums.set(y, (colSums.get(y) ?? 0) + 1);
  }
  return { table, rowSums, colSums, n: a.length };
}

const entropy = (sums: Map<number | string, number>, n: number): number => {
  let h = 0;
  for (const s of sums.values()) if (s > 0) h -= (s / n) * Math.log(s / n);
  return h;
};

/**
 * Normalized mutual information of two labelings, normalised by the arithmetic mean of their entropies (as
 * scikit-learn's default). 1 for identical partitions up to renaming; 1 when both put everything in one cluster.
 */
export function normalizedMutualInformation(a: ArrayLike<number | string>, b: ArrayLike<number | string>): number {
  const { table, rowSums, colSums, n } = contingency(a, b);
  if (n === 0) return 1;
  const ha = entropy(rowSums, n);
  const hb = entropy(colSums, n);
  if (ha === 0 && hb === 0) return 1;
  let mi = 0;
  // Row and column sums are looked up per cell, so the cell key keeps both labels.
  const cells = new Map<string, [number | string, number | string]>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number | string;
    const y = b[i] as number | string;
    cells.set(`${typeof x}:${x}\u0000${typeof y}:${y}`, [x, y]);
  }
  for (const [key, count] of table) {
    const [x, y] = cells.get(key) ?? [0, 0];
    mi += (count / n) * Math.log((count * n) / ((rowSums.get(x) ?? 1) * (colSums.get(y) ?? 1)));
  }
  const denom = (ha + hb) / 2;
  return denom > 0 ? Math.max(0, Math.min(1, mi / denom)) : 0;
}

const pairs = (m: number): number => (m * (m - 1)) / 2;

/**
 * Adjusted Rand index of two labelings (Hubert & Arabie): 1 for identical partitions, about 0 for random ones,
 * negative when worse than chance.
 */
export function adjustedRandIndex(a: ArrayLike<number | string>, b: ArrayLike<number | string>): number {
  const { table, rowSums, colSums, n } = contingency(a, b);
  let index = 0;
  for (const c of table.values()) index += pairs(c);
  let sumA = 0;
  for (const s of rowSums.values()) sumA += pairs(s);
  let sumB = 0;
  for (const s of colSums.values()) sumB += pairs(s);
  const expected = n > 1 ? (sumA * sumB) / pairs(n) : 0;
  const max = (sumA + sumB) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
