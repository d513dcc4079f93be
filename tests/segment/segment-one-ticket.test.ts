import { describe, expect, it } from 'vitest';
import type { NormalizedTicket } from '../../src/core/ticket.js';
import { createNodeRsSegmenter } from '../../src/segment/create-node-rs-segmenter.js';
import { createOneTicketSegmenter } from '../../src/segment/segment-one-ticket.js';
import { segmentTickets } from '../../src/segment/segment-tickets.js';
import { shippedTextModels } from './models-fixture.js';

const models = shippedTextModels();
const segmenter = createNodeRsSegmenter(models.userDict);
const ticket = (text: string, lang: 'zh' | 'en' = 'zh'): NormalizedTicket => ({ id: 't', text, time: 0, lang });

const tickets = [
  ticket('丽景小区宽带掉线，光猫一直闪红灯'),
  ticket('我的手机<手机号>，从3号开始没信号了，网很卡！'),
  ticket('<手机号>海韵花园又断网<号码>WiFi连不上'),
  ticket('乱收费，多扣费50元'),
  ticket(''),
  ticket('I was charged a late fee twice, these charges are wrong', 'en'),
];

describe('createOneTicketSegmenter', () => {
  it('createOneTicketSegmenter(segmenter, models)(ticket) gives the terms segmentTickets gives that ticket', () => {
    const termsOf = createOneTicketSegmenter(segmenter, models);
    for (const t of tickets) {
      const corpus = segmentTickets([t], segmenter, models);
      const expected = [...(corpus.docs[0]?.termIds ?? [])].map((id) => corpus.vocab.terms[id]);
      expect(termsOf(t)).toEqual(expected);
    }
  });

  it('createOneTicketSegmenter(...)(same ticket twice) gives the same terms from its cache', () => {
    const termsOf = createOneTicketSegmenter(segmenter, models);
    const first = termsOf(tickets[0] as NormalizedTicket);
    expect(first).toEqual(['丽景小区', '宽带', '掉线', '光猫', '红灯']);
    expect(termsOf(tickets[0] as NormalizedTicket)).toEqual(first);
  });
});
