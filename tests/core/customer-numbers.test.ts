import { describe, expect, it } from 'vitest';
import { createVocabulary, type Corpus } from '../../src/core/corpus.js';
import { customerNumbers } from '../../src/core/customer-numbers.js';

const corpusOf = (hashes: Array<string | undefined>): Corpus => ({
  tickets: hashes.map((customerHash, i) => ({ id: `T${i}`, text: '', time: i, lang: 'zh', ...(customerHash === undefined ? {} : { customerHash }) })),
  docs: hashes.map(() => ({ termIds: new Uint32Array(0), starts: new Uint32Array(0), ends: new Uint32Array(0) })),
  vocab: createVocabulary(),
});

describe('customerNumbers(corpus)', () => {
  it('numbers customers by first appearance once per corpus, -1 for a ticket without one', () => {
    const corpus = corpusOf(['b', undefined, 'a', 'b', '']);
    const numbers = customerNumbers(corpus);
    expect([...numbers.customerOf]).toEqual([0, -1, 1, 0, 2]);
    expect(numbers.hashes).toEqual(['b', 'a', '']);
    expect(numbers.numbers.get('a')).toBe(1);
    expect(numbers.emptyNumber).toBe(2);
    expect(customerNumbers(corpus)).toBe(numbers);
    expect(customerNumbers(corpusOf(['x'])).emptyNumber).toBe(-1);
  });
});
