import { describe, expect, it } from 'vitest';
import { discoverProblemConcepts } from '../../src/cluster/discover-problem-concepts.js';
import { createTicketTermWeights, termTicketCounts } from '../../src/cluster/ticket-term-weights.js';
import { corpusFromTokens } from '../helpers/corpus.js';

const options = { maxTerms: 100, pairTerms: 10, minSimilarity: 0.2, maxSize: 10, mergeSimilarity: 0.2, minPairTickets: 1 };

describe('discoverProblemConcepts', () => {
  it('discoverProblemConcepts groups the words that name one problem together and leaves unrelated ones apart', () => {
    const tokens = [
      ...Array.from({ length: 6 }, (_, i) => (i % 2 ? ['催收', '骚扰', '家人'] : ['催收', '恐吓', '骚扰'])),
      ...Array.from({ length: 6 }, (_, i) => (i % 2 ? ['退保', '保费'] : ['退保', '保费', '扣款'])),
      ['营业厅', '排队'],
      ['快递', '破损'],
    ];
    const corpus = corpusFromTokens(tokens.map((t) => ({ tokens: t })));
    const df = termTicketCounts(corpus);
    const termsOf = createTicketTermWeights(corpus, df, 1);
    const { concepts, conceptOf } = discoverProblemConcepts(corpus.docs.length, termsOf, df, (t) => df[t]! >= 2, options);
    const named = concepts.map((c) => c.map((t) => corpus.vocab.terms[t]).sort());
    expect(named).toContainEqual(['催收', '家人', '恐吓', '骚扰']);
    expect(named).toContainEqual(['保费', '扣款', '退保']);
    expect(conceptOf[corpus.vocab.ids.get('营业厅')!]).toBe(-1);
  });

  it('discoverProblemConcepts keeps concepts within twice maxSize (two levels) and is deterministic', () => {
    const tokens = Array.from({ length: 12 }, () => ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛']);
    tokens.push(['壬'], ['癸']);
    const corpus = corpusFromTokens(tokens.map((t) => ({ tokens: t })));
    const df = termTicketCounts(corpus);
    const termsOf = createTicketTermWeights(corpus, df, 1);
    const run = () => discoverProblemConcepts(corpus.docs.length, termsOf, df, (t) => df[t]! >= 2, { ...options, maxSize: 3 });
    const first = run();
    expect(Math.max(...first.concepts.map((c) => c.length))).toBeLessThanOrEqual(6);
    expect(first.concepts.length).toBeGreaterThan(1);
    expect(run()).toEqual(first);
  });

  it('discoverProblemConcepts does not link words met together in fewer than minPairTickets tickets', () => {
    // 断网 and 物业 meet in two tickets only: chance in a larger export, though their NPMI is high.
    const tokens = [
      ...Array.from({ length: 4 }, () => ['断网', '光猫']),
      ['断网', '物业'],
      ['断网', '物业'],
      ['物业', '收费'],
      ...Array.from({ length: 10 }, (_, i) => [`杂${i}`]),
    ];
    const corpus = corpusFromTokens(tokens.map((t) => ({ tokens: t })));
    const df = termTicketCounts(corpus);
    const termsOf = createTicketTermWeights(corpus, df, 1);
    const conceptOfWord = (minPairTickets: number) => {
      const { conceptOf } = discoverProblemConcepts(corpus.docs.length, termsOf, df, (t) => df[t]! >= 2, { ...options, minPairTickets });
      return (w: string) => conceptOf[corpus.vocab.ids.get(w)!];
    };
    expect(conceptOfWord(1)('物业')).toBe(conceptOfWord(1)('断网'));
    expect(conceptOfWord(3)('物业')).not.toBe(conceptOfWord(3)('断网'));
    expect(conceptOfWord(3)('光猫')).toBe(conceptOfWord(3)('断网'));
  });
});
