import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { createMemoryHistoryStore } from '../../src/history/create-memory-history-store.js';
import type { PeriodSummary } from '../../src/history/history-types.js';
import { rollUpReport, rollupPeriodOf } from '../../src/pipeline/roll-up-report.js';
import { resolveAnalyzeOptions } from '../../src/pipeline/analyze-options.js';
import { reportSchema, type Warning } from '../../src/report/report-schema.js';

const opts = resolveAnalyzeOptions({ period: 'week' });
const now = new Date('2026-12-01T00:00:00Z');
const pc = (period: string, tickets: number, counts: Record<string, number>) => ({ period, tickets, counts: new Map(Object.entries(counts)) });
const warning = (key: string, period: string, level: Warning['level'], status: Warning['status']): Warning => ({
  id: `${key}@${period}`, kind: 'high-risk', level, period, title: key, reason: 'r', ticketIds: ['T1'], evidence: [], metrics: { tickets: 1 }, route: { department: 'd' }, status,
});
const summary = (period: string, tickets: number, warnings: Warning[]): PeriodSummary => ({
  period,
  issues: [{ id: 'ISSUE-1', label: '宽带 · 掉线', terms: ['掉线'], tickets, customers: tickets - 1, examples: [{ ticketId: `T-${period}`, text: '宽带又掉线了' }] }],
  warnings,
  risingTerms: [],
});

async function weekStore() {
  const store = createMemoryHistoryStore();
  // Night 2026-11-09 and 2026-11-10 of W46 (the 11th to 15th missing), one night of W45.
  const nights: Array<[string, number, Warning[]]> = [
    ['2026-11-05', 50, [warning('high-risk:a', '2026-11-05', 'orange', 'new')]],
    ['2026-11-09', 40, [warning('high-risk:a', '2026-11-09', 'orange', 'continuing'), warning('high-risk:b', '2026-11-09', 'yellow', 'new')]],
    ['2026-11-10', 60, [warning('high-risk:a', '2026-11-10', 'red', 'escalated'), warning('high-risk:b', '2026-11-10', 'yellow', 'continuing')]],
  ];
  for (const [day, tickets, warnings] of nights) {
    await store.commit({
      fingerprint: day,
      kind: 'day',
      periodCounts: [pc(day, tickets, { 掉线: tickets / 10, 'region:济宁': 2, '宽带+掉线': 3 })],
      periodSummaries: [summary(day, tickets / 10, warnings)],
      issues: [{ id: 'ISSUE-1', label: '宽带 · 掉线', terms: [], firstPeriod: '2026-11-05', lastPeriod: day, history: [['2026-11-05', 5], ...(day > '2026-11-05' ? [['2026-11-09', 4] as [string, number]] : []), ...(day > '2026-11-09' ? [['2026-11-10', 6] as [string, number]] : [])] }],
      warnings: [],
      customerTickets: [],
    });
  }
  return store;
}

describe('rollUpReport(store, { kind, period }, options)', () => {
  it('sums the stored days of the week into a valid report, one warning per subject with its week status', async () => {
    const report = reportSchema.parse(await rollUpReport(await weekStore(), { kind: 'week', period: '2026-W46', state: 's.duckdb', now }, opts));
    expect(report.periods).toEqual([{ id: '2026-W46', start: '2026-11-09', end: '2026-11-15', tickets: 100 }]);
    expect(report.rollup?.missing).toEqual(['2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15']);
    expect(report.hotTerms.map((t) => [t.term, t.tickets])).toEqual([['掉线', 10]]);
    expect(report.issues.map((i) => [i.id, i.tickets, i.customers, i.status, i.firstSeen, i.lastSeen])).toEqual([['ISSUE-1', 10, 8, 'continuing', '2026-11-09', '2026-11-10']]);
    expect(report.issues[0]!.examples.map((e) => e.ticketId)).toEqual(['T-2026-11-10', 'T-2026-11-09']);
    // a: raised in W45, escalated to red on the 10th; b: first raised on the 9th.
    expect(report.warnings.map((w) => [w.id, w.level, w.status, w.metrics['days']])).toEqual([
      ['high-risk:a@2026-W46', 'red', 'escalated', 2],
      ['high-risk:b@2026-W46', 'yellow', 'new', 2],
    ]);
    expect(report.digest).toEqual([{ period: '2026-W46', warningIds: ['high-risk:a@2026-W46', 'high-risk:b@2026-W46'] }]);
    expect(report.history?.periods).toEqual([{ id: '2026-W45', tickets: 50 }, { id: '2026-W46', tickets: 100 }]);
    expect(report.history?.issues.map((i) => [i.id, i.tickets, i.firstSeen])).toEqual([['ISSUE-1', [5, 10], '2026-11-05']]);
    expect(report.topics).toEqual([]);
  });

  it('throws an InputError naming the period and the latest stored day when the state holds no day of it', async () => {
    const error = await rollUpReport(await weekStore(), { kind: 'month', period: '2026-10', state: 's.duckdb', now }, opts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain('expected stored days of 2026-10 (2026-10-01 – 2026-10-31), got none; the latest stored day is 2026-11-10');
  });
});

describe('rollupPeriodOf(kind, at, now, timeZone)', () => {
  it('is the period holding the date, else the last one complete before today', () => {
    expect(rollupPeriodOf('week', '2026-11-15', now, 'Asia/Shanghai')).toBe('2026-W46');
    expect(rollupPeriodOf('dekad', '2026-11-21', now, 'Asia/Shanghai')).toBe('2026-11-D3');
    // 2026-12-01 08:00 in Shanghai: November is the last complete month, W48 (11-23 to 11-29) the last complete week.
    expect(rollupPeriodOf('month', undefined, now, 'Asia/Shanghai')).toBe('2026-11');
    expect(rollupPeriodOf('week', undefined, now, 'Asia/Shanghai')).toBe('2026-W48');
    expect(() => rollupPeriodOf('week', '2026-02-30', now, 'UTC')).toThrow(/expected a date YYYY-MM-DD, got "2026-02-30"/);
  });
});
