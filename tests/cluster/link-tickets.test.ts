import { describe, expect, it } from 'vitest';
import { linkTickets } from '../../src/cluster/link-tickets.js';
import { matrixFromDense } from './helpers.js';

const base = { topTerms: 4, window: 8, minSimilarity: 0.5, minShared: 2, maxLinks: 8 };

describe('linkTickets', () => {
  it('linkTickets(m) links rows sharing two heavy columns and not rows sharing one', () => {
    const m = matrixFromDense([
      [1, 1, 0, 0, 0],
      [1, 1, 0.2, 0, 0],
      [1, 0, 0, 1, 1],
    ]);
    const links = linkTickets(m, base);
    expect(links.length).toBe(1);
    expect([links.from[0], links.to[0]]).toEqual([0, 1]);
    expect(links.sim[0]).toBeGreaterThan(0.9);
  });

  it('linkTickets(m, { maxLinks }) keeps only the most similar links of a row', () => {
    const m = matrixFromDense([
      [1, 1, 0, 0],
      [1, 1, 0.5, 0],
      [1, 1, 0, 0.1],
    ]);
    const links = linkTickets(m, { ...base, maxLinks: 1 });
    // Row 2 is closer to row 0 than to row 1, so its one link goes to row 0.
    const fromRow2 = Array.from({ length: links.length }, (_, e) => e).filter((e) => links.to[e] === 2);
    expect(fromRow2.map((e) => links.from[e])).toEqual([0]);
  });

  it('linkTickets(m, { window }) compares a row only with the most recent rows of its keys', () => {
    const rows = Array.from({ length: 6 }, () => [1, 1]);
    const narrow = linkTickets(matrixFromDense(rows), { ...base, window: 1 });
    const wide = linkTickets(matrixFromDense(rows), { ...base, window: 8 });
    expect(narrow.length).toBe(5);
    expect(Array.from(narrow.from.subarray(0, narrow.length))).toEqual([0, 1, 2, 3, 4]);
    expect(wide.length).toBe(15);
  });

  it('linkTickets(m, { minShared: 1 }) links rows sharing a single column', () => {
    const m = matrixFromDense([
      [1, 0.1, 0],
      [1, 0, 0.1],
    ]);
    expect(linkTickets(m, { ...base, minShared: 1 }).length).toBe(1);
    expect(linkTickets(m, base).length).toBe(0);
  });
});
