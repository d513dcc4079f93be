import { countByLevel, groupWarnings, warningStatus, type LevelCounts } from './group-warnings.js';
import type { Issue, Report, Warning } from './report-schema.js';

/** One of the latest period's top issues. */
export interface LatestIssue {
  label: string;
  /** Tickets in the latest period, when a TOP warning says so. */
  periodTickets: number | undefined;
  /** Tickets over the whole input (0 when the issue is not in `report.issues`). */
  tickets: number;
  heat: number | undefined;
  status: Issue['status'];
}

/** The headline of the latest period: volume against the previous period, new warnings, its digest, top issues. */
export interface LatestPeriodSummary {
  period: string | undefined;
  /** Whether the report's periods are days (so the headline can say "today"). */
  daily: boolean;
  tickets: number;
  previous: { id: string; tickets: number } | undefined;
  fresh: LevelCounts;
  escalated: LevelCounts;
  continuing: LevelCounts;
  /** The largest new or escalated red warnings of the latest period, at most {@link URGENT_SHOWN}. */
  urgent: Warning[];
  /** New or escalated red warnings of the latest period beyond `urgent`. */
  urgentMore: number;
  /** The latest period's digest (`report.digest`): the warnings to read first, most urgent first. */
  digest: Warning[];
  /** All warnings of the latest period, for "n of total". */
  periodWarnings: number;
  topIssues: LatestIssue[];
}

/** Red warnings named in the headline's "act now" line; the others are counted. */
export const URGENT_SHOWN = 5;

/**
 * What a manager reads first: the latest period's tickets against the previous period (of the report, else of its
 * history), its warnings per level
 * and status, its red ones, and its top `n` issues. The top issues come from the period's TOP warnings (ranked by
 * period heat); when there are none, from the issues last seen in the period, by overall rank.
 */
export function summarizeLatestPeriod(report: Report, n = 3): LatestPeriodSummary {
  const { latest, fresh, continuing } = groupWarnings(report);
  const index = report.periods.findIndex((p) => p.id === latest);
  const current = index >= 0 ? report.periods[index] : undefined;
  // A nightly report holds one period: the one before it comes from the history the state keeps.
  const stored = report.history?.periods ?? [];
  const at = stored.findIndex((p) => p.id === latest);
  const before = index > 0 ? report.periods[index - 1] : at > 0 ? stored[at - 1] : undefined;
  const isEscalated = (w: Warning): boolean => warningStatus(w) === 'escalated';
  // Largest first: a headline line naming 240 red warnings is read by no one; the rest are in the list below it.
  const red = fresh.filter((w) => w.level === 'red').sort((a, b) => b.ticketIds.length - a.ticketIds.length);
  return {
    period: latest,
    daily: (report.config['period'] ?? 'day') === 'day',
    tickets: current?.tickets ?? 0,
    previous: before ? { id: before.id, tickets: before.tickets } : undefined,
    fresh: countByLevel(fresh.filter((w) => !isEscalated(w))),
    escalated: countByLevel(fresh.filter(isEscalated)),
    continuing: countByLevel(continuing),
    urgent: red.slice(0, URGENT_SHOWN),
    urgentMore: Math.max(0, red.length - URGENT_SHOWN),
    digest: latestDigest(report, latest),
    periodWarnings: fresh.length + continuing.length,
    topIssues: latestTopIssues(report, latest, current, n),
  };
}

function latestDigest(report: Report, latest: string | undefined): Warning[] {
  const ids = (report.digest ?? []).find((d) => d.period === latest)?.warningIds ?? [];
  const byId = new Map(report.warnings.filter((w) => w.period === latest).map((w) => [w.id, w]));
  return ids.map((id) => byId.get(id)).filter((w): w is Warning => w !== undefined);
}

function latestTopIssues(report: Report, latest: string | undefined, current: { start: string; end: string } | undefined, n: number): LatestIssue[] {
  const byId = new Map(report.issues.map((i) => [i.id, i]));
  const rankOf = (w: Warning): number => (typeof w.metrics['rank'] === 'number' ? w.metrics['rank'] : Number.POSITIVE_INFINITY);
  const tops = report.warnings.filter((w) => w.kind === 'top' && w.period === latest).sort((a, b) => rankOf(a) - rankOf(b));
  // A roll-up's TOP warnings are its days' (their metrics count a day's tickets): its own issues rank the period.
  if (tops.length > 0 && report.rollup === undefined) {
    return tops.slice(0, n).map((w) => {
      const issueId = w.metrics['issueId'];
      const issue = typeof issueId === 'string' ? byId.get(issueId) : undefined;
      const periodTickets = w.metrics['tickets'];
      const heat = w.metrics['heat'];
      return {
        label: issue?.label ?? w.title,
        periodTickets: typeof periodTickets === 'number' ? periodTickets : w.ticketIds.length,
        tickets: issue?.tickets ?? 0,
        heat: typeof heat === 'number' ? heat : issue?.heat,
        status: issue?.status,
      };
    });
  }
  if (!current) return [];
  // lastSeen is a local date-time, so its first 10 characters are the local date the period bounds are in.
  const seen = report.issues.filter((i) => {
    const day = i.lastSeen.slice(0, 10);
    return day >= current.start && day <= current.end;
  });
  return seen
    .sort((a, b) => a.rank - b.rank)
    .slice(0, n)
    .map((i) => ({ label: i.label, periodTickets: report.rollup ? i.tickets : undefined, tickets: i.tickets, heat: i.heat, status: i.status }));
}
