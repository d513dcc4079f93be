import { describe, expect, it } from 'vitest';
import { summarizeLatestPeriod } from '../../src/report/latest-period-summary.js';
import { briefingReport, sampleReport } from './sample-report.js';

describe('summarizeLatestPeriod', () => {
  it('summarizeLatestPeriod(report) compares the last period with the one before and counts its warnings by status', () => {
    const s = summarizeLatestPeriod(briefingReport());
    expect(s.period).toBe('2026-11-09');
    expect(s.tickets).toBe(45);
    expect(s.previous).toEqual({ id: '2026-11-08', tickets: 35 });
    expect(s.fresh).toEqual({ red: 1, orange: 1, yellow: 1 });
    expect(s.escalated).toEqual({ red: 0, orange: 1, yellow: 0 });
    expect(s.continuing).toEqual({ red: 0, orange: 1, yellow: 1 });
    expect(s.urgent.map((w) => w.id)).toEqual(['W-1']);
    expect(s.daily).toBe(true);
  });

  it('summarizeLatestPeriod(report) takes the top issues from the period TOP warnings, with period tickets', () => {
    const [first, ...rest] = summarizeLatestPeriod(briefingReport()).topIssues;
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ label: '丽景小区 宽带掉线', periodTickets: 12, tickets: 12, heat: 3.5 });
  });

  it('summarizeLatestPeriod(report) falls back to issues last seen in the period, by rank, without TOP warnings', () => {
    const s = summarizeLatestPeriod(sampleReport(), 3);
    expect(s.topIssues.map((i) => i.periodTickets)).toEqual([undefined, undefined]);
    expect(s.topIssues.map((i) => i.tickets)).toEqual([12, 5]);
  });

  it('summarizeLatestPeriod(report) has no previous period for a one-period report, and says "this period" for weeks', () => {
    const base = sampleReport();
    const s = summarizeLatestPeriod({ ...base, periods: base.periods.slice(0, 1), config: { period: 'week' } });
    expect(s.period).toBe('2026-11-07');
    expect(s.previous).toBeUndefined();
    expect(s.daily).toBe(false);
    expect(s.topIssues).toEqual([]);
  });
});
