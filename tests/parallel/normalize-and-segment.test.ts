import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/corpus.js';
import { Messages } from '../../src/core/messages.js';
import type { TicketInput } from '../../src/core/ticket.js';
import { normalizeTickets } from '../../src/normalize/normalize-tickets.js';
import { normalizeAndSegment } from '../../src/parallel/normalize-and-segment.js';
import { createNodeRsSegmenter } from '../../src/segment/create-node-rs-segmenter.js';
import { segmentTickets } from '../../src/segment/segment-tickets.js';
import { shippedTextModels } from '../segment/models-fixture.js';

const models = shippedTextModels();
const segmenter = createNodeRsSegmenter(models.userDict);

const texts = [
  '客服：您好，很高兴为您服务\n客户：我家宽带老是断网，光猫一直闪红灯',
  '我的手机13812345678从3号开始没信号了，网很卡！',
  '電話打不通，營業廳態度差',
  'I was charged a late fee twice',
  '乱收费，多扣费50元，邮箱 a.b@qq.com',
  'WiFi连不上，5G套餐网速慢',
  '丽景小区宽带掉线，海韵花园也没信号',
  '',
];
const tickets: TicketInput[] = Array.from({ length: 40 }, (_, i) => ({
  id: `t${i}`,
  text: `${texts[i % texts.length]}${i % 3 === 0 ? '，青岛市南区' : ''}`,
  time: i,
  ...(i % 4 === 0 ? {} : { customerId: `c${i % 9}` }),
  ...(i % 2 === 0 ? { region: '青岛' } : {}),
}));
// Every fifth ticket has a subject line, put first by the reader as readers do.
for (const t of tickets) if (Number(t.id.slice(1)) % 5 === 1) Object.assign(t, { title: '投诉：電話 13812345678', text: `投诉：電話 13812345678\n${t.text}` });

const termSequences = (corpus: Corpus): string[][] =>
  corpus.docs.map((d) => [...d.termIds].map((id) => corpus.vocab.terms[id] ?? '?'));

describe('normalizeAndSegment', () => {
  it('normalizeAndSegment(tickets, { threads: 2 }) gives the same Corpus as normalizeTickets + segmentTickets', async () => {
    const serialMessages = new Messages();
    const serial = segmentTickets(normalizeTickets(tickets, {}, models, serialMessages), segmenter, models);
    const parallelMessages = new Messages();
    const parallel = await normalizeAndSegment(tickets, segmenter, models, parallelMessages, {
      threads: 2,
      minParallelTickets: 0,
      chunkTickets: 6,
    });
    expect(termSequences(parallel)).toEqual(termSequences(serial));
    expect(parallel.vocab.terms).toEqual(serial.vocab.terms);
    expect(parallel.tickets).toEqual(serial.tickets);
    // The subject line's length is measured after normalization (simplified, phone masked).
    expect(serial.tickets[1]?.titleLength).toBe(serial.tickets[1]?.text.indexOf('\n'));
    expect(serial.tickets[1]?.text.slice(0, serial.tickets[1]?.titleLength)).not.toContain('13812345678');
    expect(serial.tickets.filter((t) => t.titleLength !== undefined)).toHaveLength(8);
    expect(parallel.docs.map((d) => [...d.starts])).toEqual(serial.docs.map((d) => [...d.starts]));
    expect(parallel.docs.map((d) => [...d.ends])).toEqual(serial.docs.map((d) => [...d.ends]));
    expect(parallelMessages.list).toEqual(serialMessages.list);
    expect(serial.vocab.terms).toEqual(expect.arrayContaining(['宽带', '掉线', 'charged', '丽景小区', '海韵花园']));
  }, 60_000);

  it('normalizeAndSegment(tickets, { threads: 2 }) cuts with a segmenter that does not declare inWorkers on this thread, and says so', async () => {
    // A caller's own segmenter (one token per character) cannot cross threads: the workers would cut with jieba instead.
    const own = { name: 'by-character', cut: (text: string): string[] => [...text] };
    const messages = new Messages();
    const corpus = await normalizeAndSegment(tickets, own, models, messages, { threads: 2, minParallelTickets: 0, chunkTickets: 6 });
    const expected = segmentTickets(normalizeTickets(tickets, {}, models, new Messages()), own, models);
    expect(termSequences(corpus)).toEqual(termSequences(expected));
    expect(messages.list.filter((m) => m.code === 'segmenter-one-thread')).toHaveLength(1);
    expect(segmenter.inWorkers).toBe(true);
    const withWorkers = new Messages();
    await normalizeAndSegment(tickets, segmenter, models, withWorkers, { threads: 2, minParallelTickets: 0, chunkTickets: 6 });
    expect(withWorkers.list.some((m) => m.code === 'segmenter-one-thread')).toBe(false);
  }, 60_000);

  it('normalizeAndSegment(small input) runs on the calling thread with the same result', async () => {
    const few = tickets.slice(0, 5);
    const corpus = await normalizeAndSegment(few, segmenter, models, new Messages(), { normalize: { lang: 'zh' } });
    const expected = segmentTickets(normalizeTickets(few, { lang: 'zh' }, models, new Messages()), segmenter, models);
    expect(termSequences(corpus)).toEqual(termSequences(expected));
    expect(corpus.tickets.every((t) => t.lang === 'zh')).toBe(true);
  });

  it('normalizeAndSegment(tickets, { threads: 0 }) rejects the option', async () => {
    await expect(normalizeAndSegment(tickets, segmenter, models, new Messages(), { threads: 0 })).rejects.toThrow(/parallel\.threads/);
  });

  it('normalizeAndSegment(async batches, { threads: 2 }) gives the same Corpus as the whole array', async () => {
    const whole = await normalizeAndSegment(tickets, segmenter, models, new Messages(), { threads: 2, minParallelTickets: 0, chunkTickets: 6 });
    async function* batches(): AsyncGenerator<TicketInput[]> {
      for (let i = 0; i < tickets.length; i += 7) yield tickets.slice(i, i + 7);
    }
    const streamed = await normalizeAndSegment(batches(), segmenter, models, new Messages(), { threads: 2, minParallelTickets: 0, chunkTickets: 6 });
    expect(termSequences(streamed)).toEqual(termSequences(whole));
    expect(streamed.tickets).toEqual(whole.tickets);
    expect(streamed.vocab.terms).toEqual(whole.vocab.terms);
  }, 60_000);

  it('normalizeAndSegment(batches that fail mid-way) rejects with the reader\'s error and stops the workers', async () => {
    async function* failing(): AsyncGenerator<TicketInput[]> {
      yield tickets.slice(0, 20);
      yield tickets.slice(20, 40);
      throw new Error('row 41: disk gone');
    }
    await expect(normalizeAndSegment(failing(), segmenter, models, new Messages(), { threads: 2, minParallelTickets: 0, chunkTickets: 6 })).rejects.toThrow('row 41: disk gone');
  }, 60_000);

  it('normalizeAndSegment(a big stream, { threads: 1 }) goes chunk by chunk on the calling thread with the same Corpus', async () => {
    const serialMessages = new Messages();
    const serial = segmentTickets(normalizeTickets(tickets, {}, models, serialMessages), segmenter, models);
    async function* batches(): AsyncGenerator<TicketInput[]> {
      for (let i = 0; i < tickets.length; i += 5) yield tickets.slice(i, i + 5);
    }
    const chunkedMessages = new Messages();
    const chunked = await normalizeAndSegment(batches(), segmenter, models, chunkedMessages, { threads: 1, minParallelTickets: 0, chunkTickets: 6 });
    expect(termSequences(chunked)).toEqual(termSequences(serial));
    expect(chunked.vocab.terms).toEqual(serial.vocab.terms);
    expect(chunked.tickets).toEqual(serial.tickets);
    expect(chunked.docs.map((d) => [...d.starts])).toEqual(serial.docs.map((d) => [...d.starts]));
    expect(chunkedMessages.list).toEqual(serialMessages.list);
  });
});
