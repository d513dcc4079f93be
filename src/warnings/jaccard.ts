/** Jaccard similarity |a ∩ b| / |a ∪ b| of two sets of term ids (0 when both are empty). */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** The distinct values of `ids` in ascending order: the form {@link jaccardSorted} compares. */
export function sortedDistinct(ids: ArrayLike<number>): Uint32Array {
  const sorted = Uint32Array.from(ids).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/**
 * {@link jaccard} of two sets given as ascending distinct arrays ({@link sortedDistinct}): the same value, by one
 * merge instead of a Set per ticket (a million memoised Sets were hundreds of megabytes at a million tickets).
 */
export function jaccardSorted(a: Uint32Array, b: Uint32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}
