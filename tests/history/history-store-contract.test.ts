import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistoryStore } from '../../src/history/create-memory-history-store.js';
import type { HistoryStore, HistoryUpdate } from '../../src/history/history-types.js';
import { openDuckdbHistoryStore } from '../../src/history/open-duckdb-history-store.js';

const dir = mkdtempSync(join(tmpdir(), 'hotspots-contract-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const update = (over: Partial<HistoryUpdate>): HistoryUpdate => ({
  fingerprint: 'f1',
  kind: 'day',
  periodCounts: [],
  issues: [],
  warnings: [],
  customerTickets: [],
  ...over,
});
const pc = (period: string, tickets: number, counts: Record<string, number>) => ({
  period,
  tickets,
  counts: new Map(Object.entries(counts)),
});

describe.each([
  ['memory', async (): Promise<HistoryStore> => createMemoryHistoryStore()],
  ['duckdb', async (): Promise<HistoryStore> => openDuckdbHistoryStore(join(dir, `state-${++n}.duckdb`))],
])('HistoryStore contract (%s)', (_name, open) => {
  let store: HistoryStore;
  beforeEach(async () => {
    store = await open();
    return async () => store.close();
  });

  it('loadPeriodCounts(kind, before, limit) returns the latest periods strictly before, newest first', async () => {
    await store.commit(
      update({
        periodCounts: ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04'].map((p, i) =>
          pc(p, 100 + i, { 宽带: 10 + i, 掉线: i }),
        ),
      }),
    );
    const got = await store.loadPeriodCounts('day', '2026-11-04', 2);
    expect(got.map((p) => p.period)).toEqual(['2026-11-03', '2026-11-02']);
    expect(got[0]?.tickets).toBe(102);
    expect(got[0]?.counts.get('宽带')).toBe(12);
    expect(got[1]?.counts.get('掉线')).toBe(1);
    expect(await store.loadPeriodCounts('week', '2026-W50', 5)).toEqual([]);
    expect(await store.loadPeriodCounts('day', '2026-11-01', 5)).toEqual([]);
  });

  it('commit(update) with the same fingerprint replaces its rows, other fingerprints add up', async () => {
    await store.commit(update({ fingerprint: 'a', periodCounts: [pc('2026-11-01', 100, { 宽带: 10, 停机: 1 })] }));
    await store.commit(update({ fingerprint: 'a', periodCounts: [pc('2026-11-01', 100, { 宽带: 10 })] }));
    await store.commit(update({ fingerprint: 'b', periodCounts: [pc('2026-11-01', 50, { 宽带: 5 })] }));
    const [day] = await store.loadPeriodCounts('day', '2026-11-02', 7);
    expect(day?.tickets).toBe(150);
    expect(day?.counts.get('宽带')).toBe(15);
    expect(day?.counts.has('停机')).toBe(false);
    const [withoutB] = await store.loadPeriodCounts('day', '2026-11-02', 7, { excludeFingerprint: 'b' });
    expect(withoutB?.tickets).toBe(100);
    expect(withoutB?.counts.get('宽带')).toBe(10);
    expect(await store.loadPeriodCounts('day', '2026-11-02', 7, { excludeFingerprint: 'nope' })).toHaveLength(1);
  });

  it('loadPeriodSources(kind, periods) returns each other export of those periods with its tickets and sketch, by period and fingerprint', async () => {
    await store.commit(
      update({
        fingerprint: 'a',
        periodCounts: [pc('2026-11-01', 3, { 宽带: 2 }), pc('2026-11-02', 2, { 宽带: 1 })],
        periodSketches: [{ period: '2026-11-01', tickets: 3, sketch: [1, 5, 9] }],
      }),
    );
    await store.commit(update({ fingerprint: 'b', periodCounts: [pc('2026-11-02', 4, { 宽带: 4 })], periodSketches: [{ period: '2026-11-02', tickets: 4, sketch: [2, 3] }] }));
    await store.commit(update({ fingerprint: 'c', kind: 'week', periodCounts: [pc('2026-11-02', 9, {})] }));
    expect(await store.loadPeriodSources?.('day', ['2026-11-02', '2026-11-01', '2026-11-05'])).toEqual([
      { period: '2026-11-01', fingerprint: 'a', tickets: 3, sketch: [1, 5, 9] },
      { period: '2026-11-02', fingerprint: 'a', tickets: 2, sketch: undefined },
      { period: '2026-11-02', fingerprint: 'b', tickets: 4, sketch: [2, 3] },
    ]);
    expect(await store.loadPeriodSources?.('day', ['2026-11-02'], { excludeFingerprint: 'b' })).toEqual([
      { period: '2026-11-02', fingerprint: 'a', tickets: 2, sketch: undefined },
    ]);
  });

  it('commit(update) deletes the other exports\' periods it replaces, and only those', async () => {
    await store.commit(update({ fingerprint: 'a', periodCounts: [pc('2026-11-01', 100, { 宽带: 10 }), pc('2026-11-02', 80, { 宽带: 8 })], periodSketches: [{ period: '2026-11-02', tickets: 80, sketch: [7] }] }));
    await store.commit(update({ fingerprint: 'b', periodCounts: [pc('2026-11-02', 90, { 宽带: 9 })], replaces: [{ period: '2026-11-02', fingerprint: 'a' }] }));
    const days = await store.loadPeriodCounts('day', '2026-11-03', 7);
    expect(days.map((d) => [d.period, d.tickets, d.counts.get('宽带')])).toEqual([['2026-11-02', 90, 9], ['2026-11-01', 100, 10]]);
    expect((await store.loadPeriodSources?.('day', ['2026-11-01', '2026-11-02']))?.map((s) => [s.period, s.fingerprint])).toEqual([
      ['2026-11-01', 'a'],
      ['2026-11-02', 'b'],
    ]);
  });

  it('commit(update) keeps period kinds apart', async () => {
    await store.commit(update({ kind: 'week', periodCounts: [pc('2026-W45', 700, { 宽带: 70 })] }));
    await store.commit(update({ kind: 'day', periodCounts: [pc('2026-11-01', 100, { 宽带: 10 })] }));
    expect((await store.loadPeriodCounts('week', '2026-W46', 3))[0]?.tickets).toBe(700);
    expect((await store.loadPeriodCounts('day', '2026-11-02', 3))[0]?.tickets).toBe(100);
  });

  it('commit(update) upserts issues by id and loadIssues(since) filters by last period', async () => {
    const issue = {
      id: 'ISSUE-1',
      label: '宽带 掉线',
      terms: [['宽带', 0.8], ['掉线', 0.6]] as Array<[string, number]>,
      firstPeriod: '2026-11-01',
      lastPeriod: '2026-11-01',
      history: [['2026-11-01', 4]] as Array<[string, number]>,
    };
    await store.commit(update({ issues: [issue, { ...issue, id: 'ISSUE-2', label: '资费' }] }));
    await store.commit(
      update({ fingerprint: 'f2', issues: [{ ...issue, lastPeriod: '2026-11-03', history: [['2026-11-01', 4], ['2026-11-03', 9]] }] }),
    );
    const all = await store.loadIssues();
    expect(all.map((i) => i.id).sort()).toEqual(['ISSUE-1', 'ISSUE-2']);
    expect(all.find((i) => i.id === 'ISSUE-1')).toEqual({ ...issue, lastPeriod: '2026-11-03', history: [['2026-11-01', 4], ['2026-11-03', 9]] });
    expect((await store.loadIssues('2026-11-02')).map((i) => i.id)).toEqual(['ISSUE-1']);
  });

  it('commit(update) upserts warnings by key', async () => {
    const w = { key: 'burst:宽带+掉线', level: 'yellow' as const, tickets: 12, firstPeriod: '2026-11-01', lastPeriod: '2026-11-01' };
    await store.commit(update({ warnings: [w] }));
    await store.commit(update({ warnings: [{ ...w, level: 'red', tickets: 40, lastPeriod: '2026-11-02' }] }));
    expect(await store.loadWarnings()).toEqual([{ ...w, level: 'red', tickets: 40, lastPeriod: '2026-11-02' }]);
  });

  it('loadCustomerTickets(hashes, since) returns only those customers at or after since, one row per ticket', async () => {
    const t = { customerHash: 'h1', ticketId: 'T1', issueId: 'ISSUE-1', topicId: 'TOPIC-1', time: 1_000, simhash: '00ff00ff00ff00ff' };
    await store.commit(
      update({
        customerTickets: [t, { ...t, ticketId: 'T2', time: 5_000 }, { ...t, customerHash: 'h2', ticketId: 'T3', time: 6_000 }],
      }),
    );
    await store.commit(update({ fingerprint: 'f2', customerTickets: [{ ...t, ticketId: 'T2', time: 5_000, issueId: 'ISSUE-9' }] }));
    const got = await store.loadCustomerTickets(['h1'], 2_000);
    expect(got).toEqual([{ ...t, ticketId: 'T2', time: 5_000, issueId: 'ISSUE-9' }]);
    expect((await store.loadCustomerTickets(['h1', 'h2'], 0)).map((x) => x.ticketId).sort()).toEqual(['T1', 'T2', 'T3']);
    expect(await store.loadCustomerTickets([], 0)).toEqual([]);
  });

  it('loadIssues(since, { before }) gives each issue as it stood before the period, however later runs updated it', async () => {
    const v = (lastPeriod: string, history: Array<[string, number]>, label = '宽带 掉线') => ({
      id: 'ISSUE-1',
      label,
      terms: [['宽带', 1]] as Array<[string, number]>,
      firstPeriod: '2026-11-01',
      lastPeriod,
      history,
    });
    const first = v('2026-11-01', [['2026-11-01', 4]]);
    const second = v('2026-11-03', [['2026-11-01', 4], ['2026-11-03', 9]], '宽带 断网');
    const born = { ...v('2026-11-03', [['2026-11-03', 2]]), id: 'ISSUE-2', firstPeriod: '2026-11-03' };
    await store.commit(update({ fingerprint: 'n1', issues: [first] }));
    await store.commit(update({ fingerprint: 'n3', issues: [second, born] }));
    // Night 1 re-run after night 3: its own version is replaced, night 3's stays the latest.
    await store.commit(update({ fingerprint: 'n1', issues: [{ ...first, history: [['2026-11-01', 5]] }] }));
    expect(await store.loadIssues(undefined, { before: '2026-11-03' })).toEqual([{ ...first, history: [['2026-11-01', 5]] }]);
    expect(await store.loadIssues(undefined, { before: '2026-11-01' })).toEqual([]);
    expect(await store.loadIssues(undefined, { before: '2026-11-04' })).toEqual([second, born]);
    expect(await store.loadIssues()).toEqual([second, born]);
    expect(await store.loadIssues('2026-11-02', { before: '2026-11-03' })).toEqual([]);
  });

  it('loadWarnings(since, { before }) gives the warning state as it stood before the period', async () => {
    const raised = { key: 'top:ISSUE-1', level: 'yellow' as const, tickets: 5, firstPeriod: '2026-11-02', lastPeriod: '2026-11-02' };
    const continued = { ...raised, lastPeriod: '2026-11-03' };
    const escalated = { ...raised, level: 'red' as const, tickets: 20, lastPeriod: '2026-11-05' };
    await store.commit(update({ warnings: [raised, continued] }));
    await store.commit(update({ fingerprint: 'f5', warnings: [escalated] }));
    expect(await store.loadWarnings(undefined, { before: '2026-11-02' })).toEqual([]);
    expect(await store.loadWarnings(undefined, { before: '2026-11-03' })).toEqual([raised]);
    expect(await store.loadWarnings(undefined, { before: '2026-11-05' })).toEqual([continued]);
    expect(await store.loadWarnings()).toEqual([escalated]);
    expect(await store.loadWarnings('2026-11-04', { before: '2026-11-05' })).toEqual([]);
  });

  it('commit({ keepVersionsFrom }) drops older versions but each id\'s latest, so loads from that period on are unchanged', async () => {
    const w = (lastPeriod: string, tickets: number) => ({ key: 'burst:掉线', level: 'orange' as const, tickets, firstPeriod: '2026-11-01', lastPeriod });
    const i = (id: string, lastPeriod: string) => ({ id, label: id, terms: [] as Array<[string, number]>, firstPeriod: '2026-11-01', lastPeriod, history: [[lastPeriod, 3]] as Array<[string, number]> });
    await store.commit(update({ warnings: [w('2026-11-01', 3), w('2026-11-02', 4), w('2026-11-04', 5), w('2026-11-06', 6)], issues: [i('A', '2026-11-01'), i('A', '2026-11-02'), i('B', '2026-11-01')] }));
    const asOf = async (before: string) => [await store.loadWarnings(undefined, { before }), await store.loadIssues(undefined, { before })];
    const before = await Promise.all(['2026-11-03', '2026-11-05', '2026-11-07'].map(asOf));
    expect((await asOf('2026-11-02'))[0]).toEqual([w('2026-11-01', 3)]);
    await store.commit(update({ fingerprint: 'f2', keepVersionsFrom: '2026-11-03' }));
    expect(await Promise.all(['2026-11-03', '2026-11-05', '2026-11-07'].map(asOf))).toEqual(before);
    // Before the bound only the latest version is left: 11-01 is gone, 11-02 stands in for it.
    expect((await asOf('2026-11-02'))[0]).toEqual([]);
    expect((await asOf('2026-11-02'))[1]).toEqual([i('B', '2026-11-01')]);
  });

  it('loadWords(since, { before }) gives each word as it stood before the period, ordered by word, however later runs updated it', async () => {
    const v = (word: string, firstPeriod: string, lastPeriod: string, tickets: number) => ({
      word,
      kind: word.endsWith('金融') ? ('entity' as const) : ('word' as const),
      firstPeriod,
      lastPeriod,
      tickets,
      cohesion: 212.5,
      entropy: 1.9459101090932196,
      score: 0.1 + tickets,
    });
    await store.commit(update({ fingerprint: 'n1', words: [v('捷信', '2026-11-01', '2026-11-01', 40)] }));
    await store.commit(update({ fingerprint: 'n3', words: [v('捷信', '2026-11-01', '2026-11-03', 3), v('中原消费金融', '2026-11-03', '2026-11-03', 12)] }));
    // Night 1 re-run after night 3 replaces its own version only.
    await store.commit(update({ fingerprint: 'n1', words: [v('捷信', '2026-11-01', '2026-11-01', 41)] }));
    expect(await store.loadWords?.(undefined, { before: '2026-11-01' })).toEqual([]);
    expect(await store.loadWords?.(undefined, { before: '2026-11-03' })).toEqual([v('捷信', '2026-11-01', '2026-11-01', 41)]);
    expect(await store.loadWords?.(undefined, { before: '2026-11-04' })).toEqual([v('中原消费金融', '2026-11-03', '2026-11-03', 12), v('捷信', '2026-11-01', '2026-11-03', 3)]);
    expect(await store.loadWords?.()).toEqual(await store.loadWords?.(undefined, { before: '2026-11-04' }));
    expect(await store.loadWords?.('2026-11-02', { before: '2026-11-03' })).toEqual([]);
    // Commits without words keep them.
    await store.commit(update({ fingerprint: 'n4' }));
    expect(((await store.loadWords?.()) ?? []).map((w) => w.word)).toEqual(['中原消费金融', '捷信']);
  });

  it('commit({ keepWordsFrom }) drops word versions last seen before it, so loads of windows from it on are unchanged', async () => {
    const v = (word: string, lastPeriod: string) => ({ word, kind: 'word' as const, firstPeriod: '2026-11-01', lastPeriod, tickets: 5, cohesion: 50, entropy: 2, score: 19.6 });
    await store.commit(update({ words: [v('捷信', '2026-11-01'), v('捷信', '2026-11-04'), v('安逸花', '2026-11-02'), v('小浦无忧', '2026-11-05')] }));
    const windows = async () => Promise.all(['2026-11-04', '2026-11-05', '2026-11-06'].map((before) => store.loadWords?.('2026-11-03', { before })));
    const kept = await windows();
    await store.commit(update({ fingerprint: 'f2', keepWordsFrom: '2026-11-03' }));
    expect(await windows()).toEqual(kept);
    expect(((await store.loadWords?.()) ?? []).map((w) => [w.word, w.lastPeriod])).toEqual([['小浦无忧', '2026-11-05'], ['捷信', '2026-11-04']]);
    expect(await store.loadWords?.(undefined, { before: '2026-11-04' })).toEqual([]);
  });

  it('loadCustomerTickets(hashes, since, { beforeMs }) leaves out tickets at or after beforeMs', async () => {
    const t = { customerHash: 'h1', ticketId: 'T1', issueId: '', topicId: 'TOPIC-1', time: 1_000, simhash: '00ff00ff00ff00ff' };
    await store.commit(update({ customerTickets: [t, { ...t, ticketId: 'T2', time: 5_000 }, { ...t, ticketId: 'T3', time: 9_000 }] }));
    expect((await store.loadCustomerTickets(['h1'], 0, { beforeMs: 5_000 })).map((x) => x.ticketId)).toEqual(['T1']);
    expect((await store.loadCustomerTickets(['h1'], 2_000, { beforeMs: 9_001 })).map((x) => x.ticketId)).toEqual(['T2', 'T3']);
  });

  it('loadModel() returns the latest model, and commits without one keep it', async () => {
    expect(await store.loadModel()).toBeUndefined();
    await store.commit(update({ model: '{"v":1}' }));
    await store.commit(update({ model: '{"v":2}' }));
    await store.commit(update({}));
    expect(await store.loadModel()).toBe('{"v":2}');
  });

  it('commit(update) with a bad row applies nothing', async () => {
    await store.commit(update({ periodCounts: [pc('2026-11-01', 100, { 宽带: 10 })] }));
    await expect(
      store.commit(
        update({
          fingerprint: 'f1',
          periodCounts: [pc('2026-11-01', 1, { 宽带: 1 }), pc('2026-11-02', -5, {})],
          model: '{"bad":true}',
        }),
      ),
    ).rejects.toThrow(/non-negative integer/);
    expect((await store.loadPeriodCounts('day', '2026-11-03', 7)).map((p) => [p.period, p.tickets])).toEqual([['2026-11-01', 100]]);
    expect(await store.loadModel()).toBeUndefined();
  });

  it('loadPeriodCounts(kind, before, limit, { terms }) reads only those terms, and with [] the totals alone', async () => {
    await store.commit(update({ fingerprint: 'a', periodCounts: [pc('2026-11-01', 100, { 宽带: 10, 掉线: 4 }), pc('2026-11-02', 80, { 宽带: 8, 停机: 2 })] }));
    await store.commit(update({ fingerprint: 'b', periodCounts: [pc('2026-11-02', 20, { 宽带: 1, 掉线: 3 })] }));
    const got = await store.loadPeriodCounts('day', '2026-11-03', 5, { terms: ['宽带', '掉线', '没有'] });
    expect(got.map((p) => [p.period, p.tickets, Object.fromEntries(p.counts)])).toEqual([
      ['2026-11-02', 100, { 宽带: 9, 掉线: 3 }],
      ['2026-11-01', 100, { 宽带: 10, 掉线: 4 }],
    ]);
    const totals = await store.loadPeriodCounts('day', '2026-11-03', 5, { terms: [] });
    expect(totals.map((p) => [p.period, p.tickets, p.counts.size])).toEqual([['2026-11-02', 100, 0], ['2026-11-01', 100, 0]]);
  });

  it('loadRangeCounts(kind, from, through) sums the stored periods of the range, both ends included', async () => {
    await store.commit(update({ fingerprint: 'a', periodCounts: ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04'].map((p, i) => pc(p, 10 + i, { 宽带: 1 + i, 掉线: 1 })) }));
    await store.commit(update({ fingerprint: 'b', periodCounts: [pc('2026-11-03', 5, { 宽带: 2, 停机: 5 })] }));
    await store.commit(update({ fingerprint: 'w', kind: 'week', periodCounts: [pc('2026-W45', 999, { 宽带: 99 })] }));
    const got = await store.loadRangeCounts('day', '2026-11-02', '2026-11-03');
    expect(got.periods).toEqual([{ period: '2026-11-02', tickets: 11 }, { period: '2026-11-03', tickets: 17 }]);
    expect(Object.fromEntries(got.counts)).toEqual({ 宽带: 2 + 3 + 2, 掉线: 2, 停机: 5 });
    expect(await store.loadRangeCounts('day', '2026-12-01', '2026-12-31')).toEqual({ periods: [], counts: new Map() });
  });

  it('commit({ periodSummaries }) keeps one summary per period and export, replaced by a re-run and dropped with its counts', async () => {
    const summary = (period: string, label: string) => ({
      period,
      issues: [{ id: 'ISSUE-1', label, terms: ['宽带'], tickets: 4, customers: 3, examples: [{ ticketId: 'T1', text: '宽带掉线<手机号>' }] }],
      warnings: [],
      risingTerms: [],
    });
    await store.commit(update({ fingerprint: 'a', periodCounts: [pc('2026-11-01', 10, {}), pc('2026-11-02', 10, {})], periodSummaries: [summary('2026-11-01', 'a1'), summary('2026-11-02', 'a2')] }));
    await store.commit(update({ fingerprint: 'b', periodCounts: [pc('2026-11-02', 5, {})], periodSummaries: [summary('2026-11-02', 'b2')] }));
    // A summary without counts of its period in the same commit is not kept.
    await store.commit(update({ fingerprint: 'c', periodCounts: [pc('2026-11-03', 5, {})], periodSummaries: [summary('2026-11-04', 'orphan')] }));
    const labels = async () => (await store.loadPeriodSummaries('day', '2026-11-01', '2026-11-30')).map((s) => [s.period, s.issues[0]?.label]);
    expect(await labels()).toEqual([['2026-11-01', 'a1'], ['2026-11-02', 'a2'], ['2026-11-02', 'b2']]);
    await store.commit(update({ fingerprint: 'a', periodCounts: [pc('2026-11-01', 10, {})], periodSummaries: [summary('2026-11-01', 'a1 again')] }));
    expect(await labels()).toEqual([['2026-11-01', 'a1 again'], ['2026-11-02', 'b2']]);
    await store.commit(update({ fingerprint: 'd', periodCounts: [pc('2026-11-02', 15, {})], replaces: [{ period: '2026-11-02', fingerprint: 'b' }] }));
    expect(await labels()).toEqual([['2026-11-01', 'a1 again']]);
    expect((await store.loadPeriodSummaries('day', '2026-11-01', '2026-11-01'))[0]).toEqual(summary('2026-11-01', 'a1 again'));
  });

  it('commit({ keepDetailFrom }) drops older periods\' term counts, sketches and summaries and older customer tickets, keeping their totals', async () => {
    const summary = (period: string) => ({ period, issues: [], warnings: [], risingTerms: [] });
    const t = { customerHash: 'h1', ticketId: 'T1', issueId: '', topicId: 'TOPIC-1', time: 1_000, simhash: '00ff00ff00ff00ff' };
    await store.commit(
      update({
        fingerprint: 'a',
        periodCounts: [pc('2026-11-01', 10, { 宽带: 4 }), pc('2026-11-02', 20, { 宽带: 5 }), pc('2026-11-03', 30, { 宽带: 6 })],
        periodSketches: ['2026-11-01', '2026-11-02', '2026-11-03'].map((period) => ({ period, tickets: 1, sketch: [1] })),
        periodSummaries: ['2026-11-01', '2026-11-02', '2026-11-03'].map(summary),
        customerTickets: [t, { ...t, ticketId: 'T2', time: 5_000 }],
      }),
    );
    await store.commit(update({ fingerprint: 'b', periodCounts: [pc('2026-11-04', 5, { 宽带: 1 })], keepDetailFrom: { period: '2026-11-03', timeMs: 2_000 } }));
    const counts = await store.loadPeriodCounts('day', '2026-11-05', 10);
    expect(counts.map((p) => [p.period, p.tickets, Object.fromEntries(p.counts)])).toEqual([
      ['2026-11-04', 5, { 宽带: 1 }],
      ['2026-11-03', 30, { 宽带: 6 }],
      ['2026-11-02', 20, {}],
      ['2026-11-01', 10, {}],
    ]);
    expect((await store.loadPeriodSummaries('day', '2026-11-01', '2026-11-30')).map((s) => s.period)).toEqual(['2026-11-03']);
    expect((await store.loadPeriodSources?.('day', ['2026-11-02', '2026-11-03']))?.map((p) => [p.period, p.sketch])).toEqual([
      ['2026-11-02', undefined],
      ['2026-11-03', [1]],
    ]);
    expect((await store.loadCustomerTickets(['h1'], 0)).map((x) => x.ticketId)).toEqual(['T2']);
  });

  it('loadPeriodCounts(…) returns copies: changing them does not change the store', async () => {
    await store.commit(update({ periodCounts: [pc('2026-11-01', 100, { 宽带: 10 })] }));
    const [first] = await store.loadPeriodCounts('day', '2026-11-02', 1);
    first?.counts.set('宽带', 999);
    expect((await store.loadPeriodCounts('day', '2026-11-02', 1))[0]?.counts.get('宽带')).toBe(10);
  });
});
