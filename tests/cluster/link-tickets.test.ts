import { describe, expect, it } from 'vitest';
import { linkTickets } from '../../src/cluster/link-tickets.js';
import type { TfidfMatrix } from '../../src/cluster/tfidf-matrix.js';
import { matrixFromDense } from './helpers.js';

/** A row-normalised CSR matrix of `cols` columns whose rows hold the given columns at equal weight. */
function matrixFromColumns(rows: number[][], cols: number): TfidfMatrix {
  const indptr = new Uint32Array(rows.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  rows.forEach((row, i) => {
    for (const c of row) {
      indices.push(c);
      values.push(1 / Math.sqrt(row.length));
    }
    indptr[i + 1] = indices.length;
  });
  return {
    rows: rows.length,
    cols,
    indptr,
    indices: Uint32Array.from(indices),
    values: Float32Array.from(values),
    termIds: Uint32Array.from({ length: cols }, (_, j) => j),
    terms: Array.from({ length: cols }, (_, j) => `f${j}`),
    idf: new Float32Array(cols).fill(1),
    df: new Uint32Array(cols),
  };
}

const base = { topTerms: 4, window: 8, minSimilarity: 0.5, minShared: 2, maxLinks: 8 };

describe('linkTickets', () => {
  it('linkTickets(m) keeps tens of thousands of blocking keys past 2^31 apart', () => {
    // Rows p and 40,000 + p hold columns p and 60,000 + p: their key p · 100,000 + 60,000 + p passes 2^31 from
    // p = 21,475, and 40,000 distinct keys outgrow the key table's first size. The partner is 40,000 rows back, so
    // keys mixed up with others would push it out of the 8-row window.
    const pairs = 40_000;
    const rows: number[][] = [];
    for (let copy = 0; copy < 2; copy++) for (let p = 0; p < pairs; p++) rows.push([p, 60_000 + p]);
    const links = linkTickets(matrixFromColumns(rows, 100_000), base);
    expect(links.length).toBe(pairs);
    let paired = 0;
    for (let e = 0; e < links.length; e++) if (links.from[e] === e && links.to[e] === pairs + e) paired++;
    expect(paired).toBe(pairs);
  });

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
