import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/random.js';
import { dunningG2, findPhrases } from '../../src/terms/find-phrases.js';
import { corpusFromTokens } from '../helpers/corpus.js';

const filler = ['资费', '营业厅', '套餐', '流量', '信号差', '账单', '发票', '停机', '退费', '投诉'];

/** Random tickets of filler words, with the pair 宽带 掉线 planted in `planted` of them. */
function plantedCorpus(n: number, planted: number) {
  const random = createRandom(7);
  return corpusFromTokens(
    Array.from({ length: n }, (_, i) => {
      const tokens = Array.from({ length: 5 }, () => filler[random.int(filler.length)] ?? '资费');
      if (i < planted) tokens.splice(random.int(tokens.length), 0, '宽带', '掉线');
      return { tokens };
    }),
  );
}

describe('findPhrases', () => {
  it('findPhrases(corpus) finds a planted pair first, with its ticket count', () => {
    const phrases = findPhrases(plantedCorpus(200, 20));
    expect(phrases[0]?.term).toBe('宽带+掉线');
    expect(phrases[0]?.tickets).toBe(20);
    expect(phrases[0]?.g2).toBeGreaterThan(10.83);
  });

  it('findPhrases(corpus, { phraseMinTickets }) drops pairs seen in too few tickets', () => {
    const phrases = findPhrases(plantedCorpus(200, 2), { phraseMinTickets: 3 });
    expect(phrases.map((p) => p.term)).not.toContain('宽带+掉线');
  });

  it('findPhrases(corpus) does not pair words across a sentence break', () => {
    const rows = Array.from({ length: 10 }, () => ({ tokens: ['宽带', '掉线'], text: '宽带。掉线' }));
    expect(findPhrases(corpusFromTokens([...rows, { tokens: ['资费'] }]))).toEqual([]);
  });
});

describe('dunningG2', () => {
  it('dunningG2(table) is 0 under independence and grows with association', () => {
    expect(dunningG2(10, 10, 10, 10)).toBeCloseTo(0, 10);
    expect(dunningG2(20, 0, 0, 180)).toBeGreaterThan(dunningG2(10, 10, 10, 170));
  });
});
