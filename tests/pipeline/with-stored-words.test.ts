import { describe, expect, it } from 'vitest';
import type { StoredWord } from '../../src/history/history-types.js';
import { withStoredWords } from '../../src/pipeline/with-stored-words.js';
import type { NewWord } from '../../src/segment/discover-new-words.js';

const stored = (word: string, score: number, kind: StoredWord['kind'] = 'word'): StoredWord => ({
  word,
  kind,
  firstPeriod: '2026-11-01',
  lastPeriod: '2026-11-03',
  tickets: 40,
  cohesion: 90,
  entropy: 2,
  score,
});
const found = (word: string, pinned = false): NewWord => ({ word, tickets: 9, cohesion: pinned ? 0 : 50, entropy: pinned ? 0 : 1.8, score: pinned ? 0 : 30, kind: 'word', pinned });

describe('withStoredWords(found, stored, sample, skip)', () => {
  it('marks found words the history held as kept, then adds the other stored words with their sample tickets, most held first', () => {
    const sample = ['捷信催收', '安逸花利息高', '捷信骚扰', '小浦无忧扣费'];
    const words = withStoredWords([found('锦绣江南', true), found('安逸花')], [stored('中原消费金融', 99, 'entity'), stored('安逸花', 70), stored('小浦无忧', 10), stored('捷信', 5)], sample, () => false);
    expect(words.map((w) => [w.word, w.status, w.tickets, w.firstPeriod])).toEqual([
      ['锦绣江南', 'new', 9, undefined],
      ['安逸花', 'kept', 9, '2026-11-01'],
      ['捷信', 'kept', 2, '2026-11-01'],
      ['小浦无忧', 'kept', 1, '2026-11-01'],
      ['中原消费金融', 'kept', 0, '2026-11-01'],
    ]);
    // A kept word carries the measures and kind of the run that last found it; a found one its own.
    expect(words.find((w) => w.word === '中原消费金融')).toMatchObject({ kind: 'entity', cohesion: 90, entropy: 2, score: 99, pinned: false });
    expect(words.find((w) => w.word === '安逸花')).toMatchObject({ cohesion: 50, score: 30 });
  });

  it('leaves out the stored words skip rules out now (banned, stopwords, known to the segmenter)', () => {
    const words = withStoredWords([], [stored('捷信', 5), stored('安逸花', 7)], ['捷信', '安逸花'], (w) => w === '捷信');
    expect(words.map((w) => w.word)).toEqual(['安逸花']);
  });
});
