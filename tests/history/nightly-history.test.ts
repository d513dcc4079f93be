import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { summarizeLatestPeriod } from '../../src/report/latest-period-summary.js';
import { reportSchema, type Report } from '../../src/report/report-schema.js';
import { runReport } from '../../src/run-report.js';
import { runNights, type NightlyRuns } from '../helpers/nightly-runs.js';

// Issue 18's nightly use: a generated export split into its 14 days, each run with --state in turn.
let dir: string;
let nights: NightlyRuns;
const reportOf = async (out: string): Promise<Report> => reportSchema.parse(JSON.parse(await readFile(join(out, 'report.json'), 'utf8')));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hotspots-nightly-history-'));
  nights = await runNights(dir, { n: 2800, days: 14, seed: 4 });
}, 240_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('runAnalysis({ files: [one day], state }) night after night: the report in its history', () => {
  it('the 14th night compares with 2026-11-13 from the state and its tickets chart has the 14 nights', async () => {
    expect(nights.days).toHaveLength(14);
    const last = await reportOf(nights.outs[13]!);
    expect(last.periods.map((p) => p.id)).toEqual(['2026-11-14']);
    expect(last.history?.periods).toEqual(nights.days.map((id, i) => ({ id, tickets: nights.tickets[i] })));
    expect(summarizeLatestPeriod(last).previous).toEqual({ id: '2026-11-13', tickets: nights.tickets[12] });
    const md = await readFile(join(nights.outs[13]!, 'report.md'), 'utf8');
    expect(md).toContain(`较上期（2026-11-13）的 ${nights.tickets[12]} 张`);
    expect(md).not.toContain('无上期可比');
    // The first night has nothing before it.
    expect((await reportOf(nights.outs[0]!)).history?.periods).toHaveLength(1);
  });

  it('the 14th night charts rising terms over the nights with their expected band', async () => {
    const { history } = await reportOf(nights.outs[13]!);
    expect(history?.terms.length).toBeGreaterThan(0);
    for (const t of history!.terms) {
      expect(t.tickets).toHaveLength(14);
      expect(t.expected).toHaveLength(14);
      // A cold start has no band; from the fourth night on (three baseline nights) every night has one.
      expect(t.expected.slice(0, 3)).toEqual([null, null, null]);
      expect(t.expected.slice(3).every((e) => e !== null && e > 0)).toBe(true);
      t.threshold.forEach((h, i) => expect(h === null ? null : h >= t.expected[i]!).toBe(h === null ? null : true));
    }
    expect(history!.terms.some((t) => t.tickets.filter((n) => n > 0).length > 1)).toBe(true);
  });

  it('each TOP issue of the 14th night shows its first night, nights seen and trend from the stored nights', async () => {
    const last = await reportOf(nights.outs[13]!);
    const issues = last.history?.issues ?? [];
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.map((i) => i.id)).toEqual(last.issues.slice(0, issues.length).map((i) => i.id));
    for (const i of issues) {
      expect(i.tickets).toHaveLength(14);
      expect(['rising', 'steady', 'falling']).toContain(i.trend);
      // The series starts with the night the issue was first seen, and counts the nights it was seen in.
      expect(i.tickets.findIndex((n) => n > 0)).toBe(nights.days.indexOf(i.firstSeen));
      expect(i.tickets.filter((n) => n > 0).length).toBe(i.periodsActive);
      // The 14th night's own tickets of the issue are its last point.
      expect(i.tickets[13]).toBe(last.issues.find((x) => x.id === i.id)?.tickets);
    }
    expect(issues.some((i) => i.periodsActive > 1 && i.firstSeen < '2026-11-14')).toBe(true);
    const md = await readFile(join(nights.outs[13]!, 'report.md'), 'utf8');
    expect(md).toContain('## 近 14 期走势');
    expect(md).toMatch(/首次出现 2026-11-\d\d · 出现期数 \d+ · (↑ 上升|→ 平稳|↓ 下降)/);
  });
});

describe('runReport({ state, period: "week" }) after the 14 nights', () => {
  it('writes the week from the stored days: tickets the sum of its days, issues and warnings from those days', async () => {
    const out = join(dir, 'week');
    const { report } = await runReport({ state: nights.state, period: 'week', at: '2026-11-14', out });
    const week = nights.days.map((d, i) => [d, nights.tickets[i]!] as const).filter(([d]) => d >= '2026-11-09' && d <= '2026-11-15');
    expect(report.periods).toEqual([{ id: '2026-W46', start: '2026-11-09', end: '2026-11-15', tickets: week.reduce((s, [, n]) => s + n, 0) }]);
    expect(report.rollup).toEqual({ period: '2026-W46', from: 'day', periods: week.map(([id, tickets]) => ({ id, tickets })), missing: ['2026-11-15'] });
    expect(report.messages.map((m) => m.code)).toEqual(['rollup-from-state', 'rollup-missing-days']);

    const dayReports = await Promise.all(week.map(([d]) => reportOf(nights.outs[nights.days.indexOf(d)]!)));
    // Each issue's tickets are the sum of its tickets on the nights of the week.
    expect(report.issues.length).toBeGreaterThan(0);
    for (const issue of report.issues) {
      const perNight = dayReports.map((r) => r.issues.find((i) => i.id === issue.id)?.tickets ?? 0);
      expect(issue.tickets).toBe(perNight.reduce((a, b) => a + b, 0));
    }
    // Every warning is a subject some night of the week raised.
    const raised = new Set(dayReports.flatMap((r) => r.warnings.map((w) => w.id.slice(0, w.id.lastIndexOf('@')))));
    expect(report.warnings.length).toBeGreaterThan(0);
    for (const w of report.warnings) expect(raised.has(w.id.slice(0, w.id.lastIndexOf('@')))).toBe(true);
    // Hot terms count the week's tickets: the hottest word of a night is counted at least as often over the week.
    const word = dayReports[0]!.hotTerms.find((t) => !t.term.includes('+'))!;
    expect(report.hotTerms.find((t) => t.term === word.term)?.tickets).toBeGreaterThanOrEqual(word.tickets);
    // The week in its history: the weeks before it, summed from their stored days.
    expect(report.history?.periods.map((p) => p.id)).toEqual(['2026-W44', '2026-W45', '2026-W46']);
    expect(report.history?.periods.reduce((s, p) => s + p.tickets, 0)).toBe(nights.tickets.reduce((a, b) => a + b, 0));
    const md = await readFile(join(out, 'report.md'), 'utf8');
    expect(md.startsWith('# 网络质量周报')).toBe(true);
    expect(md).toContain('较上期（2026-W45）');
  });

  it('rejects a week the state holds no day of with an InputError (exit code 2) naming the latest stored day', async () => {
    const error = await runReport({ state: nights.state, period: 'week', at: '2026-12-14' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(/expected stored days of 2026-W51 \(2026-12-14 – 2026-12-20\), got none; the latest stored day is 2026-11-14/);
  });
});
