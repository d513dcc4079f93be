import { describe, expect, it } from 'vitest';
import { countTermsByPeriod } from '../../src/terms/count-terms-by-period.js';
import { findPhrases } from '../../src/terms/find-phrases.js';
import { corpusFromTokens } from '../helpers/corpus.js';

describe('countTermsByPeriod', () => {
  const corpus = corpusFromTokens([
    { id: 'a', tokens: ['宽带', '掉线', '掉线'], customerHash: 'c1' },
    { id: 'b', tokens: ['宽带', '掉线'], customerHash: 'c1' },
    { id: 'c', tokens: ['宽带', '掉线'] },
    { id: 'd', tokens: ['资费'], customerHash: 'c2' },
    { id: 'e', tokens: ['宽带', '掉线'], customerHash: 'c3' },
  ]);
  const periods = ['2026-11-22', '2026-11-22', '2026-11-22', '2026-11-21', '2026-11-21'];

  it('countTermsByPeriod(corpus, periodIds) counts tickets, distinct customers and ticket ids per period', () => {
    const result = countTermsByPeriod(corpus, periods);
    expect(result.map((p) => [p.period, p.tickets])).toEqual([
      ['2026-11-21', 2],
      ['2026-11-22', 3],
    ]);
    const day = result[1];
    expect(day?.counts.get('掉线')).toBe(3);
    // c1 twice counts once; the ticket without customer counts as its own.
    expect(day?.customers.get('掉线')).toBe(2);
    expect(day?.ticketIds.get('掉线')).toEqual(['a', 'b', 'c']);
    expect(result[0]?.counts.get('资费')).toBe(1);
    expect(result[0]?.counts.has('掉线')).toBe(true);
    expect(day?.counts.has('资费')).toBe(false);
  });

  it('countTermsByPeriod(corpus, periodIds, phrases) counts phrases as a+b', () => {
    const mixed = corpusFromTokens([
      { id: 'a', tokens: ['宽带', '掉线', '资费'] },
      { id: 'b', tokens: ['光猫', '宽带', '掉线'] },
      { id: 'c', tokens: ['宽带', '掉线', '营业厅'] },
      { id: 'd', tokens: ['资费', '光猫', '营业厅'] },
      { id: 'e', tokens: ['宽带', '掉线', '资费'] },
    ]);
    const phrases = findPhrases(mixed, { phraseMinTickets: 2, phraseMinG2: 0 });
    expect(phrases.map((p) => p.term)).toContain('宽带+掉线');
    const result = countTermsByPeriod(mixed, periods, phrases);
    expect(result[1]?.counts.get('宽带+掉线')).toBe(3);
    expect(result[1]?.ticketIds.get('宽带+掉线')).toEqual(['a', 'b', 'c']);
    expect(result[0]?.counts.get('宽带+掉线')).toBe(1);
  });

  it('countTermsByPeriod(corpus, periodIds) counts each period on its own, with nothing carried into the next', () => {
    const mixed = corpusFromTokens([
      { id: 'a', tokens: ['掉线'], customerHash: 'c1' },
      { id: 'b', tokens: ['掉线'], customerHash: 'c2' },
      { id: 'c', tokens: ['掉线'], customerHash: 'c1' },
      { id: 'd', tokens: ['资费', '掉线'], customerHash: 'c1' },
    ]);
    const result = countTermsByPeriod(mixed, ['2026-11-21', '2026-11-21', '2026-11-22', '2026-11-22']);
    expect(result.map((p) => [p.counts.get('掉线'), p.customers.get('掉线')])).toEqual([
      [2, 2],
      [2, 1],
    ]);
    expect(result[1]?.ticketIds.get('掉线')).toEqual(['c', 'd']);
    expect(result[1]?.ticketIds.get('资费')).toEqual(['d']);
    expect(result[0]?.customers.has('资费')).toBe(false);
  });

  it('countTermsByPeriod(corpus, periodIds) rejects a period list of the wrong length', () => {
    expect(() => countTermsByPeriod(corpus, ['2026-11-21'])).toThrow(/one period id per ticket/);
  });
});
