import { describe, expect, it } from 'vitest';
import { corpusSimhash } from '../../src/warnings/corpus-simhashes.js';
import { createTermHashTable, hammingDistance64, simhash64, simhash64OfIds, simhashBands } from '../../src/warnings/simhash.js';
import { corpusFromTokens } from '../helpers/corpus.js';

const base = ['宽带', '掉线', '三天', '维修', '师傅', '没来', '小区', '光猫', '红灯', '重启', '无效', '投诉'];

describe('simhash64(terms)', () => {
  it('returns 16 hex digits and is deterministic', () => {
    expect(simhash64(base)).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash64(base)).toBe(simhash64([...base]));
  });

  it('puts a re-submission with the same words (reordered) within distance 3 and an unrelated text far away', () => {
    const edited = [...base.slice(6), ...base.slice(0, 6)];
    const other = ['话费', '多扣', '套餐', '流量', '账单', '营业厅', '退款', '短信', '合约', '积分', '副卡', '国际'];
    expect(hammingDistance64(simhash64(base), simhash64(edited))).toBeLessThanOrEqual(3);
    expect(hammingDistance64(simhash64(base), simhash64(other))).toBeGreaterThan(10);
  });
});

describe('hammingDistance64(a, b) and simhashBands(hash)', () => {
  it('counts differing bits across both halves', () => {
    expect(hammingDistance64('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance64('0000000100000001', '0000000000000000')).toBe(2);
    expect(simhashBands('0123456789abcdef')).toEqual(['0123', '4567', '89ab', 'cdef']);
  });
});

describe('simhash64OfIds(termIds, terms, cache)', () => {
  it('gives the same hash as simhash64 of the term texts, so stored hashes stay comparable', () => {
    const terms = ['宽带', '掉线', '光猫', '红灯'];
    const cache = new Map<number, [number, number]>();
    const ids = Uint32Array.from([0, 1, 1, 2, 3, 0]);
    expect(simhash64OfIds(ids, terms, cache)).toBe(simhash64(['宽带', '掉线', '掉线', '光猫', '红灯', '宽带']));
    expect(cache.size).toBe(4);
    expect(simhash64OfIds(Uint32Array.from([3, 2]), terms, cache)).toBe(simhash64(['红灯', '光猫']));
  });
});

describe('simhash64OfIds(termIds, terms, createTermHashTable())', () => {
  it('gives the same hash with a typed-array table as with a Map, growing the table past its size', () => {
    const terms = ['宽带', '掉线', '光猫', '红灯', '重启', '师傅'];
    const table = createTermHashTable(2);
    const ids = [Uint32Array.from([0, 1, 1, 2, 3, 0]), Uint32Array.from([5, 4, 5]), Uint32Array.from([])];
    for (const t of ids) expect(simhash64OfIds(t, terms, table)).toBe(simhash64OfIds(t, terms, new Map()));
    expect(table.weights.every((w) => w === 0)).toBe(true);
    expect(simhash64OfIds(ids[0]!, terms, table)).toBe(simhash64(['宽带', '掉线', '掉线', '光猫', '红灯', '宽带']));
  });
});

describe('corpusSimhash(corpus, doc)', () => {
  it('is simhash64 of the ticket\'s terms, computed once per corpus and ticket', () => {
    const corpus = corpusFromTokens([{ id: 'a', tokens: ['宽带', '掉线', '宽带'] }, { id: 'b', tokens: ['话费'] }]);
    expect(corpusSimhash(corpus, 0)).toBe(simhash64(['宽带', '掉线', '宽带']));
    expect(corpusSimhash(corpus, 1)).toBe(simhash64(['话费']));
    expect(corpusSimhash(corpus, 0)).toBe(corpusSimhash(corpus, 0));
  });
});
