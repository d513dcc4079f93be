import { describe, expect, it } from 'vitest';
import { indexCustomerDocs } from '../../src/warnings/customer-docs.js';
import { corpusTicketIndex } from '../../src/warnings/corpus-ticket-index.js';
import { corpusFromTokens } from '../helpers/corpus.js';

describe('indexCustomerDocs(corpus)', () => {
  const corpus = corpusFromTokens([
    { id: 'a', tokens: ['宽带'], customerHash: 'c1', time: 300 },
    { id: 'b', tokens: ['话费'], customerHash: 'c2', time: 100 },
    { id: 'c', tokens: ['掉线'], time: 50 },
    { id: 'd', tokens: ['信号'], customerHash: 'c1', time: 100 },
    { id: 'e', tokens: ['信号'], customerHash: 'c1', time: 100 },
  ]);
  const { docs, customerOf } = indexCustomerDocs(corpus);

  it('numbers customers by first appearance and leaves tickets without customer at -1', () => {
    expect(Array.from(customerOf)).toEqual([0, 1, -1, 0, 0]);
    expect(docs.size).toBe(2);
    expect(docs.numberOf('c2')).toBe(1);
    expect(docs.numberOf('nobody')).toBeUndefined();
  });

  it('lists a customer\'s tickets oldest first, ties in corpus order, and counts them', () => {
    expect(docs.get('c1')).toEqual([3, 4, 0]);
    expect(docs.get('c2')).toEqual([1]);
    expect(docs.get('nobody')).toBeUndefined();
    expect(docs.has('c2')).toBe(true);
    expect([docs.countOf(0), docs.countOf(1), docs.countOf(2)]).toEqual([3, 1, 0]);
    // By number as by hash.
    expect([...docs.docsOf(0)]).toEqual([3, 4, 0]);
    expect([docs.hashOf(0), docs.hashOf(1)]).toEqual(['c1', 'c2']);
  });
});

describe('corpusTicketIndex(corpus)', () => {
  it('maps ticket ids to corpus indexes, the last ticket winning a repeated id, once per corpus', () => {
    const corpus = corpusFromTokens([
      { id: 'a', tokens: ['宽带'] },
      { id: 'b', tokens: ['话费'] },
      { id: 'a', tokens: ['掉线'] },
    ]);
    const index = corpusTicketIndex(corpus);
    expect([...index]).toEqual([['a', 2], ['b', 1]]);
    expect(corpusTicketIndex(corpus)).toBe(index);
  });
});
