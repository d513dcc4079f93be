import type { Random } from '../core/random.js';

/** One element of a non-empty list, uniformly. */
export function pick<T>(random: Random, list: readonly T[]): T {
  const item = list[random.int(list.length)];
  if (item === undefined) throw new RangeError('pick expected a non-empty list, got an empty one');
  return item;
}

/** True with probability `p`. */
export function chance(random: Random, p: number): boolean {
  return random.next() < p;
}

/** An index of `weights` drawn with probability proportional to its weight. */
export function weightedIndex(random: Random, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let r = random.next() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/** An integer in [min, max], both inclusive. */
export function intBetween(random: Random, min: number, max: number): number {
  return min + random.int(max - min + 1);
}
