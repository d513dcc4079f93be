import { describe, expect, it } from 'vitest';
import { countIssuesByPeriod, withPeriodHistory } from '../../src/pipeline/issue-period-counts.js';

describe('countIssuesByPeriod(issues, ticketIndex, periodIds, customerOf)', () => {
  it('counts each issue\'s tickets and distinct customers per period, a ticket without customer its own', () => {
    const index = new Map(['T1', 'T2', 'T3', 'T4'].map((id, i) => [id, i]));
    const periods = ['d1', 'd1', 'd2', 'd2'];
    const customers = ['c1', 'c1', undefined, undefined];
    const got = countIssuesByPeriod([{ id: 'A', ticketIds: ['T1', 'T2', 'T3', 'T4', 'T9'] }], index, periods, (doc) => customers[doc]);
    expect([...got.get('A')!]).toEqual([['d1', { tickets: 2, customers: 1 }], ['d2', { tickets: 2, customers: 2 }]]);
  });

  it('counts the same from customer numbers as from hashes, periods interleaved and a ticket listed twice', () => {
    const ids = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];
    const index = new Map(ids.map((id, i) => [id, i]));
    const periods = ['d2', 'd1', 'd2', 'd1', 'd3', 'd1', 'd2'];
    const hashes = ['c1', 'c2', 'c1', undefined, 'c2', 'c1', undefined];
    const numbers = Int32Array.from(hashes, (h) => (h === undefined ? -1 : Number(h.slice(1)) - 1));
    const issues = [
      { id: 'A', ticketIds: ['T1', 'T2', 'T3', 'T4', 'T4', 'T5', 'T6', 'T7', 'T9'] },
      { id: 'B', ticketIds: ['T7', 'T6'] },
      { id: 'C', ticketIds: [] },
    ];
    const fromHashes = countIssuesByPeriod(issues, index, periods, (doc) => hashes[doc]);
    const fromNumbers = countIssuesByPeriod(issues, index, periods, numbers);
    expect([...fromNumbers].map(([id, m]) => [id, [...m]])).toEqual([...fromHashes].map(([id, m]) => [id, [...m]]));
    expect([...fromNumbers.get('A')!]).toEqual([
      ['d1', { tickets: 4, customers: 3 }],
      ['d2', { tickets: 3, customers: 2 }],
      ['d3', { tickets: 1, customers: 1 }],
    ]);
  });
});

describe('withPeriodHistory(stored, counts, firstPeriod)', () => {
  it('replaces the input\'s one total under its last period by its count in each period, keeping earlier history', () => {
    const counts = new Map([
      ['A', new Map([['d2', { tickets: 2, customers: 2 }], ['d3', { tickets: 5, customers: 5 }]])],
      ['N', new Map([['d3', { tickets: 4, customers: 4 }]])],
    ]);
    const stored = [
      { id: 'A', label: 'a', terms: [], firstPeriod: 'd0', lastPeriod: 'd3', history: [['d0', 1], ['d3', 7]] as Array<[string, number]> },
      { id: 'N', label: 'n', terms: [], firstPeriod: 'd3', lastPeriod: 'd3', history: [['d3', 4]] as Array<[string, number]> },
    ];
    const [a, n] = withPeriodHistory(stored, counts, 'd2');
    expect(a!.history).toEqual([['d0', 1], ['d2', 2], ['d3', 5]]);
    expect(a!.firstPeriod).toBe('d0');
    expect(n!.history).toEqual([['d3', 4]]);
    expect(n!.firstPeriod).toBe('d3');
    const [first] = withPeriodHistory([{ ...stored[0]!, firstPeriod: 'd3', history: [['d3', 7]] }], counts, 'd2');
    expect(first!.firstPeriod).toBe('d2');
  });
});
