import { describe, expect, it } from 'vitest';
import { findPhrases } from '../../src/terms/find-phrases.js';
import { countTermsByPeriod } from '../../src/terms/count-terms-by-period.js';
import { rankHotTerms } from '../../src/terms/rank-hot-terms.js';
import { corpusSlots, customerOrder, forEachTicketSlots, ticketSlotLists } from '../../src/terms/ticket-term-slots.js';
import { corpusFromTokens } from '../helpers/corpus.js';

describe('customerOrder', () => {
  const corpus = corpusFromTokens([
    { tokens: ['宽带'], customerHash: 'b' },
    { tokens: ['宽带'], customerHash: 'a' },
    { tokens: ['宽带'] },
    { tokens: ['宽带'], customerHash: 'b' },
    { tokens: ['宽带'], customerHash: 'a' },
    { tokens: ['宽带'] },
  ]);

  it('customerOrder(corpus) puts each customer\'s tickets next to each other under one group number', () => {
    const { order, group } = customerOrder(corpus);
    expect(Array.from(order).sort()).toEqual([0, 1, 2, 3, 4, 5]);
    const groupOf = new Map(Array.from(order, (i, k) => [i, group[k]!]));
    expect(groupOf.get(0)).toBe(groupOf.get(3));
    expect(groupOf.get(1)).toBe(groupOf.get(4));
    expect(groupOf.get(0)).not.toBe(groupOf.get(1));
    // Tickets without a customer are each their own group.
    expect(groupOf.get(2)).not.toBe(groupOf.get(5));
    expect(new Set(group).size).toBe(4);
    // Consecutive: a group number never comes back after another one.
    const runs = Array.from(group).filter((g, k) => k === 0 || group[k - 1] !== g);
    expect(new Set(runs).size).toBe(runs.length);
  });

  it('customerOrder(corpus, indices) orders only the given tickets', () => {
    const { order, group } = customerOrder(corpus, [3, 4, 5]);
    expect(Array.from(order).sort()).toEqual([3, 4, 5]);
    expect(new Set(group).size).toBe(3);
  });
});

describe('ticketSlotLists', () => {
  it('ticketSlotLists(corpus, phrases) holds what forEachTicketSlots visits, ticket by ticket', () => {
    const corpus = corpusFromTokens([
      { tokens: ['宽带', '掉线', '宽带', '掉线'] },
      { tokens: ['资费'] },
      { tokens: ['宽带', '掉线', '营业厅'] },
      { tokens: ['光猫', '宽带', '掉线'] },
    ]);
    const phrases = findPhrases(corpus, { phraseMinTickets: 2, phraseMinG2: 0 });
    expect(phrases.length).toBeGreaterThan(0);
    const expected: number[][] = [];
    forEachTicketSlots(corpus, phrases, 4, (_doc, held) => expected.push([...held]));
    const { offsets, slots } = ticketSlotLists(corpus, phrases, 4);
    const got = expected.map((_, i) => Array.from(slots.subarray(offsets[i]!, offsets[i + 1]!)));
    expect(got).toEqual(expected);
  });

  it('ticketSlotLists(corpus, phrases, maxGap, docs) leaves tickets outside docs empty', () => {
    const corpus = corpusFromTokens([{ tokens: ['宽带'] }, { tokens: ['资费', '光猫'] }, { tokens: ['营业厅'] }]);
    const { offsets, slots } = ticketSlotLists(corpus, [], 4, [2, 0]);
    expect(Array.from(offsets)).toEqual([0, 1, 1, 2]);
    expect(Array.from(slots, (s) => corpus.vocab.terms[s])).toEqual(['宽带', '营业厅']);
  });
});

describe('corpusSlots (the slot lists and customer order made once for hot terms and period counts)', () => {
  it('gives rankHotTerms and countTermsByPeriod the results they give building their own', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({
      tokens: [['宽带', '掉线'], ['光猫', '宽带', '掉线'], ['资费', '光猫'], ['宽带', '掉线', '资费']][i % 4]!,
      ...(i % 5 === 0 ? {} : { customerHash: `c${i % 7}` }),
      time: Date.UTC(2026, 10, 1 + (i % 3)),
    }));
    const corpus = corpusFromTokens(rows);
    const options = { phraseMinTickets: 2, phraseMinG2: 0, hotTermMinTickets: 1 };
    const phrases = findPhrases(corpus, options);
    expect(phrases.length).toBeGreaterThan(0);
    const shared = corpusSlots(corpus, phrases, 4);
    expect(rankHotTerms(corpus, phrases, options, shared)).toEqual(rankHotTerms(corpus, phrases, options));
    const periodIds = rows.map((r) => `d${new Date(r.time).getUTCDate()}`);
    const plain = countTermsByPeriod(corpus, periodIds, phrases, options);
    const withShared = countTermsByPeriod(corpus, periodIds, phrases, options, shared);
    const asJson = (d: typeof plain) => JSON.stringify(d.map((p) => ({ ...p, counts: [...p.counts], customers: [...p.customers], ticketIds: [...p.ticketIds] })));
    expect(asJson(withShared)).toBe(asJson(plain));
  });
});
