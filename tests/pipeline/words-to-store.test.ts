import { describe, expect, it } from 'vitest';
import type { RunWord } from '../../src/pipeline/with-stored-words.js';
import { wordsToStore } from '../../src/pipeline/words-to-store.js';

const word = (w: string, tickets: number, over: Partial<RunWord> = {}): RunWord => ({ word: w, tickets, cohesion: 60, entropy: 2, score: 40, kind: 'word', pinned: false, status: 'new', ...over });
const counts = (period: string, terms: Record<string, number>) => ({ period, tickets: 10, counts: new Map(Object.entries(terms)) });

describe('wordsToStore(words, counts)', () => {
  const periods = [counts('2026-11-04', { 宽带: 3 }), counts('2026-11-05', { 捷信: 2, 安逸花: 1 }), counts('2026-11-06', { 捷信: 1 })];

  it('writes each word the run saw under its last period, first seen where the history or its tickets first had it', () => {
    const out = wordsToStore([word('捷信', 0, { status: 'kept', firstPeriod: '2026-10-20', score: 7 }), word('安逸花', 4), word('小浦无忧', 3)], periods);
    expect(out).toEqual([
      { word: '捷信', kind: 'word', firstPeriod: '2026-10-20', lastPeriod: '2026-11-06', tickets: 0, cohesion: 60, entropy: 2, score: 7 },
      { word: '安逸花', kind: 'word', firstPeriod: '2026-11-05', lastPeriod: '2026-11-06', tickets: 4, cohesion: 60, entropy: 2, score: 40 },
      // In the sample but in no period's counts: first seen with the run.
      { word: '小浦无忧', kind: 'word', firstPeriod: '2026-11-04', lastPeriod: '2026-11-06', tickets: 3, cohesion: 60, entropy: 2, score: 40 },
    ]);
  });

  it('leaves out pinned words, kept words nothing held this run, and everything of a run without periods', () => {
    expect(wordsToStore([word('锦绣江南', 5, { pinned: true }), word('中原消费金融', 0, { status: 'kept', firstPeriod: '2026-10-01' })], periods)).toEqual([]);
    expect(wordsToStore([word('安逸花', 4)], [])).toEqual([]);
  });
});
