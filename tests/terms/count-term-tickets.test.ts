import { describe, expect, it } from 'vitest';
import { countTermTickets } from '../../src/terms/count-term-tickets.js';
import { corpusFromTokens } from '../helpers/corpus.js';

describe('countTermTickets', () => {
  it('countTermTickets(corpus) counts a term once per ticket however often it repeats', () => {
    const corpus = corpusFromTokens([
      { tokens: Array<string>(10).fill('掉线') },
      { tokens: ['掉线', '宽带'] },
      { tokens: ['宽带'] },
      { tokens: ['光猫'] },
    ]);
    const counts = countTermTickets(corpus);
    const of = (t: string): number | undefined => counts[corpus.vocab.ids.get(t) ?? -1];
    expect(of('掉线')).toBe(2);
    expect(of('宽带')).toBe(2);
    expect(of('光猫')).toBe(1);
    expect(counts.length).toBe(corpus.vocab.terms.length);
  });
});
