import { describe, expect, it } from 'vitest';
import { forEachAdjacentPair } from '../../src/terms/adjacent-pairs.js';
import { corpusFromTokens } from '../helpers/corpus.js';

const pairs = (tokens: string[], text: string, maxGap = 4): string[] => {
  const corpus = corpusFromTokens([{ tokens, text }]);
  const out: string[] = [];
  forEachAdjacentPair(corpus, 0, maxGap, (a, b) => out.push(`${corpus.vocab.terms[a]}+${corpus.vocab.terms[b]}`));
  return out;
};

describe('forEachAdjacentPair', () => {
  it('forEachAdjacentPair(corpus, doc) pairs across a dropped word or comma but not across any sentence or clause end', () => {
    expect(pairs(['宽带', '掉线'], '宽带又掉线')).toEqual(['宽带+掉线']);
    expect(pairs(['宽带', '掉线'], '宽带，掉线')).toEqual(['宽带+掉线']);
    for (const end of ['。', '.', '!', '！', '?', '？', ';', '；', '\n']) expect(pairs(['宽带', '掉线'], `宽带${end}掉线`)).toEqual([]);
  });

  it('forEachAdjacentPair(corpus, doc, maxGap) skips neighbours further apart than maxGap and identical neighbours', () => {
    expect(pairs(['宽带', '掉线'], '宽带一二三掉线', 2)).toEqual([]);
    expect(pairs(['掉线', '掉线', '宽带'], '掉线掉线宽带')).toEqual(['掉线+宽带']);
  });
});
