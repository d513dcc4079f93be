import { describe, expect, it } from 'vitest';
import { createNodeRsSegmenter } from '../../src/segment/create-node-rs-segmenter.js';
import { cutPieces } from '../../src/segment/cut-batched.js';
import type { Segmenter } from '../../src/segment/segmenter.js';

const collect = (pieces: string[], segmenter: Segmenter, batchChars?: number): string[][] => {
  const out: string[][] = pieces.map(() => []);
  cutPieces(pieces, segmenter, (p, token, start) => {
    expect(pieces[p]?.slice(start, start + token.length)).toBe(token);
    out[p]?.push(token);
  }, batchChars);
  return out;
};

describe('cutPieces', () => {
  const jieba = createNodeRsSegmenter();

  it('cutPieces(pieces, jieba) gives the tokens of cutting each piece alone', () => {
    const pieces = ['宽带老是断网', 'WiFi连不上!', '。光猫', 'abc', '5G套餐 太贵了\n真的'];
    expect(collect(pieces, jieba)).toEqual(pieces.map((p) => jieba.cut(p)));
    expect(collect(pieces, jieba, 4)).toEqual(pieces.map((p) => jieba.cut(p)));
  });

  it('cutPieces(pieces ending in CR) falls back to one cut per piece', () => {
    const pieces = ['网速慢\r', '信号差'];
    expect(collect(pieces, jieba)).toEqual(pieces.map((p) => jieba.cut(p)));
  });

  it('cutPieces(pieces, segmenter that merges across the separator) still keeps pieces apart', () => {
    const calls: string[] = [];
    // Cuts in two-character tokens, so a joined batch straddles piece boundaries.
    const pairs: Segmenter = {
      name: 'pairs',
      cut: (text) => {
        calls.push(text);
        return text.match(/[\s\S]{1,2}/g) ?? [];
      },
    };
    expect(collect(['abc', 'de'], pairs)).toEqual([['ab', 'c'], ['de']]);
    expect(calls).toEqual(['abc\nde', 'abc', 'de']);
  });
});
