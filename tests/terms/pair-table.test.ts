import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grownUint32, PairTable } from '../../src/terms/pair-table.js';

describe('PairTable', () => {
  it('PairTable.add(a, b) gives dense ids in order of first insertion and find(a, b) finds them; order matters', () => {
    const table = new PairTable();
    expect(table.add(3, 7)).toBe(0);
    expect(table.add(7, 3)).toBe(1);
    expect(table.add(3, 7)).toBe(0);
    expect(table.find(7, 3)).toBe(1);
    expect(table.find(3, 3)).toBe(-1);
    expect(table.size).toBe(2);
    expect([table.firsts[1], table.seconds[1]]).toEqual([7, 3]);
  });

  it('PairTable agrees with a Map keyed by the pair through growth past its first size', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(300), fc.nat(300)), { maxLength: 3000 }), (pairs) => {
        const table = new PairTable(4);
        const ids = new Map<string, number>();
        for (const [a, b] of pairs) {
          const key = `${a},${b}`;
          if (!ids.has(key)) ids.set(key, ids.size);
          expect(table.add(a, b)).toBe(ids.get(key));
        }
        expect(table.size).toBe(ids.size);
        for (const [key, id] of ids) {
          const [a, b] = key.split(',').map(Number) as [number, number];
          expect(table.find(a, b)).toBe(id);
          expect([table.firsts[id], table.seconds[id]]).toEqual([a, b]);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('PairTable keeps term ids up to 2^32 - 1 apart', () => {
    const table = new PairTable();
    const big = 2 ** 32 - 1;
    expect(table.add(big, 0)).toBe(0);
    expect(table.add(0, big)).toBe(1);
    expect(table.find(big, 0)).toBe(0);
    expect(table.find(big, 1)).toBe(-1);
  });
});

describe('grownUint32', () => {
  it('grownUint32(array, length, used) keeps the used entries and at least doubles; a long enough array comes back as is', () => {
    const array = Uint32Array.from([1, 2, 3, 4]);
    expect(grownUint32(array, 4)).toBe(array);
    const grown = grownUint32(array, 5, 3);
    expect(grown.length).toBe(8);
    expect([...grown.subarray(0, 4)]).toEqual([1, 2, 3, 0]);
  });
});
