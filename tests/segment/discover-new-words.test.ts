import { describe, expect, it } from 'vitest';
import { createNodeRsSegmenter } from '../../src/segment/create-node-rs-segmenter.js';
import { discoverNewWords, segmenterKeepsWhole } from '../../src/segment/discover-new-words.js';
import { parseNewWordRules } from '../../src/segment/new-word-rules.js';
import { shippedTextModels } from './models-fixture.js';

const lefts = ['我在', '昨天', '投诉', '关于', '办理了', '朋友说', '今早', '上周'];
const rights = ['客服态度差', '一直催收', '利息太高', '乱扣费', '不给退款', '电话骚扰', '还款失败', '额度降低'];
const corpus = (names: readonly string[]): string[] =>
  names.flatMap((name) => lefts.flatMap((left) => rights.map((right) => `${left}${name}${right}。`)));

const text = shippedTextModels();
const texts = corpus(['捷信', '安逸花', '小浦无忧', '希望平台', '网络', '视频彩铃']);

describe('discoverNewWords', () => {
  it('returns the discovered words not known to the segmenter, not stopwords and not around a stopword', () => {
    const words = discoverNewWords(texts, { text }, {}, segmenterKeepsWhole(createNodeRsSegmenter(text.userDict)));
    const found = words.map((w) => w.word);
    expect(found).toEqual(expect.arrayContaining(['捷信', '安逸花', '小浦无忧', '视频彩铃']));
    // 网络 is in jieba's dictionary; 希望 is a shipped stopword.
    expect(found).not.toContain('网络');
    expect(found).not.toContain('希望平台');
    expect(words.every((w) => !w.pinned)).toBe(true);
  });

  it('keeps a suffixed word whose name starts with a verb (开通会员) or a suffix as a word, not an entity, given isVerb', () => {
    const sample = corpus(['开通会员', '视频彩铃']);
    const isVerb = (w: string): boolean => w === '开通';
    const options = { entitySuffixes: ['会员', '彩铃'] };
    const kinds = (words: Array<{ word: string; kind: string }>) => Object.fromEntries(words.map((w) => [w.word, w.kind]));
    expect(kinds(discoverNewWords(sample, { text }, options))).toMatchObject({ 开通会员: 'entity', 视频彩铃: 'entity' });
    expect(kinds(discoverNewWords(sample, { text }, options, undefined, isVerb))).toMatchObject({ 开通会员: 'word', 视频彩铃: 'entity' });
  });

  it('takes a name ending in a suffix whose last character is a stopword (华城银行: 行 is one)', () => {
    const words = discoverNewWords(corpus(['华城银行', '捷信']), { text }, { entitySuffixes: ['银行'] });
    expect(text.stopwords.has('行')).toBe(true);
    expect(words.find((w) => w.word === '华城银行')?.kind).toBe('entity');
  });

  it('puts pinned words first with their ticket count and never returns banned ones', () => {
    const newWords = parseNewWordRules('+锦绣江南\n+捷信\n-安逸花', 'new-words.txt');
    const words = discoverNewWords([...texts, '锦绣江南小区停电'], { text, newWords }, { sampleSize: texts.length + 1 });
    expect(words.slice(0, 2)).toEqual([
      { word: '锦绣江南', tickets: 1, cohesion: 0, entropy: 0, score: 0, kind: 'word', pinned: true },
      { word: '捷信', tickets: 64, cohesion: 0, entropy: 0, score: 0, kind: 'word', pinned: true },
    ]);
    const found = words.map((w) => w.word);
    expect(found.filter((w) => w === '捷信')).toHaveLength(1);
    expect(found).not.toContain('安逸花');
    expect(found).toContain('小浦无忧');
  });
});

describe('segmenterKeepsWhole', () => {
  it('is true for a word the segmenter returns as one token', () => {
    const known = segmenterKeepsWhole(createNodeRsSegmenter(text.userDict));
    expect(known('宽带')).toBe(true);
    expect(known('捷信')).toBe(false);
  });
});
