import { previousPeriodId, type PeriodKind } from '../core/periods.js';
import type { Issue, IssueTrend, ReportHistory, RisingTerm } from '../report/report-schema.js';
import { trimmedMean } from '../rising/robust-rate.js';
import { baselinePeriodsToLoad, type ResolvedRisingOptions } from '../rising/rising-options.js';
import { selectBaselinePeriods } from '../rising/select-baseline-periods.js';
import type { PeriodTermCounts } from '../terms/period-term-counts.js';
import { chartPeriodsOf, type ResolvedHistoryOptions } from '../history/history-options.js';
import type { HistoryStore, StoredIssue } from '../history/history-types.js';

/** What {@link buildReportHistory} puts in its history: this report's periods and what it found in them. */
export interface ReportHistoryInput {
  kind: PeriodKind;
  /** This report's periods in the stored form (ticket totals and term counts), oldest first. */
  current: readonly PeriodTermCounts[];
  /** The report's issues, ranked (rank 1 first). */
  issues: readonly Issue[];
  /** The issues as they will be stored: their tickets per period, this report's included. */
  stored: readonly StoredIssue[];
  risingTerms: readonly RisingTerm[];
  /** This run's export fingerprint: its own stored rows (an earlier run of the same export) are not history. */
  excludeFingerprint?: string;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * The report in its history (`report.history`): the last `chartPeriods` periods (this report's and the stored ones
 * before its first period, as the history stood before it, so a re-run gives the same series), tickets per period,
 * the TOP issues' tickets per period with their first period, periods active and trend, and the latest period's
 * rising terms (then those that rose in the stored periods of the span, latest first) with the baseline's expected
 * count and alert threshold in each period. Reads the history's ticket
 * totals and only the charted terms' counts.
 */
export async function buildReportHistory(
  store: HistoryStore,
  input: ReportHistoryInput,
  options: ResolvedHistoryOptions,
  rising: ResolvedRisingOptions,
): Promise<ReportHistory> {
  const first = input.current[0]?.period;
  if (first === undefined) return { periods: [], issues: [], terms: [] };
  const span = chartPeriodsOf(options, input.kind);
  const latest = input.current.at(-1)!.period;
  let terms = chartedTerms(input.risingTerms, latest, options.chartTerms);
  if (terms.length < options.chartTerms) {
    // A quiet night still shows what rose lately: the terms that rose in the stored periods of the span, latest first.
    let from = first;
    for (let i = 1; i < span; i++) from = previousPeriodId(from, input.kind);
    const summaries = (await store.loadPeriodSummaries(input.kind, from, first)).filter((p) => p.period < first);
    summaries.sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));
    for (const summary of summaries) {
      if (terms.length >= options.chartTerms) break;
      const more = chartedTerms(summary.risingTerms, summary.period, options.chartTerms).filter((t) => !terms.includes(t));
      terms = [...terms, ...more].slice(0, options.chartTerms);
    }
  }
  // The expected count of the first charted period needs the baseline window before it.
  const stored = await store.loadPeriodCounts(input.kind, first, span + baselinePeriodsToLoad(rising), {
    terms,
    ...(input.excludeFingerprint === undefined ? {} : { excludeFingerprint: input.excludeFingerprint }),
  });
  const all: PeriodTermCounts[] = [...stored.slice().reverse(), ...input.current];
  return historySeries(all, span, terms, input.issues, input.stored, options, rising);
}

/**
 * The history series of a report from periods already loaded (`all`, oldest first, holding at least the charted
 * terms' counts): the last `span` periods with their tickets, each charted term's tickets, expected count and alert
 * threshold per period (the earlier periods of `all` serve as baselines), and the first `chartIssues` issues by rank
 * with their tickets per period (from `stored`, the issues' histories in the same period ids), first period,
 * periods active and trend.
 */
export function historySeries(
  all: readonly PeriodTermCounts[],
  span: number,
  terms: readonly string[],
  issues: ReadonlyArray<Pick<Issue, 'id' | 'label' | 'rank'>>,
  stored: ReadonlyArray<Pick<StoredIssue, 'id' | 'firstPeriod' | 'history'>>,
  options: ResolvedHistoryOptions,
  rising: ResolvedRisingOptions,
): ReportHistory {
  const shown = all.slice(-span);
  const latest = shown.at(-1)?.period ?? '';
  const periods = shown.map((p) => ({ id: p.period, tickets: p.tickets }));

  const termSeries = terms.map((term) => {
    const tickets: number[] = [];
    const expected: Array<number | null> = [];
    const threshold: Array<number | null> = [];
    for (const p of shown) {
      tickets.push(p.counts.get(term) ?? 0);
      const e = expectedCount(term, p, all, rising);
      expected.push(e === null ? null : round3(e));
      threshold.push(e === null ? null : round3(Math.max(rising.minTickets, rising.minRatio * e)));
    }
    return { term, tickets, expected, threshold };
  });

  const storedById = new Map(stored.map((s) => [s.id, s]));
  const issueSeries = [...issues]
    .sort((a, b) => a.rank - b.rank)
    .slice(0, options.chartIssues)
    .map((issue) => {
      const s = storedById.get(issue.id);
      const byPeriod = new Map(s?.history ?? []);
      const tickets = shown.map((p) => byPeriod.get(p.period) ?? 0);
      return {
        id: issue.id,
        label: issue.label,
        firstSeen: s?.firstPeriod ?? latest,
        periodsActive: (s?.history ?? []).filter(([, n]) => n > 0).length,
        trend: issueTrend(tickets, options),
        tickets,
      };
    });
  return { periods, issues: issueSeries, terms: termSeries };
}

/** The latest period's rising terms by ratio (those of the whole report when the latest has none), at most `n`. */
export function chartedTerms(rising: readonly RisingTerm[], latest: string, n: number): string[] {
  const own = rising.filter((r) => r.period === latest);
  const pool = own.length > 0 ? own : rising;
  const best = new Map<string, number>();
  for (const r of pool) best.set(r.term, Math.max(best.get(r.term) ?? 0, r.ratio));
  return [...best].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n).map(([term]) => term);
}

/**
 * The rising-term test's expected count of `term` in `period` (the trimmed mean of its rate over the baseline
 * periods before it, times the period's tickets, at least the floor), or null with too few baseline periods.
 */
function expectedCount(term: string, period: PeriodTermCounts, all: readonly PeriodTermCounts[], o: ResolvedRisingOptions): number | null {
  const baseline = selectBaselinePeriods(period.period, all, o);
  if (baseline.length < o.minBaselinePeriods || period.tickets <= 0) return null;
  const rate = trimmedMean(baseline.map((p) => (p.counts.get(term) ?? 0) / p.tickets), o.trim);
  return Math.max(o.expectedFloor, rate * period.tickets);
}

/**
 * Rising when the mean of the last `trendPeriods` values is at least `trendRatio` times the mean of the ones before
 * them (and higher by one ticket or more), falling when it is at most that mean divided by `trendRatio` (and lower
 * by one or more), else steady. An issue new in the recent periods rises from nothing.
 */
export function issueTrend(tickets: readonly number[], options: Pick<ResolvedHistoryOptions, 'trendPeriods' | 'trendRatio'>): IssueTrend {
  const w = options.trendPeriods;
  const recent = tickets.slice(-w);
  const earlier = tickets.slice(-2 * w, -w);
  if (recent.length === 0) return 'steady';
  const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const r = mean(recent);
  const e = mean(earlier);
  if (r >= options.trendRatio * e && r - e >= 1) return 'rising';
  if (r * options.trendRatio <= e && e - r >= 1) return 'falling';
  return 'steady';
}
