import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/random.js';
import { formatGeneratedCsv } from '../../src/generate/format-generated-csv.js';
import { generateExport } from '../../src/generate/generate-export.js';
import { openDuckdbHistoryStore } from '../../src/history/open-duckdb-history-store.js';

const root = join(import.meta.dirname, '..', '..');
const tsx = import.meta.resolve('tsx');
let dir: string;
let fileA: string;
let fileB: string;

/** Everything a later run reads from the state, as one comparable value. */
async function snapshot(state: string): Promise<string> {
  const store = await openDuckdbHistoryStore(state);
  try {
    const counts = await store.loadPeriodCounts('day', '2999-01-01', 100);
    const issues = await store.loadIssues();
    const warnings = await store.loadWarnings();
    const model = await store.loadModel();
    const all = JSON.stringify({
      counts: counts.map((c) => [c.period, c.tickets, [...c.counts.entries()].sort()]),
      issues: issues.map((i) => [i.id, i.history]).sort(),
      warnings: warnings.map((w) => [w.key, w.level, w.tickets]).sort(),
      model: model?.length ?? 0,
    });
    // A digest keeps failure messages readable; the state holds thousands of counts.
    return createHash('sha256').update(all).digest('hex').slice(0, 16);
  } finally {
    await store.close();
  }
}

const analyzeArgs = (file: string, state: string): string[] => ['--import', tsx, join(root, 'src/cli/main.ts'), 'analyze', file, '--state', state, '--out', join(dir, 'out'), '--quiet'];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hotspots-kill-'));
  const generated = generateExport({ n: 3000, seed: 11, days: 10 });
  const day = (r: Record<string, string>): string => (r['受理时间'] ?? '').slice(0, 10);
  const days = [...new Set(generated.rows.map(day))].sort();
  const cut = days[7]!;
  fileA = join(dir, 'a.csv');
  fileB = join(dir, 'b.csv');
  await writeFile(fileA, formatGeneratedCsv({ rows: generated.rows.filter((r) => day(r) < cut) }));
  await writeFile(fileB, formatGeneratedCsv({ rows: generated.rows.filter((r) => day(r) >= cut) }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('complaint-hotspots analyze --state killed at random moments', () => {
  it('leaves the state as before the run (or as after it, when it finished), and the next run succeeds', async () => {
    const base = join(dir, 'base.duckdb');
    expect(spawnSync(process.execPath, analyzeArgs(fileA, base)).status).toBe(0);
    const before = await snapshot(base);
    const full = join(dir, 'full.duckdb');
    await copyFile(base, full);
    const started = Date.now();
    expect(spawnSync(process.execPath, analyzeArgs(fileB, full)).status).toBe(0);
    const runMs = Date.now() - started;
    const after = await snapshot(full);
    expect(after).not.toBe(before);

    const random = createRandom(20261122);
    const outcomes: string[] = [];
    for (let trial = 0; trial < 6; trial++) {
      const state = join(dir, `trial-${trial}.duckdb`);
      await copyFile(base, state);
      const delay = Math.round(200 + random.next() * runMs);
      const child = spawn(process.execPath, analyzeArgs(fileB, state), { stdio: 'ignore' });
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      clearTimeout(timer);
      const now = await snapshot(state);
      expect([before, after], `trial ${trial}, killed after ${delay} ms (exit ${code})`).toContain(now);
      outcomes.push(now === before ? 'before' : 'after');
      // The next run on the same state succeeds and lands where an uninterrupted run would.
      if (now === before) {
        expect(spawnSync(process.execPath, analyzeArgs(fileB, state)).status).toBe(0);
        expect(await snapshot(state)).toBe(after);
      }
    }
    expect(outcomes).toContain('before');
  });
});
