import { describe, expect, it } from 'vitest';
import { ConfigError, HotspotsError } from '../../src/core/errors.js';
import { discoverWords } from '../../src/segment/discover-words.js';

/** Every name between every left and right context: varied neighbours on both sides, as in real complaints. */
function corpus(names: readonly string[]): string[] {
  const lefts = ['我在', '昨天', '投诉', '关于', '办理了', '朋友说', '今早', '上周'];
  const rights = ['客服态度差', '一直催收', '利息太高', '乱扣费', '不给退款', '电话骚扰', '还款失败', '额度降低'];
  const texts: string[] = [];
  for (const name of names) for (const left of lefts) for (const right of rights) texts.push(`${left}${name}${right}。`);
  return texts;
}

const NAMES = ['捷信', '招联好期贷', '中原消费金融', '小浦无忧', '安逸花', '视频彩铃'];

describe('discoverWords', () => {
  it('finds each repeated name whole, and none of its fragments', () => {
    const words = discoverWords(corpus(NAMES)).map((w) => w.word);
    expect(words).toEqual(expect.arrayContaining(NAMES));
    for (const fragment of ['联好期', '招联好', '好期贷', '原消费金融', '中原消费', '浦无忧', '逸花', '频彩铃']) {
      expect(words).not.toContain(fragment);
    }
  });

  it('marks names ending in a firm, place or product suffix as entities', () => {
    const kinds = new Map(discoverWords(corpus(NAMES)).map((w) => [w.word, w.kind]));
    expect(kinds.get('中原消费金融')).toBe('entity');
    expect(kinds.get('安逸花')).toBe('entity');
    expect(kinds.get('视频彩铃')).toBe('entity');
    expect(kinds.get('小浦无忧')).toBe('word');
  });

  it('reports tickets, cohesion, entropy and a score consistent with them', () => {
    const jiexin = discoverWords(corpus(NAMES)).find((w) => w.word === '捷信');
    expect(jiexin?.tickets).toBe(64);
    expect(jiexin?.cohesion).toBeGreaterThan(1);
    // Eight different contexts on each side, equally often: ln 8.
    expect(jiexin?.entropy).toBeCloseTo(Math.log(8), 6);
    expect(jiexin?.score).toBeCloseTo(64 * Math.log(jiexin?.cohesion ?? 0) * Math.log(8), 6);
  });

  it('returns the same words in the same order on every call (score, then word)', () => {
    const texts = corpus(NAMES);
    const first = discoverWords(texts);
    expect(discoverWords(texts)).toEqual(first);
    for (let i = 1; i < first.length; i++) expect(first[i - 1]!.score).toBeGreaterThanOrEqual(first[i]!.score);
  });

  it('skips known words, given as a set or a predicate', () => {
    const texts = corpus(NAMES);
    expect(discoverWords(texts, {}, new Set(['捷信'])).map((w) => w.word)).not.toContain('捷信');
    const words = discoverWords(texts, {}, (w) => w.endsWith('花')).map((w) => w.word);
    expect(words).not.toContain('安逸花');
    expect(words).toContain('小浦无忧');
  });

  it('rejects strings that start or end with a function character, and placeholders', () => {
    const texts = corpus(['了捷信', '捷信的']).concat(corpus(['<手机号>']));
    const words = discoverWords(texts).map((w) => w.word);
    expect(words.some((w) => w.startsWith('了') || w.endsWith('的'))).toBe(false);
    expect(words).not.toContain('手机号');
  });

  it('lets an entity start with a numeral (八里湖营业厅) but no other word (一个, 三天)', () => {
    const texts = corpus(['八里湖营业厅', '三天', '一个']);
    const words = discoverWords(texts, { entitySuffixes: ['营业厅'] });
    expect(words.find((w) => w.word === '八里湖营业厅')?.kind).toBe('entity');
    expect(words.some((w) => /^[一二三四五六七八九十两]/.test(w.word) && w.kind === 'word')).toBe(false);
  });

  it('wants two characters of name before an entity suffix: 装宽带 is no entity', () => {
    // With one character before the suffix it needs a word's cohesion, which 装 + 宽带 does not reach here.
    const kinds = new Map(discoverWords(corpus(['装宽带', '捷信']), { entitySuffixes: ['宽带'] }).map((w) => [w.word, w.kind]));
    expect(kinds.get('装宽带')).not.toBe('entity');
    expect(discoverWords(corpus(['装宽带', '捷信']), { entitySuffixes: ['宽带'], minEntityCohesion: 1, minCohesion: 1 }).find((w) => w.word === '装宽带')?.kind).toBe('word');
  });

  it('drops rare strings: fewer than minFrequency occurrences or minTickets texts', () => {
    const texts = corpus(NAMES);
    expect(discoverWords(texts, { minTickets: 65 }).map((w) => w.word)).not.toContain('捷信');
    const once = ['甲乙丙丁有问题。', '甲乙丙丁有问题。'];
    expect(discoverWords([...texts, ...once]).map((w) => w.word)).not.toContain('甲乙丙丁');
  });

  it('reads only the first sampleSize texts, or fewer when they hold more than sampleChars characters', () => {
    const first = corpus(NAMES);
    const texts = [...first, ...corpus(['锦绣江南'])];
    expect(discoverWords(texts).map((w) => w.word)).toContain('锦绣江南');
    for (const options of [{ sampleSize: first.length }, { sampleChars: first.join('.').length }]) {
      const words = discoverWords(texts, options).map((w) => w.word);
      expect(words).toContain('捷信');
      expect(words).not.toContain('锦绣江南');
    }
  });

  it('keeps at most maxWords, highest score first', () => {
    const all = discoverWords(corpus(NAMES));
    expect(all.length).toBeGreaterThan(2);
    expect(discoverWords(corpus(NAMES), { maxWords: 2 })).toEqual(all.slice(0, 2));
  });

  it('returns nothing for texts without Han characters', () => {
    expect(discoverWords(['no chinese here', '', '12345'])).toEqual([]);
    expect(discoverWords([])).toEqual([]);
  });

  it('throws ConfigError for invalid options and HotspotsError for a text that is not a string', () => {
    expect(() => discoverWords([], { minLength: 5, maxLength: 3 })).toThrow(ConfigError);
    expect(() => discoverWords([], { minFrequency: 1 })).toThrow(/discover\.minFrequency/);
    expect(() => discoverWords(['捷信', 42 as unknown as string])).toThrow(HotspotsError);
    expect(() => discoverWords(['捷信', 42 as unknown as string])).toThrow(/text 1 to be a string/);
  });
});
