import { describe, expect, it } from 'vitest';
import { buildTfidf } from '../../src/cluster/build-tfidf.js';
import { corpusFromTokens } from '../helpers/corpus.js';

const corpus = corpusFromTokens([
  { tokens: ['宽带', '掉线', '掉线', '小区'] },
  { tokens: ['宽带', '掉线'] },
  { tokens: ['话费', '扣费'] },
  { tokens: ['话费', '扣费', '孤词'] },
]);

describe('buildTfidf', () => {
  it('buildTfidf(corpus) drops terms below min df and gives unit-length rows', () => {
    const m = buildTfidf(corpus, { minDf: 2, maxDfRatio: 1 });
    expect(m.terms.sort()).toEqual(['宽带', '扣费', '掉线', '话费'].sort());
    for (let i = 0; i < m.rows; i++) {
      let sq = 0;
      for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) sq += m.values[p]! ** 2;
      expect(sq).toBeCloseTo(1, 5);
    }
  });
  it('buildTfidf(corpus) weights a repeated term by 1 + ln(tf)', () => {
    const m = buildTfidf(corpus, { minDf: 2, maxDfRatio: 1 });
    const col = (t: string): number => m.terms.indexOf(t);
    const weight = (row: number, c: number): number => {
      for (let p = m.indptr[row]!; p < m.indptr[row + 1]!; p++) if (m.indices[p] === c) return m.values[p]!;
      return 0;
    };
    // Same idf for both terms (df 2): the ratio is the tf factor alone.
    expect(weight(0, col('掉线')) / weight(0, col('宽带'))).toBeCloseTo(1 + Math.log(2), 5);
  });
  it('buildTfidf(corpus) drops terms above the max df ratio', () => {
    const m = buildTfidf(
      corpusFromTokens([{ tokens: ['都有', 'a'] }, { tokens: ['都有', 'a'] }, { tokens: ['都有', 'b'] }, { tokens: ['都有', 'b'] }]),
      { minDf: 1, maxDfRatio: 0.5 },
    );
    expect(m.terms).not.toContain('都有');
    expect(m.terms).toContain('a');
  });
  it('buildTfidf(corpus, options, weights) drops a term whose weight is 0', () => {
    const weights = new Float32Array(corpus.vocab.terms.length).fill(1);
    weights[corpus.vocab.ids.get('宽带')!] = 0;
    expect(buildTfidf(corpus, { minDf: 2, maxDfRatio: 1 }, weights).terms).not.toContain('宽带');
  });
});
