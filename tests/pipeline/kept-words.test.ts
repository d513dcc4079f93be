import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, type AnalyzeResult } from '../../src/analyze.js';
import { UNDATED_TIME, type ReadResult, type TicketInput } from '../../src/core/ticket.js';
import { createMemoryHistoryStore } from '../../src/history/create-memory-history-store.js';
import type { HistoryStore } from '../../src/history/history-types.js';
import { openDuckdbHistoryStore } from '../../src/history/open-duckdb-history-store.js';
import { loadModels } from '../../src/models/load-models.js';
import type { Models } from '../../src/models/models.js';
import type { AnalyzeOptions } from '../../src/pipeline/analyze-options.js';
import { parseNewWordRules } from '../../src/segment/new-word-rules.js';

const dir = mkdtempSync(join(tmpdir(), 'hotspots-kept-words-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const now = new Date('2026-12-01T00:00:00Z');
/** Noon in Shanghai of a November 2026 day. */
const noon = (day: number): number => Date.UTC(2026, 10, day, 4);

const lefts = ['我在', '昨天', '投诉', '关于', '办理了', '朋友说', '今早', '上周'];
const rights = ['客服态度差', '一直催收', '利息太高', '乱扣费', '不给退款', '电话骚扰', '还款失败', '额度降低'];
/** Night 1: each name in 64 varied contexts, enough for the discovery to find them (捷信 among them). */
const night1 = (day: number): TicketInput[] =>
  ['捷信', '安逸花', '小浦无忧', '希望平台', '网络', '视频彩铃'].flatMap((name, n) =>
    lefts.flatMap((left, i) => rights.map((right, j) => ({ id: `N1-${n}-${i}-${j}`, text: `${left}${name}${right}。`, time: noon(day) + n * 600_000 + i * 60_000 + j * 1_000 }))),
  );
/** Night 2: three tickets on 捷信, too few for the discovery to find it on their own. */
const night2 = (day: number, time = noon(day)): TicketInput[] => [
  { id: `N2-${day}-1`, text: '捷信一直打电话催收，还骚扰我家人。', time },
  { id: `N2-${day}-2`, text: '投诉捷信利息太高，乱收服务费。', time: time === UNDATED_TIME ? time : time + 60_000 },
  { id: `N2-${day}-3`, text: '宽带晚上经常掉线，修了也没用。', time: time === UNDATED_TIME ? time : time + 120_000 },
];

/** Whether the run cut 捷信 as one term in some ticket. */
const cutWhole = (result: AnalyzeResult): boolean => result.corpus.vocab.terms.includes('捷信');
const wordOf = (result: AnalyzeResult, word: string) => result.report.newWords?.find((w) => w.word === word);

let models: Models;
beforeAll(async () => {
  models = await loadModels();
});

describe.each([
  ['memory', async (): Promise<{ open: () => Promise<HistoryStore>; done: (s: HistoryStore) => Promise<void> }> => {
    const store = createMemoryHistoryStore();
    return { open: async () => store, done: async () => undefined };
  }],
  ['duckdb', async (): Promise<{ open: () => Promise<HistoryStore>; done: (s: HistoryStore) => Promise<void> }> => {
    const path = join(dir, `state-${Math.random().toString(36).slice(2)}.duckdb`);
    return { open: () => openDuckdbHistoryStore(path), done: (s) => s.close() };
  }],
])('a word found on night 1 and kept by the history (%s store)', (_name, makeState) => {
  /** One nightly run against the state: open, analyze, commit, close, as the CLI does. */
  const nightly = async (state: Awaited<ReturnType<typeof makeState>>, tickets: TicketInput[] | ReadResult, options: AnalyzeOptions = {}, runModels = models): Promise<AnalyzeResult> => {
    const history = await state.open();
    try {
      const result = await analyze(tickets, options, { models: runModels, history, now });
      await history.commit(result.update);
      return result;
    } finally {
      await state.done(history);
    }
  };

  it('night 2, whose own sample is too small to find 捷信, still cuts it whole and lists it as kept', async () => {
    const alone = await analyze(night2(2), {}, { models, now });
    expect(wordOf(alone, '捷信')).toBeUndefined();
    expect(cutWhole(alone)).toBe(false);

    const state = await makeState();
    const first = await nightly(state, night1(1));
    expect(wordOf(first, '捷信')).toEqual({ word: '捷信', tickets: 64, kind: 'word', pinned: false, status: 'new' });
    expect(first.update.words?.find((w) => w.word === '捷信')).toMatchObject({ firstPeriod: '2026-11-01', lastPeriod: '2026-11-01', tickets: 64 });

    const second = await nightly(state, night2(2));
    expect(wordOf(second, '捷信')).toEqual({ word: '捷信', tickets: 2, kind: 'word', pinned: false, status: 'kept' });
    expect(cutWhole(second)).toBe(true);
    expect(second.update.periodCounts[0]?.counts.get('捷信')).toBe(2);
    // Seen again: the history moves its last period on and keeps its first, and night 1's measures.
    const stored = second.update.words?.find((w) => w.word === '捷信');
    expect(stored).toMatchObject({ firstPeriod: '2026-11-01', lastPeriod: '2026-11-02', tickets: 2 });
    expect(stored?.score).toBe(first.update.words?.find((w) => w.word === '捷信')?.score);

    // Night 3, again too small, keeps it through night 2's version.
    const third = await nightly(state, night2(3));
    expect(wordOf(third, '捷信')?.status).toBe('kept');
    expect(cutWhole(third)).toBe(true);
  });

  it('re-running night 2, and night 1 after night 2, gives the same report.json byte for byte', async () => {
    const state = await makeState();
    const first1 = await nightly(state, night1(1));
    const first2 = await nightly(state, night2(2));
    const again2 = await nightly(state, night2(2));
    expect(JSON.stringify(again2.report)).toBe(JSON.stringify(first2.report));
    expect(wordOf(again2, '捷信')?.status).toBe('kept');
    const again1 = await nightly(state, night1(1));
    expect(JSON.stringify(again1.report)).toBe(JSON.stringify(first1.report));
    expect(wordOf(again1, '捷信')?.status).toBe('new');
  });

  it('keeps a word only within history.keepDays before the night, and then prunes it', async () => {
    const state = await makeState();
    await nightly(state, night1(1), { history: { keepDays: 3 } });
    const withinWindow = await nightly(state, night2(4), { history: { keepDays: 3 } });
    expect(wordOf(withinWindow, '捷信')?.status).toBe('kept');
    const history = await state.open();
    expect((await history.loadWords?.())?.map((w) => [w.word, w.lastPeriod])).toContainEqual(['捷信', '2026-11-04']);
    await state.done(history);
    // Last seen on the 4th: the 8th's window (the 5th to the 7th) does not reach it.
    const late = await nightly(state, night2(8), { history: { keepDays: 3 } });
    expect(wordOf(late, '捷信')).toBeUndefined();
    expect(cutWhole(late)).toBe(false);
    expect(late.update.keepWordsFrom).toBe('2026-11-05');
    const after = await state.open();
    expect((await after.loadWords?.())?.map((w) => w.word)).not.toContain('捷信');
    await state.done(after);
  });

  it('a ban in models/new-words.txt wins over the history, and an undated run neither reads nor writes words', async () => {
    const state = await makeState();
    await nightly(state, night1(1));
    const banned = { ...models, newWords: parseNewWordRules('-捷信', 'new-words.txt') };
    const withBan = await nightly(state, night2(2), {}, banned);
    expect(wordOf(withBan, '捷信')).toBeUndefined();
    expect(cutWhole(withBan)).toBe(false);
    const plain = night2(3, UNDATED_TIME).map((t) => ({ ...t, fields: {} }));
    const undated = await nightly(state, { files: ['plain.csv'], tickets: plain, rejects: [], duplicates: 0, rowsRead: plain.length, undated: true });
    expect(wordOf(undated, '捷信')).toBeUndefined();
    expect(undated.update.words).toEqual([]);
  });
});
