import type { Report, Warning } from '../report/report-schema.js';
import { byDigestOrder } from '../warnings/build-digest.js';
import type { ResolvedHistoryOptions } from '../history/history-options.js';
import type { PeriodIssue, PeriodSummary } from '../history/history-types.js';

/** Tickets and distinct customers of each issue in each period: issue id -> period -> counts. */
export type IssuePeriodCounts = ReadonlyMap<string, ReadonlyMap<string, { tickets: number; customers: number }>>;

/** Bounds on what one period's summary keeps of a text or a list, so the state grows by a bounded size a period. */
const MAX_EXAMPLES = 2;
const MAX_TEXT = 160;
const MAX_TERMS = 8;
const MAX_IDS = 10;
const MAX_EVIDENCE = 2;

/** A text cut to `max` characters (by code point), marked with … when cut. */
function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

/**
 * What the history keeps of each period of a report for roll-ups: the period's largest issues (its own tickets and
 * customers, label, words, the representative sentence and two example tickets, texts cut to 160 characters — all
 * already PII-masked by normalization), its first `summaryWarnings` warnings in digest order (ticket ids and
 * evidence cut, the sizes kept in `metrics`), and its rising terms (ticket ids cut).
 */
export function summarizePeriods(
  report: Pick<Report, 'periods' | 'issues' | 'warnings' | 'risingTerms' | 'digest'>,
  counts: IssuePeriodCounts,
  options: Pick<ResolvedHistoryOptions, 'summaryIssues' | 'summaryWarnings'>,
): PeriodSummary[] {
  return report.periods.map(({ id: period }) => {
    const issues = report.issues
      .map((issue) => ({ issue, own: counts.get(issue.id)?.get(period) }))
      .filter((x): x is { issue: Report['issues'][number]; own: { tickets: number; customers: number } } => x.own !== undefined && x.own.tickets > 0)
      .sort((a, b) => b.own.tickets - a.own.tickets || a.issue.rank - b.issue.rank)
      .slice(0, options.summaryIssues)
      .map(({ issue, own }): PeriodIssue => ({
        id: issue.id,
        label: issue.label,
        terms: issue.terms.slice(0, MAX_TERMS),
        tickets: own.tickets,
        customers: own.customers,
        ...(issue.entity === undefined ? {} : { entity: issue.entity }),
        ...(issue.problem === undefined ? {} : { problem: issue.problem.slice(0, MAX_TERMS) }),
        ...(issue.sentence === undefined ? {} : { sentence: cut(issue.sentence, MAX_TEXT) }),
        examples: issue.examples.slice(0, MAX_EXAMPLES).map((e) => ({ ticketId: e.ticketId, text: cut(e.text, MAX_TEXT) })),
      }));
    const digest = report.digest.find((d) => d.period === period)?.warningIds ?? [];
    const first = new Map(digest.map((id, i) => [id, i]));
    const warnings = report.warnings
      .filter((w) => w.period === period)
      .sort((a, b) => (first.get(a.id) ?? Infinity) - (first.get(b.id) ?? Infinity) || byDigestOrder(a, b))
      .slice(0, options.summaryWarnings)
      .map(boundWarning);
    const risingTerms = report.risingTerms.filter((r) => r.period === period).map((r) => ({ ...r, ticketIds: r.ticketIds.slice(0, MAX_IDS) }));
    return { period, issues, warnings, risingTerms };
  });
}

/** A warning with its ticket ids and evidence cut; its size stays in `metrics.tickets`. */
function boundWarning(w: Warning): Warning {
  const tickets = typeof w.metrics['tickets'] === 'number' ? w.metrics['tickets'] : w.ticketIds.length;
  return {
    ...w,
    ticketIds: w.ticketIds.slice(0, MAX_IDS),
    evidence: w.evidence.slice(0, MAX_EVIDENCE).map((e) => (e.context === undefined ? e : { ...e, context: cut(e.context, MAX_TEXT) })),
    metrics: { ...w.metrics, tickets },
  };
}
