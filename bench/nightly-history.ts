/**
 * A nightly run with a year of history in the state vs the same run with an empty state.
 *
 *   npx tsx bench/nightly-history.ts [--n 20000] [--history-days 365] [--repeat 3]
 *
 * Builds a state holding `history-days` earlier day periods (each with the term and pair counts a real night
 * stores, taken from a generated export of the same size, plus issues, warnings and customer tickets), then times
 * `runAnalysis` of one new day against it and against an empty state. Prints one JSON line with the ratio.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../src/analyze.js';
import { formatGeneratedCsv } from '../src/generate/format-generated-csv.js';
import { generateExport } from '../src/generate/generate-export.js';
import { openDuckdbHistoryStore } from '../src/history/open-duckdb-history-store.js';
import { loadModels } from '../src/models/load-models.js';
import { runAnalysis } from '../src/run-analysis.js';
import { generatedTickets } from '../tests/helpers/generated-tickets.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '20000' }, 'history-days': { type: 'string', default: '365' }, repeat: { type: 'string', default: '3' } } });
const n = Number(values.n);
const historyDays = Number(values['history-days']);
const dir = await mkdtemp(join(tmpdir(), 'hotspots-nightly-'));
try {
  // One generated night: its stored form is the template for every historical day.
  const night = generateExport({ n, seed: 5, days: 1, start: '2027-01-01' });
  const nightFile = join(dir, 'night.csv');
  await writeFile(nightFile, formatGeneratedCsv(night));
  const sample = generateExport({ n, seed: 6, days: 1, start: '2026-12-31' });
  const { update } = await analyze(generatedTickets(sample), {}, { models: await loadModels() });
  const template = update.periodCounts[0]!;

  const full = join(dir, 'year.duckdb');
  const store = await openDuckdbHistoryStore(full);
  const started = performance.now();
  for (let d = historyDays; d >= 1; d--) {
    const day = new Date(Date.UTC(2027, 0, 1) - d * 86_400_000).toISOString().slice(0, 10);
    await store.commit({
      ...update,
      fingerprint: `history-${day}`,
      periodCounts: [{ period: day, tickets: template.tickets, counts: template.counts }],
      customerTickets: update.customerTickets.map((c) => ({ ...c, ticketId: `${day}-${c.ticketId}`, time: Date.parse(`${day}T04:00:00Z`) })),
    });
  }
  await store.close();
  const buildSeconds = (performance.now() - started) / 1000;

  const time = async (withHistory: boolean): Promise<number> => {
    const state = join(dir, `run-${withHistory}.duckdb`);
    await rm(state, { force: true });
    if (withHistory) await copyFile(full, state);
    const t0 = performance.now();
    await runAnalysis({ files: [nightFile], state });
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
    historyBuildSeconds: Number(buildSeconds.toFixed(1)),
    emptyStateSeconds: Number(median(empty).toFixed(2)),
    yearStateSeconds: Number(median(year).toFixed(2)),
    ratio: Number((median(year) / median(empty)).toFixed(2)),
  }));
} finally {
  await rm(dir, { recursive: true, force: true });
}
