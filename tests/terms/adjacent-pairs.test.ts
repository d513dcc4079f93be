import { describe, expect, it } from 'vitest';
import { forEachAdjacentPair, markAdjacentPairs } from '../../src/terms/adjacent-pairs.js';
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

describe('markAdjacentPairs(corpus, maxGap)', () => {
  const rows = [
    { tokens: ['宽带', '掉线', '资费'], text: '宽带又掉线。资费' },
    { tokens: ['光猫'], text: '光猫' },
    { tokens: ['掉线', '掉线', '宽带', '光猫'], text: '掉线掉线宽带一二三四五光猫' },
  ];
  const all = (corpus: ReturnType<typeof corpusFromTokens>, maxGap: number): string[][] =>
    corpus.docs.map((_, doc) => {
      const out: string[] = [];
      forEachAdjacentPair(corpus, doc, maxGap, (a, b) => out.push(`${corpus.vocab.terms[a]}+${corpus.vocab.terms[b]}`));
      return out;
    });

  it('leaves forEachAdjacentPair giving the same pairs, for the gap marked and any other', () => {
    const corpus = corpusFromTokens(rows);
    const before = [all(corpus, 4), all(corpus, 6)];
    markAdjacentPairs(corpus, 4);
    expect([all(corpus, 4), all(corpus, 6)]).toEqual(before);
    expect(before[0]).toEqual([['宽带+掉线'], [], ['掉线+宽带']]);
    expect(before[1]![2]).toEqual(['掉线+宽带', '宽带+光猫']);
  });

  it('walks a document changed after marking afresh', () => {
    const corpus = corpusFromTokens(rows);
    markAdjacentPairs(corpus, 4);
    corpus.docs[1] = corpusFromTokens([{ tokens: ['宽带', '掉线'] }]).docs[0]!;
    corpus.tickets[1] = { ...corpus.tickets[1]!, text: '宽带掉线' };
    // Term ids of the other corpus: 0 and 1 are 宽带 and 掉线 in both.
    expect(all(corpus, 4)[1]).toEqual(['宽带+掉线']);
  });
});
