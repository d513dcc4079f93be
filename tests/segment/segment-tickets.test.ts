import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/corpus.js';
import { Messages } from '../../src/core/messages.js';
import type { NormalizedTicket } from '../../src/core/ticket.js';
import { normalizeTickets } from '../../src/normalize/normalize-tickets.js';
import { createNodeRsSegmenter } from '../../src/segment/create-node-rs-segmenter.js';
import { segmentTickets } from '../../src/segment/segment-tickets.js';
import { shippedTextModels } from './models-fixture.js';

const models = shippedTextModels();
const segmenter = createNodeRsSegmenter(models.userDict);

const terms = (corpus: Corpus, i: number): string[] =>
  [...(corpus.docs[i]?.termIds ?? [])].map((id) => corpus.vocab.terms[id] ?? '?');

const ticket = (text: string, lang: 'zh' | 'en' = 'zh', id = 't'): NormalizedTicket => ({ id, text, time: 0, lang });

describe('segmentTickets', () => {
  it('segmentTickets(traditional ticket and its simplified twin) gives the same terms', () => {
    const normalized = normalizeTickets(
      [
        { id: 'tw', text: '我家寬帶老是斷網，光貓一直閃紅燈，營業廳說要換機頂盒', time: 0 },
        { id: 'cn', text: '我家宽带老是断网，光猫一直闪红灯，营业厅说要换机顶盒', time: 0 },
      ],
      {},
      models,
      new Messages(),
    );
    const corpus = segmentTickets(normalized, segmenter, models);
    expect(terms(corpus, 0)).toEqual(terms(corpus, 1));
    expect(terms(corpus, 0)).toEqual(expect.arrayContaining(['宽带', '掉线', '光猫', '营业厅', '机顶盒']));
  });

  it('segmentTickets(tickets) maps synonyms to the canonical term', () => {
    const corpus = segmentTickets(
      [ticket('网断了'), ticket('上不了网'), ticket('又断网'), ticket('乱收费'), ticket('多扣费')],
      segmenter,
      models,
    );
    expect([0, 1, 2].map((i) => terms(corpus, i))).toEqual([['掉线'], ['掉线'], ['掉线']]);
    expect([3, 4].map((i) => terms(corpus, i))).toEqual([['乱扣费'], ['乱扣费']]);
  });

  it('segmentTickets(tickets) drops stopwords, punctuation, numbers, placeholders and most single characters', () => {
    const corpus = segmentTickets([ticket('我的手机<手机号>，从3号开始没信号了，网很卡！的了吗')], segmenter, models);
    const got = terms(corpus, 0);
    expect(got).toContain('信号差');
    expect(got).toContain('网速慢');
    for (const dropped of ['<', '>', '手机号', '3', '的', '了', '吗', '，', '！']) expect(got).not.toContain(dropped);
  });

  it('segmentTickets(tickets) keeps offsets of each surface token in the ticket text', () => {
    const text = '宽带老是断网，光猫坏了';
    const corpus = segmentTickets([ticket(text)], segmenter, models);
    const doc = corpus.docs[0];
    const spans = [...(doc?.termIds ?? [])].map((_, j) => text.slice(doc?.starts[j], doc?.ends[j]));
    expect(spans).toEqual(['宽带', '断网', '光猫']);
    expect(terms(corpus, 0)).toEqual(['宽带', '掉线', '光猫']);
  });

  it('segmentTickets(English tickets) groups by stem and shows the most frequent surface form', () => {
    const corpus = segmentTickets(
      [
        ticket('I was charged a late fee', 'en'),
        ticket('They charged me again, these charges are wrong', 'en'),
      ],
      segmenter,
      models,
    );
    expect(terms(corpus, 0)).toEqual(['charged', 'late', 'fee']);
    expect(terms(corpus, 1)).toEqual(['charged', 'charged', 'wrong']);
    const doc = corpus.docs[1];
    expect(corpus.tickets[1]?.text.slice(doc?.starts[1], doc?.ends[1])).toBe('charges');
  });

  it('segmentTickets(tickets) lower-cases Latin words so WiFi and wifi merge', () => {
    const corpus = segmentTickets([ticket('WiFi连不上'), ticket('wifi又连不上')], segmenter, models);
    expect(terms(corpus, 0)[0]).toBe('wifi');
    expect(terms(corpus, 1)[0]).toBe('wifi');
  });
});
