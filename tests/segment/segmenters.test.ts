import { describe, expect, it } from 'vitest';
import { createNodeRsSegmenter } from '../../src/segment/create-node-rs-segmenter.js';
import { createNodejiebaSegmenter } from '../../src/segment/create-nodejieba-segmenter.js';
import type { Segmenter } from '../../src/segment/segmenter.js';
import { shippedTextModels } from './models-fixture.js';

const models = shippedTextModels();
const adapters: Array<[string, () => Segmenter]> = [
  ['createNodeRsSegmenter', () => createNodeRsSegmenter(models.userDict)],
  ['createNodejiebaSegmenter', () => createNodejiebaSegmenter(models.userDict)],
];

const sentences: Array<[string, string[]]> = [
  ['我家宽带老是掉线，光猫一直闪红灯', ['宽带', '掉线', '光猫']],
  ['我要携号转网，你们乱扣费，5G套餐资费太贵', ['携号转网', '乱扣费', '5G套餐', '资费']],
  ['上不了网，网断了三天了，信号差网速慢', ['上不了网', '网断了', '信号差', '网速慢']],
  ['帮我办理套餐降档和宽带续约，机顶盒移机装机', ['套餐降档', '宽带续约', '机顶盒', '移机', '装机']],
  ['流量包和增值业务，停机销户去营业厅，我要投诉到工信部', ['流量包', '增值业务', '停机', '销户', '营业厅', '工信部']],
  ['打10086和10010都没用，WiFi连不上', ['10086', '10010', 'WiFi']],
];

describe.each(adapters)('%s', (_name, create) => {
  const segmenter = create();

  it.each(sentences)('cut(%s) keeps dictionary words whole', (text, words) => {
    const tokens = segmenter.cut(text);
    for (const word of words) expect(tokens).toContain(word);
  });

  it('cut(text) returns tokens whose concatenation is the input', () => {
    for (const [text] of sentences) expect(segmenter.cut(text).join('')).toBe(text);
  });

  it('cut("") returns no tokens', () => {
    expect(segmenter.cut('')).toEqual([]);
  });

  it('isVerb(word) is true for a one-token verb only (开通, 申请; not 华城, 视频 or 开通会员)', () => {
    expect(['开通', '申请', '搭售'].map((w) => segmenter.isVerb?.(w))).toEqual([true, true, true]);
    expect(['华城', '视频', '开通会员'].map((w) => segmenter.isVerb?.(w))).toEqual([false, false, false]);
  });
});

describe('both adapters', () => {
  it('cut(text) gives the same tokens for the test sentences', () => {
    const [a, b] = adapters.map(([, create]) => create());
    for (const [text] of sentences) expect(b?.cut(text)).toEqual(a?.cut(text));
  });
});
