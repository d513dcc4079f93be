/** A seeded pseudo-random source: `next()` returns a float in [0, 1). */
export interface Random {
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
}

/**
 * Creates a deterministic PRNG (mulberry32) from a 32-bit seed. Every random choice in the library goes through
 * one of these so the same input and seed give the same output.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}
