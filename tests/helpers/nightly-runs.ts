import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatGeneratedCsv } from '../../src/generate/format-generated-csv.js';
import { generateExport } from '../../src/generate/generate-export.js';
import { runAnalysis } from '../../src/run-analysis.js';

/** The nightly use of issue 18: one generated export split into its days, each analysed with `--state` in turn. */
export interface NightlyRuns {
  /** The days, oldest first (`2026-11-01` …). */
  days: string[];
  /** Tickets of each day's export. */
  tickets: number[];
  /** The state file after the last night. */
  state: string;
  /** Each night's report folder. */
  outs: string[];
}

const dayOf = (row: Record<string, string>): string => (row['受理时间'] ?? '').slice(0, 10).replaceAll('/', '-');

/**
 * Generates `n` tickets over `days` days from 2026-11-01 (seed `seed`), writes one CSV per day into `dir` and runs
 * `runAnalysis` on each in turn against one state file, each night's report in its own folder.
 */
export async function runNights(dir: string, options: { n: number; days: number; seed: number }): Promise<NightlyRuns> {
  const generated = generateExport({ n: options.n, seed: options.seed, days: options.days, start: '2026-11-01' });
  const days = [...new Set(generated.rows.map(dayOf))].sort();
  const state = join(dir, 'nightly.duckdb');
  const outs: string[] = [];
  const tickets: number[] = [];
  for (const day of days) {
    const rows = generated.rows.filter((r) => dayOf(r) === day);
    const file = join(dir, `export-${day}.csv`);
    await writeFile(file, formatGeneratedCsv({ rows }));
    const out = join(dir, `report-${day}`);
    await runAnalysis({ files: [file], state, out });
    outs.push(out);
    tickets.push(rows.length);
  }
  return { days, tickets, state, outs };
}
