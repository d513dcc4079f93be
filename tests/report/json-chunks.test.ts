import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/report/json-chunks.js';

describe('jsonChunks', () => {
  it('jsonChunks(value).join("") equals JSON.stringify(value, null, 2) at every depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, depth) => {
        expect([...jsonChunks(value, 2, depth)].join('')).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 300 },
    );
  });

  it('jsonChunks(object with undefined members and empty containers) skips and keeps them as JSON.stringify does', () => {
    const value = { a: [1, undefined, { b: undefined, c: 'x\ny' }, [], {}], d: undefined, e: {} };
    expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('jsonChunks(long arrays nested deeper than depth) equals JSON.stringify and cuts them into pieces', () => {
    const value = { topics: [{ id: 't1', ticketIds: Array.from({ length: 1000 }, (_, i) => `T${i}`), nested: [Array.from({ length: 1000 }, (_, i) => ({ i }))] }], empty: [] };
    const pieces = [...jsonChunks(value, 2, 2)];
    expect(pieces.join('')).toBe(JSON.stringify(value, null, 2));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(20_000);
  });

  it('jsonChunks(report-like value) yields one piece per outer member, not one string', () => {
    const value = { warnings: Array.from({ length: 50 }, (_, i) => ({ id: `w${i}`, ticketIds: [`t${i}`] })) };
    expect([...jsonChunks(value)].length).toBeGreaterThan(100);
  });
});
