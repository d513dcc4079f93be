import { join, resolve } from 'node:path';
import { periodBounds, periodIdOfDate } from '../core/periods.js';
import type { AnalyzeOptions } from '../pipeline/analyze-options.js';
import type { RollupKind } from '../pipeline/roll-up-report.js';
import type { Report } from '../report/report-schema.js';

const KINDS: readonly RollupKind[] = ['week', 'dekad', 'month'];
const NAMES: Record<RollupKind, string> = { week: '周报', dekad: '旬报', month: '月报' };

/** The weeks, 旬 and months that end on `day` (YYYY-MM-DD), with their ids (`2026-W46`, `2026-11-D2`, `2026-11`). */
export function periodsEndingOn(day: string): Array<{ kind: RollupKind; id: string }> {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return KINDS.map((kind) => ({ kind, id: periodIdOfDate(year, month, date, kind) })).filter(({ kind, id }) => periodBounds(id, kind).end === day);
}

/**
 * `analyze --roll-up DIR`, after a daily run that kept its state: when the run's last day ends a week, a 旬 or a
 * month, that period's report is written from the state into `DIR/<period id>` (what `report --state … --period …`
 * writes). Returns a line per folder written, for the summary. Nothing for an undated run.
 */
export async function writeRollUps(report: Report, state: string, dir: string, options: AnalyzeOptions): Promise<string[]> {
  const last = report.periods.at(-1)?.end ?? '';
  if (last === '') return [];
  const { runReport } = await import('../run-report.js');
  const { period: _day, ...rest } = options;
  const lines: string[] = [];
  for (const { kind, id } of periodsEndingOn(last)) {
    const { paths } = await runReport({ ...rest, state, period: kind, at: last, out: join(resolve(dir), id) });
    lines.push(`${NAMES[kind]} ${id}: ${paths?.html ?? join(resolve(dir), id)}`);
  }
  return lines;
}
