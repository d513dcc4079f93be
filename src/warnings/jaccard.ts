/** Jaccard similarity |a ∩ b| / |a ∪ b| of two sets of term ids (0 when both are empty). */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * {@link jaccard} of the distinct ids of two id lists below `size` (term ids of one vocabulary), by marking them in a
 * scratch array shared by every call: no Set, sort or copy per ticket, and the same value.
 */
export function createIdJaccard(size: number): (a: ArrayLike<number>, b: ArrayLike<number>) => number {
  // seen[x] is stamp when x is in a, stamp + 1 once b's x is counted as shared, stamp + 2 once b's x is counted alone.
  const seen = new Uint32Array(size);
  let stamp = 1;
  return (a, b) => {
    if (stamp > 0xfffffff0) {
      seen.fill(0);
      stamp = 1;
    }
    let na = 0;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      if (seen[x] !== stamp) {
        seen[x] = stamp;
        na++;
      }
    }
    let shared = 0;
    let onlyB = 0;
    for (let i = 0; i < b.length; i++) {
      const y = b[i]!;
      const s = seen[y];
      if (s === stamp) {
        seen[y] = stamp + 1;
        shared++;
      } else if (s !== stamp + 1 && s !== stamp + 2) {
        seen[y] = stamp + 2;
        onlyB++;
      }
    }
    stamp += 3;
    const union = na + onlyB;
    return union === 0 ? 0 : shared / union;
  };
}
