import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, InputError } from './core/errors.js';
import type { HistoryStore } from './history/history-types.js';
import { openDuckdbHistoryStore } from './history/open-duckdb-history-store.js';
import { rollUpReport, rollupPeriodOf, type RollupKind } from './pipeline/roll-up-report.js';
import { resolveAnalyzeOptions, type AnalyzeOptions } from './pipeline/analyze-options.js';
import type { Report } from './report/report-schema.js';
import { writeReport, type ReportPaths } from './report/write-report.js';

/**
 * What {@link runReport} takes: the state, the roll-up period kind and a date in it, where to write, and any analysis
 * options (the thresholds of rising terms, history charts, digest size) side by side, e.g.
 * `{ state: 'state/history.duckdb', period: 'week', at: '2026-11-14', out: 'reports/2026-W46' }`.
 */
export type RunReportOptions = Omit<AnalyzeOptions, 'period'> & {
  /** The history database the nightly runs keep (`--state`), or a store already open (left open). */
  state: string | HistoryStore;
  /** 周报, 旬报 or 月报. */
  period: RollupKind;
  /** A date in the period (`YYYY-MM-DD`, or a Date read in the time zone); the last complete period when left out. */
  at?: string | Date;
  /** Report folder; none: no report is written. */
  out?: string;
  /** The run's clock (`generatedAt`, and "last complete" when `at` is left out); now when left out. */
  now?: Date;
};

/** A roll-up written from the state: the report and where it went. */
export interface RunReportResult {
  report: Report;
  paths: ReportPaths | undefined;
}

const KINDS: readonly RollupKind[] = ['week', 'dekad', 'month'];

/**
 * The weekly, ten-day (旬) or monthly report from the state alone (the CLI's `report` command): no export is read
 * again. Sums the nightly runs' stored days of the period holding `at` (see `rollUpReport` for what it holds and
 * what the state cannot give) and writes the same report folder `runAnalysis` writes. Reads the state only.
 * Throws `InputError` (exit code 2) when the state holds no day of that period, `ConfigError` for a bad period.
 */
export async function runReport(run: RunReportOptions): Promise<RunReportResult> {
  const { state, period, at, out, now, ...options } = run;
  if (!KINDS.includes(period)) throw new ConfigError('period', `expected one of ${KINDS.join(', ')}, got "${String(period)}"`);
  const opts = resolveAnalyzeOptions({ ...options, period });
  const clock = now ?? new Date();
  const target = rollupPeriodOf(period, at, clock, opts.timeZone);
  // Opening a missing file would create an empty state: a mistyped path must be an error instead.
  if (typeof state === 'string' && !existsSync(resolve(state))) throw new InputError(state, 'expected the state file the nightly runs keep, got no such file');
  const store = typeof state === 'string' ? await openDuckdbHistoryStore(resolve(state)) : state;
  let report: Report;
  try {
    report = await rollUpReport(store, { kind: period, period: target, state: store.path ?? '<memory>', now: clock }, opts);
  } finally {
    if (typeof state === 'string') await store.close();
  }
  const paths = out ? await writeReport(out, report, []) : undefined;
  return { report, paths };
}
