import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { StateError } from '../../src/core/errors.js';
import type { HistoryUpdate } from '../../src/history/history-types.js';
import { HISTORY_SCHEMA_VERSION } from '../../src/history/history-schema.js';
import { openDuckdbHistoryStore } from '../../src/history/open-duckdb-history-store.js';

const dir = mkdtempSync(join(tmpdir(), 'hotspots-duckdb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (name: string): string => join(import.meta.dirname, 'fixtures', name);

const day = (fingerprint: string, period: string, tickets: number, counts: Record<string, number>): HistoryUpdate => ({
  fingerprint,
  kind: 'day',
  periodCounts: [{ period, tickets, counts: new Map(Object.entries(counts)) }],
  issues: [],
  warnings: [],
  customerTickets: [],
});

/** Starts a tsx child and resolves once it prints `line` on stdout. */
function spawnUntil(args: string[], line: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: join(import.meta.dirname, '../..') });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.split('\n').includes(line)) resolve(child);
    });
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before "${line}": ${err}`)));
  });
}

const exited = (child: ChildProcess): Promise<NodeJS.Signals | null> =>
  new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(child.signalCode) : child.on('exit', (_c, s) => resolve(s))));

async function expectStateError(promise: Promise<unknown>, reason: StateError['reason']): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StateError);
  expect((error as StateError).reason).toBe(reason);
}

describe('openDuckdbHistoryStore', () => {
  it('openDuckdbHistoryStore(path) keeps committed history across close and reopen', async () => {
    const path = join(dir, 'persist.duckdb');
    const first = await openDuckdbHistoryStore(path);
    expect(first.path).toBe(path);
    await first.commit({ ...day('run-1', '2026-11-01', 120, { 宽带: 30 }), model: '{"k":1}' });
    await first.close();
    const again = await openDuckdbHistoryStore(path);
    const [p] = await again.loadPeriodCounts('day', '2026-11-02', 7);
    expect(p?.tickets).toBe(120);
    expect(p?.counts.get('宽带')).toBe(30);
    expect(await again.loadModel()).toBe('{"k":1}');
    await again.close();
  });

  it('openDuckdbHistoryStore(path) refuses a file that is not a DuckDB database as corrupt and leaves it unchanged', async () => {
    const path = join(dir, 'export.csv');
    const bytes = 'id,text\n1,宽带掉线\n'.repeat(200);
    writeFileSync(path, bytes);
    await expectStateError(openDuckdbHistoryStore(path), 'corrupt');
    expect(readFileSync(path, 'utf8')).toBe(bytes);
    const empty = join(dir, 'empty.duckdb');
    writeFileSync(empty, '');
    await expectStateError(openDuckdbHistoryStore(empty), 'corrupt');
    expect(readFileSync(empty).length).toBe(0);
  });

  it('openDuckdbHistoryStore(path) refuses a DuckDB database of another application as foreign and leaves it unchanged', async () => {
    const path = join(dir, 'foreign.duckdb');
    const other = await DuckDBInstance.create(path);
    const conn = await other.connect();
    await conn.run("CREATE TABLE sales (id INTEGER, what VARCHAR); INSERT INTO sales VALUES (1, 'duck')");
    conn.closeSync();
    other.closeSync();
    const before = readFileSync(path);
    await expectStateError(openDuckdbHistoryStore(path), 'foreign');
    expect(readFileSync(path).equals(before)).toBe(true);
    // A foreign table that happens to be called `meta` is still foreign.
    const metaPath = join(dir, 'foreign-meta.duckdb');
    const withMeta = await DuckDBInstance.create(metaPath);
    const c2 = await withMeta.connect();
    await c2.run("CREATE TABLE meta (key VARCHAR, value VARCHAR); INSERT INTO meta VALUES ('app', 'someone-else')");
    c2.closeSync();
    withMeta.closeSync();
    await expectStateError(openDuckdbHistoryStore(metaPath), 'foreign');
  });

  it('openDuckdbHistoryStore(path) refuses a state file of a newer schema version', async () => {
    const path = join(dir, 'newer.duckdb');
    await (await openDuckdbHistoryStore(path)).close();
    const db = await DuckDBInstance.create(path);
    const conn = await db.connect();
    await conn.run("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
    conn.closeSync();
    db.closeSync();
    await expectStateError(openDuckdbHistoryStore(path), 'version');
  });

  it('openDuckdbHistoryStore(path) reads a version 1 state file as it is and upgrades it in the next commit', async () => {
    const path = join(dir, 'version-1.duckdb');
    await (await openDuckdbHistoryStore(path)).close();
    // What version 1 wrote: the same tables without period_sketches (nor period_summaries and words, added by versions 4 and 5).
    const db = await DuckDBInstance.create(path);
    const conn = await db.connect();
    await conn.run("DROP TABLE period_sketches; DROP TABLE period_summaries; DROP TABLE words; UPDATE meta SET value = '1' WHERE key = 'schema_version'");
    await conn.run("INSERT INTO period_totals VALUES ('day', '2026-11-01', 'old', 100)");
    conn.closeSync();
    db.closeSync();
    const before = readFileSync(path);
    const reader = await openDuckdbHistoryStore(path);
    expect(await reader.loadPeriodSources?.('day', ['2026-11-01'])).toEqual([{ period: '2026-11-01', fingerprint: 'old', tickets: 100, sketch: undefined }]);
    await reader.close();
    expect(readFileSync(path).equals(before)).toBe(true);
    const store = await openDuckdbHistoryStore(path);
    await store.commit({ ...day('new', '2026-11-01', 3, { 宽带: 1 }), periodSketches: [{ period: '2026-11-01', tickets: 3, sketch: [4, 8, 15] }] });
    expect(await store.loadPeriodSources?.('day', ['2026-11-01'], { excludeFingerprint: 'old' })).toEqual([
      { period: '2026-11-01', fingerprint: 'new', tickets: 3, sketch: [4, 8, 15] },
    ]);
    await store.close();
    const check = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
    const c2 = await check.connect();
    expect((await c2.runAndReadAll("SELECT value FROM meta WHERE key = 'schema_version'")).getRows()).toEqual([[String(HISTORY_SCHEMA_VERSION)]]);
    c2.closeSync();
    check.closeSync();
  });

  it('openDuckdbHistoryStore(path) reads a version 2 file\'s one row per issue and warning as their versions, and marks it current in the next commit', async () => {
    const path = join(dir, 'version-2.duckdb');
    await (await openDuckdbHistoryStore(path)).close();
    // What version 2 kept: one row per issue id and warning key, the latest.
    const db = await DuckDBInstance.create(path);
    const conn = await db.connect();
    await conn.run("DROP TABLE period_summaries; DROP TABLE words; UPDATE meta SET value = '2' WHERE key = 'schema_version'");
    await conn.run(`INSERT INTO issues VALUES ('ISSUE-1', '宽带 掉线', '[["宽带",1]]', '2026-11-01', '2026-11-04', '[["2026-11-01",3],["2026-11-04",5]]')`);
    await conn.run("INSERT INTO warnings VALUES ('top:ISSUE-1', 'orange', 5, '2026-11-01', '2026-11-04')");
    conn.closeSync();
    db.closeSync();
    const store = await openDuckdbHistoryStore(path);
    expect((await store.loadIssues(undefined, { before: '2026-11-05' })).map((i) => [i.id, i.history])).toEqual([['ISSUE-1', [['2026-11-01', 3], ['2026-11-04', 5]]]]);
    // Older versions were never kept: before its last period the issue is unknown.
    expect(await store.loadIssues(undefined, { before: '2026-11-04' })).toEqual([]);
    await store.commit({ ...day('n5', '2026-11-05', 4, { 宽带: 2 }), warnings: [{ key: 'top:ISSUE-1', level: 'red', tickets: 9, firstPeriod: '2026-11-01', lastPeriod: '2026-11-05' }] });
    expect((await store.loadWarnings(undefined, { before: '2026-11-05' })).map((w) => w.level)).toEqual(['orange']);
    expect((await store.loadWarnings()).map((w) => w.level)).toEqual(['red']);
    await store.close();
    const check = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
    const c2 = await check.connect();
    expect((await c2.runAndReadAll("SELECT value FROM meta WHERE key = 'schema_version'")).getRows()).toEqual([[String(HISTORY_SCHEMA_VERSION)]]);
    c2.closeSync();
    check.closeSync();
  });

  it('openDuckdbHistoryStore(path) reads a version 3 file as holding no period summaries and adds the table in the next commit', async () => {
    const path = join(dir, 'version-3.duckdb');
    await (await openDuckdbHistoryStore(path)).close();
    const db = await DuckDBInstance.create(path);
    const conn = await db.connect();
    await conn.run("DROP TABLE period_summaries; DROP TABLE words; UPDATE meta SET value = '3' WHERE key = 'schema_version'");
    await conn.run("INSERT INTO period_totals VALUES ('day', '2026-11-01', 'old', 100)");
    conn.closeSync();
    db.closeSync();
    const before = readFileSync(path);
    const reader = await openDuckdbHistoryStore(path);
    expect(await reader.loadPeriodSummaries('day', '2026-11-01', '2026-11-30')).toEqual([]);
    await reader.close();
    expect(readFileSync(path).equals(before)).toBe(true);
    const store = await openDuckdbHistoryStore(path);
    const summary = { period: '2026-11-02', issues: [], warnings: [], risingTerms: [] };
    await store.commit({ ...day('new', '2026-11-02', 3, { 宽带: 1 }), periodSummaries: [summary] });
    expect(await store.loadPeriodSummaries('day', '2026-11-01', '2026-11-30')).toEqual([summary]);
    await store.close();
    const check = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
    const c2 = await check.connect();
    expect((await c2.runAndReadAll("SELECT value FROM meta WHERE key = 'schema_version'")).getRows()).toEqual([[String(HISTORY_SCHEMA_VERSION)]]);
    c2.closeSync();
    check.closeSync();
  });

  it('openDuckdbHistoryStore(path) reads a version 4 file as holding no words, leaves it untouched, and adds the table in the next commit', async () => {
    const path = join(dir, 'version-4.duckdb');
    await (await openDuckdbHistoryStore(path)).close();
    const db = await DuckDBInstance.create(path);
    const conn = await db.connect();
    await conn.run("DROP TABLE words; UPDATE meta SET value = '4' WHERE key = 'schema_version'");
    await conn.run(`INSERT INTO issues VALUES ('ISSUE-1', '捷信 · 催收', '[["捷信",1]]', '2026-11-01', '2026-11-01', '[["2026-11-01",3]]')`);
    conn.closeSync();
    db.closeSync();
    const before = readFileSync(path);
    const reader = await openDuckdbHistoryStore(path);
    expect(await reader.loadWords?.()).toEqual([]);
    await reader.close();
    expect(readFileSync(path).equals(before)).toBe(true);
    const store = await openDuckdbHistoryStore(path);
    const word = { word: '捷信', kind: 'word' as const, firstPeriod: '2026-11-02', lastPeriod: '2026-11-02', tickets: 9, cohesion: 120.25, entropy: 2.0794415416798357, score: 86.3 };
    await store.commit({ ...day('new', '2026-11-02', 3, { 捷信: 3 }), words: [word] });
    expect(await store.loadWords?.(undefined, { before: '2026-11-03' })).toEqual([word]);
    expect((await store.loadIssues()).map((i) => i.id)).toEqual(['ISSUE-1']);
    await store.close();
    const check = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
    const c2 = await check.connect();
    expect((await c2.runAndReadAll("SELECT value FROM meta WHERE key = 'schema_version'")).getRows()).toEqual([['5']]);
    c2.closeSync();
    check.closeSync();
  });

  it('openDuckdbHistoryStore(path) refuses a second open in the same process as locked, and allows it after close', async () => {
    const path = join(dir, 'same-process.duckdb');
    const first = await openDuckdbHistoryStore(path);
    await expectStateError(openDuckdbHistoryStore(path), 'locked');
    await first.close();
    const second = await openDuckdbHistoryStore(path);
    await second.close();
  });

  it('openDuckdbHistoryStore(path) refuses with locked while another process has the state open', async () => {
    const path = join(dir, 'other-process.duckdb');
    await (await openDuckdbHistoryStore(path)).close();
    const holder = await spawnUntil([fixture('hold-state.ts'), path], 'open');
    try {
      const error = await openDuckdbHistoryStore(path).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StateError);
      expect((error as StateError).reason).toBe('locked');
      expect((error as StateError).message).toMatch(/another run \(process \d+\)/);
    } finally {
      holder.kill('SIGKILL');
      await exited(holder);
    }
    const after = await openDuckdbHistoryStore(path);
    await after.close();
  });

  it('openDuckdbHistoryStore(path) after a run killed mid-commit opens and holds the old data', async () => {
    const path = join(dir, 'crash.duckdb');
    const before = await openDuckdbHistoryStore(path);
    await before.commit({ ...day('old-run', '2026-11-01', 80, { 宽带: 8 }), model: '{"from":"old-run"}' });
    await before.close();
    // 200 periods x 5000 terms: a commit of a million rows, several seconds, killed one second in.
    const child = await spawnUntil([fixture('commit-large.ts'), path, '200', '5000'], 'committing');
    await new Promise((r) => setTimeout(r, 1000));
    child.kill('SIGKILL');
    expect(await exited(child)).toBe('SIGKILL');
    const after = await openDuckdbHistoryStore(path);
    try {
      const all = await after.loadPeriodCounts('day', '2099-01-01', 1000);
      expect(all.map((p) => [p.period, p.tickets, p.counts.get('宽带')])).toEqual([['2026-11-01', 80, 8]]);
      expect(await after.loadModel()).toBe('{"from":"old-run"}');
      await after.commit(day('next-run', '2026-11-02', 90, { 宽带: 9 }));
      expect((await after.loadPeriodCounts('day', '2099-01-01', 10)).map((p) => p.period)).toEqual(['2026-11-02', '2026-11-01']);
    } finally {
      await after.close();
    }
    expect(existsSync(path)).toBe(true);
  });
});
