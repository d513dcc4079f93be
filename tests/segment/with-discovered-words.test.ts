import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { HotspotsError } from '../../src/core/errors.js';
import { createNodeRsSegmenter } from '../../src/segment/create-node-rs-segmenter.js';
import { createNodejiebaSegmenter } from '../../src/segment/create-nodejieba-segmenter.js';
import { discoverWords } from '../../src/segment/discover-words.js';
import type { Segmenter } from '../../src/segment/segmenter.js';
import { parseUserDict } from '../../src/segment/text-models.js';
import { DISCOVERED_WORD_FREQ, withDiscoveredWords } from '../../src/segment/with-discovered-words.js';
import { shippedTextModels } from './models-fixture.js';

const NAMES = ['捷信', '招联好期贷', '中原消费金融', '小浦无忧', '安逸花', '视频彩铃'];
const lefts = ['我在', '昨天', '投诉', '关于', '办理了', '朋友说', '今早', '上周'];
const rights = ['客服态度差', '一直催收', '利息太高', '乱扣费', '不给退款', '电话骚扰', '还款失败', '额度降低'];
const corpus = NAMES.flatMap((name) => lefts.flatMap((left) => rights.map((right) => `${left}${name}${right}。`)));
// Sentences the corpus does not hold, each name in a new context.
const sentences = [
  '捷信和招联好期贷都在催我还钱',
  '中原消费金融的利息比安逸花还高',
  '小浦无忧每月扣款，视频彩铃也没开通就收费',
];

const models = shippedTextModels();
let nodejiebaInstalled = true;
try {
  createRequire(import.meta.url).resolve('nodejieba');
} catch {
  nodejiebaInstalled = false;
}

const adapters: Array<[string, (userDict: string) => Segmenter, boolean]> = [
  ['createNodeRsSegmenter', createNodeRsSegmenter, true],
  ['createNodejiebaSegmenter', createNodejiebaSegmenter, nodejiebaInstalled],
];

describe.each(adapters)('%s with the discovered words', (_name, create, installed) => {
  it.runIf(installed)('keeps 捷信, 招联好期贷, 中原消费金融, 小浦无忧, 安逸花, 视频彩铃 whole, which it cut apart before', () => {
    const tokens = (s: Segmenter): string[] => sentences.flatMap((text) => s.cut(text));
    // nodejieba shares one dictionary per process: cut with the shipped dictionary before anything is added.
    const before = tokens(create(models.userDict));
    expect(NAMES.filter((name) => !before.includes(name)).length).toBeGreaterThanOrEqual(4);
    const discovered = discoverWords(corpus);
    expect(discovered.map((w) => w.word)).toEqual(expect.arrayContaining(NAMES));
    const after = create(withDiscoveredWords(models.userDict, discovered));
    for (const name of NAMES) expect(tokens(after)).toContain(name);
    for (const text of sentences) expect(after.cut(text).join('')).toBe(text);
  });
});

describe('withDiscoveredWords', () => {
  it('appends one "word freq n" line per new word, after the existing dictionary', () => {
    const dict = withDiscoveredWords('宽带 n\n光猫 n', [{ word: '捷信' }, '安逸花']);
    expect(dict).toBe(`宽带 n\n光猫 n\n捷信 ${DISCOVERED_WORD_FREQ} n\n安逸花 ${DISCOVERED_WORD_FREQ} n`);
    expect(parseUserDict(dict, 'dict').map((e) => e.word)).toEqual(['宽带', '光猫', '捷信', '安逸花']);
  });

  it('leaves listed words and duplicates alone, and returns the dictionary itself when nothing is new', () => {
    expect(withDiscoveredWords('捷信 50 nz\n', ['捷信', '众安', '众安'], 3000)).toBe('捷信 50 nz\n众安 3000 n');
    expect(withDiscoveredWords('宽带 n', ['宽带'])).toBe('宽带 n');
    expect(withDiscoveredWords('', ['捷信'], 10)).toBe('捷信 10 n');
  });

  it('throws a one-line HotspotsError for a word with a blank or control character, or a bad frequency', () => {
    expect(() => withDiscoveredWords('', ['捷 信'])).toThrow(HotspotsError);
    expect(() => withDiscoveredWords('', ['a\tb'])).toThrow(/without blanks/);
    expect(() => withDiscoveredWords('', [''])).toThrow(HotspotsError);
    expect(() => withDiscoveredWords('', ['捷信'], 0)).toThrow(/positive integer frequency/);
  });
});
