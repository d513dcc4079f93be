import { describe, expect, it } from 'vitest';
import { corpusPairIds, CorpusPairCounter, countAdjacentPairs, PairTexts } from '../../src/terms/count-adjacent-pairs.js';
import { findPhrases } from '../../src/terms/find-phrases.js';
import { corpusFromTokens } from '../helpers/corpus.js';

describe('countAdjacentPairs(corpus, docs, maxGap, minTickets, texts?)', () => {
  const corpus = corpusFromTokens([
    { tokens: ['宽带', '掉线', '宽带', '掉线'] },
    { tokens: ['光猫', '宽带', '掉线'] },
    { tokens: ['资费', '光猫'] },
    { tokens: ['资费', '光猫', '宽带'] },
    { text: '宽带。掉线', tokens: ['宽带', '掉线'] },
  ]);

  it('counts each adjacent pair once per ticket, keeps those of minTickets or more, in order of first appearance', () => {
    expect([...countAdjacentPairs(corpus, [0, 1, 2, 3, 4], 4, 1)]).toEqual([
      ['宽带+掉线', 2],
      ['掉线+宽带', 1],
      ['光猫+宽带', 2],
      ['资费+光猫', 2],
    ]);
    expect([...countAdjacentPairs(corpus, [0, 1, 2, 3], 4, 2)]).toEqual([
      ['宽带+掉线', 2],
      ['光猫+宽带', 2],
      ['资费+光猫', 2],
    ]);
    // Only the tickets given count.
    expect([...countAdjacentPairs(corpus, [2, 3], 4, 2)]).toEqual([['资费+光猫', 2]]);
  });

  it('gives the same counts with one PairTexts shared by every period', () => {
    const texts = new PairTexts(corpus.vocab.terms);
    for (const docs of [[0, 1], [1, 2, 3], [0, 1, 2, 3, 4]]) {
      expect([...countAdjacentPairs(corpus, docs, 4, 1, texts)]).toEqual([...countAdjacentPairs(corpus, docs, 4, 1)]);
    }
    expect(texts.of(0, 1)).toBe('宽带+掉线');
  });

  it('counts the same from the corpus pair ids made once (CorpusPairCounter), for any sets of tickets in turn', () => {
    const pairs = corpusPairIds(corpus, 4);
    expect(pairs.visitStart[corpus.docs.length]).toBe(pairs.ids.length);
    const counter = new CorpusPairCounter(pairs, corpus.vocab.terms);
    for (const [docs, min] of [[[0, 1], 1], [[1, 2, 3], 1], [[0, 1, 2, 3, 4], 1], [[0, 1, 2, 3], 2], [[3, 2], 1], [[], 1], [[4], 1]] as Array<[number[], number]>) {
      expect([...counter.count(docs, min)]).toEqual([...countAdjacentPairs(corpus, docs, 4, min)]);
    }
    // The same ids when the corpus's pairs were marked before (the walk then reads the marks).
    const again = corpusPairIds(corpus, 4);
    expect([...again.ids]).toEqual([...pairs.ids]);
    expect([...again.visitStart]).toEqual([...pairs.visitStart]);
    const options = { phraseMinTickets: 1, phraseMinG2: 0 };
    expect(findPhrases(corpus, options, pairs)).toEqual(findPhrases(corpus, options));
  });
});
