import { describe, expect, it } from 'vitest';
import { buildReportHistory, historySeries, issueTrend } from '../../src/pipeline/build-report-history.js';
import { createMemoryHistoryStore } from '../../src/history/create-memory-history-store.js';
import { historyOptionsSchema } from '../../src/history/history-options.js';
import { risingOptionsSchema } from '../../src/rising/rising-options.js';

const options = historyOptionsSchema.parse({});
const rising = risingOptionsSchema.parse({});
const pc = (period: string, tickets: number, counts: Record<string, number> = {}) => ({ period, tickets, counts: new Map(Object.entries(counts)) });

describe('issueTrend(tickets, { trendPeriods, trendRatio })', () => {
  it('compares the mean of the last periods with the ones before them', () => {
    expect(issueTrend([2, 2, 2, 6, 6, 6], options)).toBe('rising');
    expect(issueTrend([6, 6, 6, 2, 2, 2], options)).toBe('falling');
    expect(issueTrend([4, 5, 4, 5, 4, 5], options)).toBe('steady');
    // New in the recent periods: rises from nothing; a change under one ticket is no trend.
    expect(issueTrend([0, 0, 0, 0, 0, 5], options)).toBe('rising');
    expect(issueTrend([0, 0, 1, 0, 1, 1], options)).toBe('steady');
    expect(issueTrend([], options)).toBe('steady');
  });
});

describe('historySeries(all, span, terms, issues, stored, options, rising)', () => {
  it('charts the last span periods, the expected count from the periods before each, and the issues by rank', () => {
    const all = ['11-01', '11-02', '11-03', '11-04', '11-05'].map((d, i) => pc(`2026-${d}`, 100, { 掉线: [10, 10, 10, 10, 40][i]! }));
    const h = historySeries(
      all,
      3,
      ['掉线'],
      [{ id: 'B', label: 'b', rank: 2 }, { id: 'A', label: 'a', rank: 1 }],
      [{ id: 'A', firstPeriod: '2026-10-20', history: [['2026-10-20', 1], ['2026-11-04', 3], ['2026-11-05', 9]] }],
      options,
      rising,
    );
    expect(h.periods).toEqual([{ id: '2026-11-03', tickets: 100 }, { id: '2026-11-04', tickets: 100 }, { id: '2026-11-05', tickets: 100 }]);
    // 11-03 has two earlier periods (fewer than minBaselinePeriods 3): no band; 11-04 and 11-05 expect 10 of 100.
    expect(h.terms).toEqual([{ term: '掉线', tickets: [10, 10, 40], expected: [null, 10, 10], threshold: [null, 30, 30] }]);
    expect(h.issues.map((i) => [i.id, i.firstSeen, i.periodsActive, i.tickets])).toEqual([
      ['A', '2026-10-20', 3, [0, 3, 9]],
      ['B', '2026-11-05', 0, [0, 0, 0]],
    ]);
  });
});

describe('buildReportHistory(store, input, options, rising)', () => {
  it('puts the stored periods before the report\'s own, leaves out its own export, and charts terms that rose lately on a quiet night', async () => {
    const store = createMemoryHistoryStore();
    const summary = (period: string, term: string, ratio: number) => ({
      period,
      issues: [],
      warnings: [],
      risingTerms: [{ period, term, tickets: 9, expected: 1, ratio, pValue: 1e-6, isNew: false, ticketIds: [] }],
    });
    await store.commit({
      fingerprint: 'earlier',
      kind: 'day',
      periodCounts: [pc('2026-11-01', 50, { 停机: 9, 宽带: 2 }), pc('2026-11-02', 60, { 停机: 1, 宽带: 9 })],
      periodSummaries: [summary('2026-11-01', '停机', 9), summary('2026-11-02', '宽带', 4)],
      issues: [],
      warnings: [],
      customerTickets: [],
    });
    // The same export stored before (a re-run) is not history.
    await store.commit({ fingerprint: 'this', kind: 'day', periodCounts: [pc('2026-11-02', 999, { 宽带: 999 })], issues: [], warnings: [], customerTickets: [] });
    const h = await buildReportHistory(
      store,
      { kind: 'day', current: [pc('2026-11-03', 70, { 宽带: 3 })], issues: [], stored: [], risingTerms: [], excludeFingerprint: 'this' },
      { ...options, chartTerms: 2 },
      rising,
    );
    expect(h.periods).toEqual([{ id: '2026-11-01', tickets: 50 }, { id: '2026-11-02', tickets: 60 }, { id: '2026-11-03', tickets: 70 }]);
    expect(h.terms.map((t) => [t.term, t.tickets])).toEqual([['宽带', [2, 9, 3]], ['停机', [9, 1, 0]]]);
  });
});
