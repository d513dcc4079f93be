/**
 * Nightly runs over an export split into its periods, then re-runs of earlier nights: are the reports the same, and
 * what do the kept versions of issues and warnings cost?
 *
 *   npx tsx bench/rerun-nights.ts [--file EXPORT] [--period day|month] [--n 500 --days 120] [--rerun 1,10]
 *
 * Without `--file` a generated export of `days` days with `n` tickets a day. Every period is analyzed as one night
 * against a DuckDB state and committed; then the nights `--rerun` periods back from the last (1: the last night
 * itself, 10: ten nights earlier) are run again and their report compared with the first run's, `generatedAt`
 * aside. Prints one JSON line: the nights, the mean seconds of the last ten nights and of the re-runs, the rows of
 * the `issues` and `warnings` tables (versions) against their distinct ids, the state file's size, and for each
 * re-run whether its report is identical (else the first differing top-level field).
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { analyze } from '../src/analyze.js';
import { periodId, type PeriodKind } from '../src/core/periods.js';
import type { Ticket } from '../src/core/ticket.js';
import { formatGeneratedCsv } from '../src/generate/format-generated-csv.js';
import { generateExport } from '../src/generate/generate-export.js';
import { openDuckdbHistoryStore } from '../src/history/open-duckdb-history-store.js';
import { loadModels } from '../src/models/load-models.js';
import { readExports } from '../src/read/read-exports.js';
import type { Report } from '../src/report/report-schema.js';

const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    period: { type: 'string', default: 'day' },
    n: { type: 'string', default: '500' },
    days: { type: 'string', default: '120' },
    rerun: { type: 'string', default: '1,10' },
  },
});
const kind = values.period as PeriodKind;
const timeZone = 'Asia/Shanghai';
const dir = await mkdtemp(join(tmpdir(), 'hotspots-rerun-'));
try {
  let file = values.file;
  if (file === undefined) {
    file = join(dir, 'generated.csv');
    await writeFile(file, formatGeneratedCsv(generateExport({ n: Number(values.n) * Number(values.days), seed: 9, days: Number(values.days) })));
  }
  const read = await readExports([file], { timeZone });
  const byPeriod = new Map<string, Ticket[]>();
  for (const t of read.tickets) {
    const p = periodId(t.time, kind, timeZone);
    const list = byPeriod.get(p);
    if (list) list.push(t);
    else byPeriod.set(p, [t]);
  }
  const periods = [...byPeriod.keys()].sort();
  const models = await loadModels();
  const statePath = join(dir, 'state.duckdb');
  const comparable = (report: Report): string => JSON.stringify({ ...report, generatedAt: '' });
  const night = async (period: string): Promise<{ report: string; seconds: number }> => {
    const store = await openDuckdbHistoryStore(statePath);
    try {
      const t0 = performance.now();
      const result = await analyze(byPeriod.get(period)!, { period: kind, timeZone }, { models, history: store });
      await store.commit(result.update);
      return { report: comparable(result.report), seconds: (performance.now() - t0) / 1000 };
    } finally {
      await store.close();
    }
  };

  const first = new Map<string, string>();
  const seconds: number[] = [];
  for (const period of periods) {
    const run = await night(period);
    first.set(period, run.report);
    seconds.push(run.seconds);
  }
  const reruns: Array<{ period: string; identical: boolean | string; seconds: number }> = [];
  for (const back of values.rerun.split(',').map(Number)) {
    const period = periods[periods.length - back];
    if (period === undefined) continue;
    const run = await night(period);
    const before = JSON.parse(first.get(period)!) as Record<string, unknown>;
    const after = JSON.parse(run.report) as Record<string, unknown>;
    const differs = Object.keys(before).find((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    reruns.push({ period, identical: differs === undefined ? true : differs, seconds: Number(run.seconds.toFixed(2)) });
  }

  const db = await DuckDBInstance.create(statePath, { access_mode: 'READ_ONLY' });
  const conn = await db.connect();
  const count = async (sql: string): Promise<number> => Number((await conn.runAndReadAll(sql)).getRows()[0]?.[0]);
  const tables = {
    issueRows: await count('SELECT count(*) FROM issues'),
    issueIds: await count('SELECT count(DISTINCT id) FROM issues'),
    warningRows: await count('SELECT count(*) FROM warnings'),
    warningKeys: await count('SELECT count(DISTINCT key) FROM warnings'),
  };
  conn.closeSync();
  db.closeSync();
  const last10 = seconds.slice(-10);
  console.log(
    JSON.stringify({
      file: values.file ?? `generated ${values.n} x ${values.days}`,
      tickets: read.tickets.length,
      nights: periods.length,
      lastTenNightsSeconds: Number((last10.reduce((a, b) => a + b, 0) / Math.max(1, last10.length)).toFixed(3)),
      reruns,
      ...tables,
      stateMB: Number(((await stat(statePath)).size / 1e6).toFixed(1)),
    }),
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
