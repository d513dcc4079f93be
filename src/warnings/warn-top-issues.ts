import type { StoredIssue } from '../history/history-types.js';
import { routedWarning, type WarningFields } from './routed-warning.js';
import type { Evidence, Issue, Warning } from '../report/report-schema.js';
import { previousPeriodId } from '../core/periods.js';
import { ticketEvidence } from './find-evidence.js';
import { memoIssueVolume } from './issue-periods.js';
import { warningIndexOf, type WarningContext } from './warning-context.js';
import { warningsOptionsSchema, type WarningsOptions } from './warnings-options.js';
import { parseOptions } from '../core/parse-options.js';

/**
 * Evidence for an issue in a period: its example tickets of the period first, then its other tickets of the
 * period, each with the span of the issue's best label term found in it.
 */
export function issueEvidence(
  context: WarningContext,
  issue: Pick<Issue, 'terms' | 'examples'>,
  docs: readonly number[],
  limit: number,
): Evidence[] {
  // The few examples are looked up by id and checked against `docs`; sets and maps over every doc of a large issue
  // (hundreds a period) cost more than the handful of spans taken from them.
  const { ticketIndex } = warningIndexOf(context);
  const evidence: Evidence[] = [];
  const seen: number[] = [];
  const take = (doc: number): void => {
    if (seen.includes(doc)) return;
    seen.push(doc);
    const e = ticketEvidence(context.corpus, doc, issue.terms);
    if (e) evidence.push(e);
  };
  for (const example of issue.examples) {
    if (evidence.length >= limit) return evidence;
    const doc = ticketIndex.get(example.ticketId);
    if (doc !== undefined && docs.includes(doc)) take(doc);
  }
  for (const doc of docs) {
    if (evidence.length >= limit) break;
    take(doc);
  }
  return evidence;
}

const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * The TOP-N issues of the period. Period heat = issue heat × the share of the issue's tickets that fall in the
 * period (issues carry heat over the whole input). Issues need `topMinTickets` tickets in the period. Level:
 * orange when ranked within `topOrangeRank` and grown by `topGrowthFactor` against the previous period (or new
 * with at least twice `topMinTickets` tickets), else yellow. Metrics: rank, tickets, share of all tickets of the
 * period, previous-period tickets, growth.
 */
export function warnTopIssues(
  issues: readonly Issue[],
  context: WarningContext,
  stored: readonly StoredIssue[] = [],
  options: WarningsOptions = {},
): Warning[] {
  const o = parseOptions(warningsOptionsSchema, options, 'warnings');
  const { period } = context;
  const index = warningIndexOf(context);
  const storedById = index.memo(stored, 'stored-by-id', () => new Map(stored.map((s) => [s.id, s])));
  const periodTotal = index.docsByPeriod.get(period)?.length ?? 0;
  const previous = previousPeriodId(period, context.kind);
  const ranked = issues
    .map((issue) => {
      const docs = index.issueDocs(issue).get(period) ?? [];
      const heat = issue.tickets > 0 ? (issue.heat * docs.length) / issue.tickets : 0;
      return { issue, docs, heat };
    })
    .filter((r) => r.docs.length >= o.topMinTickets)
    .sort((a, b) => b.heat - a.heat || b.docs.length - a.docs.length || (a.issue.id < b.issue.id ? -1 : 1))
    .slice(0, o.topN)
    .map((r) => ({ ...r, prev: memoIssueVolume(index, r.issue, storedById.get(r.issue.id)).get(previous) ?? 0 }));
  return ranked.map(({ issue, docs, heat, prev }, i) => {
    const rank = i + 1;
    const n = docs.length;
    const share = periodTotal > 0 ? n / periodTotal : 0;
    const growth = prev > 0 ? n / prev : undefined;
    const rising = growth === undefined ? n >= 2 * o.topMinTickets : growth >= o.topGrowthFactor;
    const level = rank <= o.topOrangeRank && rising ? 'orange' : 'yellow';
    const growthText = growth === undefined ? '上期无此问题' : `上期 ${prev} 张，环比 ${round(growth)} 倍`;
    const title = `TOP${rank}：${issue.label}`;
    const key = `top:${issue.id}`;
    const ticketIds = docs.map((d) => context.corpus.tickets[d]!.id);
    const fields: WarningFields = {
      kind: 'top',
      level,
      title,
      reason:
        `本期 ${n} 张工单（占全部 ${periodTotal} 张的 ${round(share * 100, 1)}%），本期热度 ${round(heat)}，排第 ${rank}；` +
        `${growthText}${level === 'orange' ? `；排名前 ${o.topOrangeRank} 且增长，橙色` : ''}。`,
      ticketIds,
      evidence: issueEvidence(context, issue, docs, o.examplesPerWarning),
      metrics: {
        rank,
        tickets: n,
        customers: new Set(docs.map((d) => context.corpus.tickets[d]!.customerHash ?? `#${d}`)).size,
        share: round(share, 4),
        heat: round(heat, 3),
        previousTickets: prev,
        growth: growth === undefined ? 'new' : round(growth, 3),
        issueId: issue.id,
      },
      category: 'top',
    };
    return routedWarning(key, period, fields, context.routing, [issue.label, ...issue.terms]);
  });
}
