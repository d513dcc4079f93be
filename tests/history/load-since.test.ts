import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryHistoryStore } from '../../src/history/create-memory-history-store.js';
import type { HistoryStore, HistoryUpdate } from '../../src/history/history-types.js';
import { openDuckdbHistoryStore } from '../../src/history/open-duckdb-history-store.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const update: HistoryUpdate = {
  fingerprint: 'f1',
  kind: 'day',
  periodCounts: [],
  issues: [
    { id: 'I-old', label: 'old', terms: [['宽带', 1]], firstPeriod: '2026-01-01', lastPeriod: '2026-01-02', history: [['2026-01-02', 3]] },
    { id: 'I-new', label: 'new', terms: [['信号', 1]], firstPeriod: '2026-11-01', lastPeriod: '2026-11-20', history: [['2026-11-20', 5]] },
  ],
  warnings: [
    { key: 'top:I-old', level: 'yellow', tickets: 3, firstPeriod: '2026-01-01', lastPeriod: '2026-01-02' },
    { key: 'top:I-new', level: 'orange', tickets: 5, firstPeriod: '2026-11-01', lastPeriod: '2026-11-20' },
  ],
  customerTickets: [],
};

describe.each([
  ['memory', async (): Promise<HistoryStore> => createMemoryHistoryStore()],
  [
    'duckdb',
    async (): Promise<HistoryStore> => {
      const dir = await mkdtemp(join(tmpdir(), 'hotspots-since-'));
      dirs.push(dir);
      return openDuckdbHistoryStore(join(dir, 'state.duckdb'));
    },
  ],
])('%s store loadIssues(since) and loadWarnings(since)', (_name, open) => {
  it('return only what was seen on or after the period, so reads do not grow with years of history', async () => {
    const store = await open();
    await store.commit(update);
    expect((await store.loadIssues('2026-08-01')).map((i) => i.id)).toEqual(['I-new']);
    expect((await store.loadWarnings('2026-08-01')).map((w) => w.key)).toEqual(['top:I-new']);
    expect((await store.loadWarnings()).length).toBe(2);
    await store.close();
  });
});
