/**
 * Trimmed mean of `values`: drops `floor(n · trim)` values from each end, then averages the rest; `trim` 0.5
 * gives the median. Used for the baseline rate so one earlier spike does not raise the baseline and hide the next.
 */
export function trimmedMean(values: readonly number[], trim: number): number {
  return trimmedMeanInPlace(Float64Array.from(values), values.length, trim);
}

/**
 * {@link trimmedMean} of the first `n` entries of `values`, sorting them in place: the per-term form of the
 * rising-term test, which takes one baseline rate per term (a short insertion sort in a reused buffer instead of
 * copying and sorting an array with a comparator for each of hundreds of thousands of terms). Same result.
 */
export function trimmedMeanInPlace(values: Float64Array, n: number, trim: number): number {
  if (n === 0) return 0;
  for (let i = 1; i < n; i++) {
    const x = values[i] as number;
    let j = i - 1;
    while (j >= 0 && (values[j] as number) > x) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = x;
  }
  if (trim >= 0.5) {
    const mid = n >> 1;
    return n % 2 === 1 ? (values[mid] as number) : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
  }
  const k = (n - keptByTrim(n, trim)) / 2;
  let sum = 0;
  for (let i = k; i < n - k; i++) sum += values[i] as number;
  return sum / (n - 2 * k);
}

/** How many of `n` values {@link trimmedMean} averages (1 or 2 for the median). */
export function keptByTrim(n: number, trim: number): number {
  if (n === 0) return 0;
  if (trim >= 0.5) return 2 - (n % 2);
  return n - 2 * Math.min(Math.floor(n * trim), (n - 1) >> 1);
}
