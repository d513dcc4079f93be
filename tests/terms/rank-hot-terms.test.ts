import { describe, expect, it } from 'vitest';
import { Messages } from '../../src/core/messages.js';
import { normalizeTickets } from '../../src/normalize/normalize-tickets.js';
import { createNodeRsSegmenter } from '../../src/segment/create-node-rs-segmenter.js';
import { segmentTickets } from '../../src/segment/segment-tickets.js';
import { findPhrases } from '../../src/terms/find-phrases.js';
import { rankHotTerms } from '../../src/terms/rank-hot-terms.js';
import { corpusFromTokens } from '../helpers/corpus.js';
import { shippedTextModels } from '../segment/models-fixture.js';

describe('rankHotTerms', () => {
  it('rankHotTerms(transcripts) never lists agent boilerplate, fillers or phone numbers', () => {
    const models = shippedTextModels();
    const problems = ['宽带老是掉线', '网速很慢', '乱收费扣了我五十块', '光猫坏了', '信号差打不通'];
    const tickets = problems.flatMap((p, i) =>
      [0, 1, 2].map((j) => ({
        id: `t${i}-${j}`,
        time: 0,
        customerId: `c${i}-${j}`,
        text:
          `客服：您好，很高兴为您服务，工号10${i}${j}，请问有什么可以帮您？\n` +
          `客户：嗯，那个，${p}，我电话1381234567${j}\n` +
          `客服：请稍等，这边帮您记录一下，感谢您的来电，还有其他问题吗？\n客户：没有了，再见`,
      })),
    );
    const normalized = normalizeTickets(tickets, {}, models, new Messages());
    const corpus = segmentTickets(normalized, createNodeRsSegmenter(models.userDict), models);
    const hot = rankHotTerms(corpus, findPhrases(corpus), { hotTermMinTickets: 1 });
    const listed = hot.map((h) => h.term).join(' ');
    for (const banned of ['您好', '高兴', '服务', '工号', '请稍等', '记录', '感谢', '来电', '再见', '嗯', '那个', '手机号', '138']) {
      expect(listed).not.toContain(banned);
    }
    expect(hot.map((h) => h.term)).toEqual(expect.arrayContaining(['掉线', '网速慢', '乱扣费', '光猫']));
  });

  it('rankHotTerms(corpus) ranks a term many customers use above one a single customer repeats', () => {
    const corpus = corpusFromTokens([
      ...['a', 'b', 'c', 'd'].map((c) => ({ tokens: ['掉线'], customerHash: c })),
      ...[1, 2, 3, 4].map(() => ({ tokens: ['销户'], customerHash: 'same' })),
      ...[1, 2, 3, 4].map(() => ({ tokens: ['资费'] })),
    ]);
    const hot = rankHotTerms(corpus, []);
    const score = (t: string): number => hot.find((h) => h.term === t)?.score ?? -1;
    expect(score('掉线')).toBeGreaterThan(score('销户'));
    expect(score('资费')).toBeCloseTo(score('掉线'), 6);
    expect(hot.find((h) => h.term === '销户')?.tickets).toBe(4);
  });

  it('rankHotTerms(corpus, phrases) includes phrases as a+b and respects hotTermMinTickets and hotTermsTop', () => {
    const rows = [
      ...Array.from({ length: 5 }, () => ({ tokens: ['宽带', '掉线', '资费'] })),
      ...Array.from({ length: 5 }, () => ({ tokens: ['资费', '光猫'] })),
      { tokens: ['机顶盒'] },
    ];
    const corpus = corpusFromTokens(rows);
    const hot = rankHotTerms(corpus, findPhrases(corpus, { phraseMinTickets: 3, phraseMinG2: 0 }));
    expect(hot.map((h) => h.term)).toContain('宽带+掉线');
    expect(hot.map((h) => h.term)).not.toContain('机顶盒');
    expect(rankHotTerms(corpus, [], { hotTermsTop: 2 })).toHaveLength(2);
    const scores = hot.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
