/**
 * A nightly run with a year of history in the state vs the same run with an empty state, and the state's size.
 *
 *   npx tsx bench/nightly-history.ts [--n 10000] [--history-days 365] [--repeat 3] [--keep-days N]
 *
 * Builds a state holding `history-days` earlier day periods as nightly runs leave them — each with the term and
 * pair counts, ticket sketch and period summary (issues with masked sentences, warnings, rising terms) a real night
 * of `n` tickets stores, taken from a generated night of the same size, plus its issues (a version a night, history
 * growing), warning state and customer tickets — with retention applied at each commit when `--keep-days` is given.
 * Then times `runAnalysis` of one new day against it and against an empty state. Prints one JSON line: the state
 * file's bytes and rows per table, the build time, both run times and their ratio.
 */
import { copyFile, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { analyze } from '../src/analyze.js';
import { formatGeneratedCsv } from '../src/generate/format-generated-csv.js';
import { generateExport } from '../src/generate/generate-export.js';
import type { StoredIssue } from '../src/history/history-types.js';
import { openDuckdbHistoryStore } from '../src/history/open-duckdb-history-store.js';
import { retentionBound } from '../src/history/retention-bound.js';
import { loadModels } from '../src/models/load-models.js';
import { runAnalysis } from '../src/run-analysis.js';
import { generatedTickets } from '../tests/helpers/generated-tickets.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    'history-days': { type: 'string', default: '365' },
    repeat: { type: 'string', default: '3' },
    'keep-days': { type: 'string' },
  },
});
const n = Number(values.n);
const historyDays = Number(values['history-days']);
const keepDays = values['keep-days'] === undefined ? undefined : Number(values['keep-days']);
const dir = await mkdtemp(join(tmpdir(), 'hotspots-nightly-'));
try {
  // One generated night: its stored form is the template for every historical day.
  const night = generateExport({ n, seed: 5, days: 1, start: '2027-01-01' });
  const nightFile = join(dir, 'night.csv');
  await writeFile(nightFile, formatGeneratedCsv(night));
  const sample = generateExport({ n, seed: 6, days: 1, start: '2026-12-31' });
  const { update } = await analyze(generatedTickets(sample), {}, { models: await loadModels() });
  const template = update.periodCounts[0]!;
  const summary = update.periodSummaries?.[0];
  const sketch = update.periodSketches?.[0];

  const full = join(dir, 'year.duckdb');
  const store = await openDuckdbHistoryStore(full);
  const started = performance.now();
  const histories = new Map<string, Array<[string, number]>>();
  for (let d = historyDays; d >= 1; d--) {
    const day = new Date(Date.UTC(2027, 0, 1) - d * 86_400_000).toISOString().slice(0, 10);
    const dayMs = Date.parse(`${day}T04:00:00Z`);
    const issues: StoredIssue[] = update.issues.map((i) => {
      const history = [...(histories.get(i.id) ?? []), [day, i.history.at(-1)?.[1] ?? 1] as [string, number]];
      histories.set(i.id, history);
      return { ...i, firstPeriod: history[0]![0], lastPeriod: day, history };
    });
    await store.commit({
      ...update,
      fingerprint: `history-${day}`,
      periodCounts: [{ period: day, tickets: template.tickets, counts: template.counts }],
      periodSketches: sketch ? [{ ...sketch, period: day }] : [],
      periodSummaries: summary ? [{ ...summary, period: day, warnings: summary.warnings.map((w) => ({ ...w, period: day, id: w.id.replace(/@.*$/, `@${day}`) })) }] : [],
      issues,
      warnings: update.warnings.map((w) => ({ ...w, firstPeriod: day, lastPeriod: day })),
      customerTickets: update.customerTickets.map((c) => ({ ...c, ticketId: `${day}-${c.ticketId}`, time: dayMs })),
      ...(keepDays === undefined ? {} : { keepDetailFrom: retentionBound(day, 'day', keepDays, 7, dayMs - 30 * 86_400_000, 'Asia/Shanghai') }),
    });
  }
  await store.close();
  const buildSeconds = (performance.now() - started) / 1000;
  const stateBytes = (await stat(full)).size;
  const rows: Record<string, number> = {};
  const db = await DuckDBInstance.create(full, { access_mode: 'READ_ONLY' });
  const conn = await db.connect();
  for (const table of ['period_totals', 'period_counts', 'period_sketches', 'period_summaries', 'issues', 'warnings', 'customer_tickets']) {
    rows[table] = Number((await conn.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows()[0]?.[0]);
  }
  conn.closeSync();
  db.closeSync();

  const time = async (withHistory: boolean): Promise<number> => {
    const state = join(dir, `run-${withHistory}.duckdb`);
    await rm(state, { force: true });
    if (withHistory) await copyFile(full, state);
    const t0 = performance.now();
    await runAnalysis({ files: [nightFile], state, ...(keepDays === undefined ? {} : { history: { keepDays } }) });
    return (performance.now() - t0) / 1000;
  };
  const empty: number[] = [];
  const year: number[] = [];
  for (let r = 0; r < Number(values.repeat); r++) {
    empty.push(await time(false));
    year.push(await time(true));
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(JSON.stringify({
    tickets: n,
    historyDays,
    keepDays: keepDays ?? null,
    stateMB: Number((stateBytes / 1e6).toFixed(1)),
    rows,
    historyBuildSeconds: Number(buildSeconds.toFixed(1)),
    emptyStateSeconds: Number(median(empty).toFixed(2)),
    yearStateSeconds: Number(median(year).toFixed(2)),
    ratio: Number((median(year) / median(empty)).toFixed(2)),
  }));
} finally {
  await rm(dir, { recursive: true, force: true });
}
