/**
 * Trimmed mean of `values`: drops `floor(n · trim)` values from each end, then averages the rest; `trim` 0.5
 * gives the median. Used for the baseline rate so one earlier spike does not raise the baseline and hide the next.
 */
export function trimmedMean(values: readonly number[], trim: number): number {
  const n = values.length;
  if (n === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  if (trim >= 0.5) {
    const mid = n >> 1;
    return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  }
  const k = (n - keptByTrim(n, trim)) / 2;
  let sum = 0;
  for (let i = k; i < n - k; i++) sum += sorted[i] as number;
  return sum / (n - 2 * k);
}

/** How many of `n` values {@link trimmedMean} averages (1 or 2 for the median). */
export function keptByTrim(n: number, trim: number): number {
  if (n === 0) return 0;
  if (trim >= 0.5) return 2 - (n % 2);
  return n - 2 * Math.min(Math.floor(n * trim), (n - 1) >> 1);
}
