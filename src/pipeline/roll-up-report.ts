import { computeHeat } from '../cluster/compute-heat.js';
import { InputError } from '../core/errors.js';
import { localDate, periodBounds, periodIdOfDate, previousPeriodId, type PeriodKind } from '../core/periods.js';
import { redactedConfig, type ResolvedAnalyzeOptions } from './analyze-options.js';
import type { Message } from '../core/messages.js';
import { REPORT_SCHEMA_VERSION, type HotTerm, type Issue, type Report, type RisingTerm, type Warning } from '../report/report-schema.js';
import { detectRegionBursts } from '../rising/detect-region-bursts.js';
import { detectRisingTerms } from '../rising/detect-rising-terms.js';
import { baselinePeriodsToLoad } from '../rising/rising-options.js';
import type { PeriodTermCounts, PeriodTermDetail } from '../terms/period-term-counts.js';
import { buildDigest } from '../warnings/build-digest.js';
import { levelRank } from '../warnings/risk-lexicon.js';
import { makeWarningId, warningKey } from '../warnings/warning-id.js';
import { chartedTerms, historySeries } from './build-report-history.js';
import { chartPeriodsOf } from '../history/history-options.js';
import type { HistoryStore, PeriodIssue, PeriodSummary, StoredIssue } from '../history/history-types.js';

/** The roll-up period kinds: 周报, 旬报, 月报. */
export type RollupKind = Exclude<PeriodKind, 'day'>;

/** What {@link rollUpReport} sums: the period holding `at`, of `kind`, from the day periods the state keeps. */
export interface RollUpRequest {
  kind: RollupKind;
  /** The roll-up period's id (`2026-W46`, `2026-11-D2`, `2026-11`). */
  period: string;
  /** The state file, named in messages and errors. */
  state: string;
  now: Date;
}

const DAY_MS = 86_400_000;
const HOT_TERMS = 30;
const MAX_EXAMPLES = 3;

/** The day after a `YYYY-MM-DD` date. */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** Every day id from `start` through `end` (inclusive). */
function daysOf(start: string, end: string): string[] {
  const out: string[] = [];
  for (let d = start; d <= end; d = nextDay(d)) out.push(d);
  return out;
}

/** The id of the period `count` periods before `id`. */
function periodsBefore(id: string, kind: PeriodKind, count: number): string {
  let at = id;
  for (let i = 0; i < count; i++) at = previousPeriodId(at, kind);
  return at;
}

/** The `kind` period id of a day id. */
function periodOfDay(day: string, kind: PeriodKind): string {
  return periodIdOfDate(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)), kind);
}

/**
 * The roll-up period for `at` (a `YYYY-MM-DD` date, or a Date read in `timeZone`): the period holding it; without
 * `at`, the last complete one — the latest period of `kind` that ended before the day of `now`.
 */
export function rollupPeriodOf(kind: RollupKind, at: string | Date | undefined, now: Date, timeZone: string): string {
  if (typeof at === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(at) || Number.isNaN(Date.parse(`${at}T00:00:00Z`)) || new Date(`${at}T00:00:00Z`).toISOString().slice(0, 10) !== at) {
      throw new InputError('--at', `expected a date YYYY-MM-DD, got "${at}"`);
    }
    return periodOfDay(at, kind);
  }
  const d = localDate((at ?? now).getTime(), timeZone);
  const holding = periodIdOfDate(d.year, d.month, d.day, kind);
  return at === undefined ? previousPeriodId(holding, kind) : holding;
}

/** Sums day periods into periods of `kind`, oldest first. */
function rollUpDays(days: readonly PeriodTermCounts[], kind: PeriodKind): PeriodTermCounts[] {
  const out = new Map<string, PeriodTermCounts>();
  for (const d of [...days].sort((a, b) => (a.period < b.period ? -1 : 1))) {
    const id = periodOfDay(d.period, kind);
    let p = out.get(id);
    if (!p) out.set(id, (p = { period: id, tickets: 0, counts: new Map() }));
    p.tickets += d.tickets;
    for (const [term, n] of d.counts) p.counts.set(term, (p.counts.get(term) ?? 0) + n);
  }
  return [...out.values()];
}

/**
 * A report for a week, 旬 or month written from the state alone (no export is read): ticket and term counts summed
 * from the stored days, hot terms from those counts, rising terms of the period against the earlier ones (summed
 * the same way), the issues of its days (tickets summed, label, words and masked sentences from the stored period
 * summaries; customers summed over days, so a customer on two days counts twice), the warnings raised on its days
 * (one per subject: its most severe raising, `new` when first raised within the period), the history charts over
 * the last periods of its kind, and `rollup` naming the days summed and those missing. What the state does not
 * hold — topics and new grouping, which need the ticket texts, full ticket lists — is said in `messages`, not
 * made up. Throws {@link InputError} (exit code 2) when the state holds no day of the period.
 */
export async function rollUpReport(store: HistoryStore, request: RollUpRequest, opts: ResolvedAnalyzeOptions): Promise<Report> {
  const { kind, period } = request;
  const bounds = periodBounds(period, kind);
  const current = await store.loadRangeCounts('day', bounds.start, bounds.end);
  if (current.periods.length === 0) {
    const [latest] = await store.loadPeriodCounts('day', '9999-12-31', 1, { terms: [] });
    throw new InputError(
      request.state,
      `expected stored days of ${period} (${bounds.start} – ${bounds.end}), got none; ${latest ? `the latest stored day is ${latest.period}` : 'the state holds no day yet'}`,
    );
  }
  const tickets = current.periods.reduce((s, p) => s + p.tickets, 0);
  const held = new Set(current.periods.map((p) => p.period));
  const missing = daysOf(bounds.start, bounds.end).filter((d) => !held.has(d));

  // Rising terms of the period against the same kind of period before it, each summed from its days.
  const window = baselinePeriodsToLoad(opts.rising);
  const baseline: PeriodTermCounts[] = [];
  for (let p = previousPeriodId(period, kind), i = 0; i < window; i++, p = previousPeriodId(p, kind)) {
    const b = periodBounds(p, kind);
    const r = await store.loadRangeCounts('day', b.start, b.end);
    if (r.periods.length > 0) baseline.push({ period: p, tickets: r.periods.reduce((s, x) => s + x.tickets, 0), counts: r.counts });
  }
  const summaries = await store.loadPeriodSummaries('day', bounds.start, bounds.end);
  // Customers per term are not stored: the ticket count stands in (each ticket its own customer).
  const detail: PeriodTermDetail = { period, tickets, counts: current.counts, customers: new Map(), ticketIds: risingTicketIds(summaries) };
  const risingTerms: RisingTerm[] = [...detectRisingTerms(detail, baseline, opts.rising), ...detectRegionBursts(detail, baseline, opts.rising)];

  // The history charts: the periods of this kind before it, rolled up from the stored days' totals and charted terms.
  const span = chartPeriodsOf(opts.history, kind);
  const terms = chartedTerms(risingTerms, period, opts.history.chartTerms);
  const firstCharted = periodBounds(periodsBefore(period, kind, span - 1 + window), kind).start;
  const dayCount = Math.round((Date.parse(`${bounds.end}T00:00:00Z`) - Date.parse(`${firstCharted}T00:00:00Z`)) / DAY_MS) + 1;
  const days = (await store.loadPeriodCounts('day', nextDay(bounds.end), dayCount, { terms })).filter((d) => d.period >= firstCharted);
  const all = rollUpDays(days, kind);

  const stored = await store.loadIssues(undefined, { before: nextDay(bounds.end) });
  const issues = rollUpIssues(summaries, stored, period, kind, opts);
  const storedByKind = stored.map((s) => ({ id: s.id, firstPeriod: s.firstPeriod, history: rollUpHistory(s.history, kind) }));
  const history = historySeries(all, span, terms, issues, storedByKind, opts.history, opts.rising);

  const warnings = rollUpWarnings(summaries, period);
  const messages: Message[] = [
    {
      severity: 'info',
      code: 'rollup-from-state',
      message: `${period} summed from ${current.periods.length} stored day${current.periods.length === 1 ? '' : 's'} of ${request.state}; no export was read. Topics and new grouping need the ticket texts and are not in this report; issues list the examples kept per day, customers are summed over days, rising terms count tickets as customers.`,
    },
  ];
  if (missing.length > 0) {
    messages.push({ severity: 'warning', code: 'rollup-missing-days', message: `the state holds no run for ${missing.length} day${missing.length === 1 ? '' : 's'} of ${period}: ${missing.join(', ')}` });
  }
  const summed = current.periods.map((p) => ({ id: p.period, tickets: p.tickets }));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: request.now.toISOString(),
    input: { files: [], rowsRead: tickets, accepted: tickets, rejected: 0, duplicates: 0 },
    periods: [{ ...bounds, tickets }],
    hotTerms: hotTermsOf(current.counts, tickets),
    risingTerms,
    topics: [],
    issues,
    warnings,
    digest: buildDigest(warnings, [period], opts.warnings.digestSize),
    messages,
    config: { ...redactedConfig(opts), period: kind, lang: opts.lang },
    history,
    rollup: { period, from: 'day', periods: summed, missing },
  };
}

/** Ticket ids of each term that rose on a day of the period (as stored, a few per day), for the roll-up's evidence. */
function risingTicketIds(summaries: readonly PeriodSummary[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of summaries) for (const r of s.risingTerms) out.set(r.term, [...new Set([...(out.get(r.term) ?? []), ...r.ticketIds])]);
  return out;
}

/** Single words by tickets (phrases and regions left out), scored like hot terms with tickets standing in for customers. */
function hotTermsOf(counts: ReadonlyMap<string, number>, tickets: number): HotTerm[] {
  const out: HotTerm[] = [];
  for (const [term, t] of counts) {
    if (term.includes('+') || term.startsWith('region:') || t <= 0) continue;
    out.push({ term, tickets: t, score: Math.round(t * (1 + Math.log(tickets / t)) * 1e4) / 1e4 });
  }
  out.sort((a, b) => b.score - a.score || b.tickets - a.tickets || (a.term < b.term ? -1 : 1));
  return out.slice(0, HOT_TERMS);
}

/** A stored issue's per-day history summed into periods of `kind`. */
function rollUpHistory(history: ReadonlyArray<[string, number]>, kind: PeriodKind): Array<[string, number]> {
  const out = new Map<string, number>();
  for (const [day, n] of history) {
    // Histories of periods other than days (runs with --period week) are kept as they are.
    const id = /^\d{4}-\d{2}-\d{2}$/.test(day) ? periodOfDay(day, kind) : day;
    out.set(id, (out.get(id) ?? 0) + n);
  }
  return [...out].sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * The period's issues from its days' summaries: tickets and customers summed by issue id, the label, words and
 * sentence of its latest day, examples from its latest days; heat as issue finding computes it (no burst share:
 * ticket times are not stored), growth against the previous period of the kind; ranked by heat.
 */
function rollUpIssues(
  summaries: readonly PeriodSummary[],
  stored: readonly StoredIssue[],
  period: string,
  kind: PeriodKind,
  opts: ResolvedAnalyzeOptions,
): Issue[] {
  const byId = new Map<string, { latest: PeriodIssue; tickets: number; customers: number; first: string; last: string; examples: PeriodIssue['examples'] }>();
  for (const s of [...summaries].sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0))) {
    for (const i of s.issues) {
      const had = byId.get(i.id);
      if (!had) {
        byId.set(i.id, { latest: i, tickets: i.tickets, customers: i.customers, first: s.period, last: s.period, examples: [...i.examples] });
        continue;
      }
      had.tickets += i.tickets;
      had.customers += i.customers;
      had.first = s.period;
      for (const e of i.examples) if (had.examples.length < MAX_EXAMPLES && !had.examples.some((x) => x.ticketId === e.ticketId)) had.examples.push(e);
    }
  }
  const storedById = new Map(stored.map((s) => [s.id, s]));
  const previous = previousPeriodId(period, kind);
  const issues: Issue[] = [...byId].map(([id, x]) => {
    const s = storedById.get(id);
    const previousTickets = rollUpHistory(s?.history ?? [], kind).find(([p]) => p === previous)?.[1] ?? 0;
    const heat = computeHeat({ tickets: x.tickets, customers: x.customers, previousTickets, times: [] }, opts.cluster.issues.heat);
    const isNew = s === undefined || s.firstPeriod >= periodBounds(period, kind).start;
    return {
      id,
      rank: 0,
      label: x.latest.label,
      terms: x.latest.terms,
      heat: Math.round(heat * 1000) / 1000,
      tickets: x.tickets,
      customers: x.customers,
      firstSeen: x.first,
      lastSeen: x.last,
      ticketIds: x.examples.map((e) => e.ticketId),
      examples: x.examples,
      status: isNew ? 'new' : 'continuing',
      ...(x.latest.entity === undefined ? {} : { entity: x.latest.entity }),
      ...(x.latest.problem === undefined ? {} : { problem: x.latest.problem }),
      ...(x.latest.sentence === undefined ? {} : { sentence: x.latest.sentence }),
    };
  });
  issues.sort((a, b) => b.heat - a.heat || b.tickets - a.tickets || (a.id < b.id ? -1 : 1));
  issues.forEach((i, r) => (i.rank = r + 1));
  return issues;
}

/**
 * The warnings raised on the period's days, one per subject (suppression key): its most severe raising (the
 * latest among equals), `new` when any day raised it new, else `escalated` when any day escalated it, else
 * `continuing`; `metrics.days` counts the days it was raised on.
 */
function rollUpWarnings(summaries: readonly PeriodSummary[], period: string): Warning[] {
  const byKey = new Map<string, { chosen: Warning; days: Set<string>; statuses: Set<string> }>();
  for (const s of summaries) {
    for (const w of s.warnings) {
      const key = warningKey(w);
      const had = byKey.get(key);
      if (!had) {
        byKey.set(key, { chosen: w, days: new Set([w.period]), statuses: new Set([w.status ?? 'new']) });
        continue;
      }
      had.days.add(w.period);
      had.statuses.add(w.status ?? 'new');
      if (levelRank(w.level) > levelRank(had.chosen.level) || (levelRank(w.level) === levelRank(had.chosen.level) && w.period >= had.chosen.period)) had.chosen = w;
    }
  }
  return [...byKey].map(([key, x]): Warning => {
    const status = x.statuses.has('new') ? 'new' : x.statuses.has('escalated') ? 'escalated' : 'continuing';
    return { ...x.chosen, id: makeWarningId(key, period), period, status, metrics: { ...x.chosen.metrics, days: x.days.size, lastDay: x.chosen.period } };
  });
}
