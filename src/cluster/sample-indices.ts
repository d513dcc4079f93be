import type { Random } from '../core/random.js';

/** `size` distinct indices out of `n`, chosen by a partial Fisher–Yates shuffle and returned in ascending order. */
export function sampleIndices(n: number, size: number, random: Random): Uint32Array {
  if (size >= n) return Uint32Array.from({ length: n }, (_, i) => i);
  const pool = Uint32Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < size; i++) {
    const j = i + random.int(n - i);
    const t = pool[i] ?? 0;
    pool[i] = pool[j] ?? 0;
    pool[j] = t;
  }
  return pool.subarray(0, size).sort();
}
