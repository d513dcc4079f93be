import { describe, expect, it } from 'vitest';
import { estimateOverlap, sketchKeys, ticketKey, sketchOfHashes, ticketKeyHash } from '../../src/history/ticket-sketch.js';

const keys = (prefix: string, from: number, to: number): string[] => Array.from({ length: to - from }, (_, i) => `${prefix}${from + i}`);
const period = (list: string[], size?: number) => ({ tickets: new Set(list).size, sketch: sketchKeys(list, size) });

describe('sketchKeys(keys, size)', () => {
  it('sketchKeys(keys) holds every distinct key of a small set once, ascending', () => {
    const sketch = sketchKeys(['a', 'b', 'a', 'c']);
    expect(sketch).toHaveLength(3);
    expect([...sketch].sort((x, y) => x - y)).toEqual(sketch);
    expect(sketch.every((h) => Number.isSafeInteger(h) && h >= 0)).toBe(true);
  });

  it('sketchKeys(keys, size) keeps the smallest `size` hashes of a large set, the same whatever the order', () => {
    const list = keys('T', 0, 5_000);
    const sketch = sketchKeys(list, 64);
    expect(sketch).toHaveLength(64);
    expect(sketchKeys([...list].reverse(), 64)).toEqual(sketch);
    expect(sketchKeys(list, 128).slice(0, 64)).toEqual(sketch);
  });
});

describe('ticketKey(id, time)', () => {
  it('ticketKey(id, time) tells apart the same made-up id on different times', () => {
    expect(ticketKey('export.csv#2', 1)).not.toBe(ticketKey('export.csv#2', 2));
    expect(ticketKey('T1', 5)).toBe(ticketKey('T1', 5));
  });
});

describe('estimateOverlap(a, b)', () => {
  it('estimateOverlap(a, b) is exact while both sets fit their sketches', () => {
    expect(estimateOverlap(period(['a', 'b', 'c']), period(['b', 'c', 'd', 'e']))).toBe(2);
    expect(estimateOverlap(period(['a']), period(['b']))).toBe(0);
    expect(estimateOverlap(period([]), period(['b']))).toBe(0);
  });

  it('estimateOverlap(a, b) estimates large overlaps within 15 % and finds none between disjoint sets', () => {
    const a = period(keys('T', 0, 20_000));
    const b = period(keys('T', 10_000, 40_000));
    expect(estimateOverlap(a, b)).toBeGreaterThan(8_500);
    expect(estimateOverlap(a, b)).toBeLessThan(11_500);
    expect(estimateOverlap(a, a)).toBe(20_000);
    expect(estimateOverlap(a, period(keys('U', 0, 20_000)))).toBe(0);
  });

  it('estimateOverlap(a, b) reads a small exact set against a cut sketch only below the cut', () => {
    const big = keys('T', 0, 10_000);
    // The 500 keys of `small` are all in `big`, though most hash above big's 1,024th-smallest hash.
    const small = period(big.slice(0, 500));
    const estimate = estimateOverlap(small, period(big));
    expect(estimate).toBeLessThanOrEqual(500);
    expect(estimate).toBeGreaterThan(400);
  });
});

describe('ticketKeyHash(id, time)', () => {
  it('is the hash sketchKeys gives ticketKey(id, time), for any time', () => {
    const cases: Array<[string, number]> = [
      ['GD20261108001567', 1_794_816_000_000],
      ['', 0],
      ['file.csv#12', -0],
      ['宽带-1', 9],
      ['x', 10],
      ['y', Number.MAX_SAFE_INTEGER],
      ['z', -1_000],
      ['w', 1.5],
      ['v', Number.NaN],
      ['u', 1e21],
    ];
    for (const [id, time] of cases) {
      expect(sketchOfHashes(Float64Array.of(ticketKeyHash(id, time)))).toEqual(sketchKeys([ticketKey(id, time)]));
    }
    const many = Array.from({ length: 3000 }, (_, i): [string, number] => [`T${i * 7919}`, 1_790_000_000_000 + i * 61_001]);
    expect(sketchOfHashes(Float64Array.from(many, ([id, t]) => ticketKeyHash(id, t)))).toEqual(sketchKeys(many.map(([id, t]) => ticketKey(id, t))));
  });
});
