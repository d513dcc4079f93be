import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/core/corpus.js';
import { Messages } from '../../src/core/messages.js';
import type { TicketInput } from '../../src/core/ticket.js';
import { normalizeAndSegment } from '../../src/parallel/normalize-and-segment.js';
import { prestartTextWorkers, prestartTextWorkersFor } from '../../src/parallel/prestart-text-workers.js';
import { createNodeRsSegmenter } from '../../src/segment/create-node-rs-segmenter.js';
import { shippedTextModels } from '../segment/models-fixture.js';

const models = shippedTextModels();
// A user dictionary the workers learn only with their models: 丽景小区 kept whole proves it reached them.
const withWord = { ...models, userDict: `${models.userDict}\n丽景小区` };
const segmenter = createNodeRsSegmenter(withWord.userDict);
const texts = ['我家宽带老是断网，光猫一直闪红灯', '丽景小区宽带掉线，海韵花园也没信号', '電話打不通，營業廳態度差', 'I was charged twice'];
const tickets: TicketInput[] = Array.from({ length: 24 }, (_, i) => ({ id: `t${i}`, text: texts[i % texts.length]!, time: i, customerId: `c${i % 5}` }));
const options = { threads: 2, minParallelTickets: 0, chunkTickets: 5 };
const terms = (corpus: Corpus): string[][] => corpus.docs.map((d) => [...d.termIds].map((id) => corpus.vocab.terms[id] ?? '?'));

/** Resolves when `worker` has exited. */
const exited = (worker: { once(event: 'exit', f: () => void): unknown }): Promise<void> => new Promise((resolve) => worker.once('exit', resolve));

describe('prestartTextWorkers', () => {
  it('workers started before their models give the same corpus as workers started with them', async () => {
    const fresh = await normalizeAndSegment(tickets, segmenter, withWord, new Messages(), options);
    const early = prestartTextWorkers(2);
    let taken = 0;
    const counted = { take: (n: number) => early.take(n).map((w) => (taken++, w)), close: () => early.close() };
    const ahead = await normalizeAndSegment(tickets, segmenter, withWord, new Messages(), options, counted);
    expect(taken).toBe(2);
    expect(terms(ahead)).toEqual(terms(fresh));
    expect(ahead.vocab.terms).toContain('丽景小区');
    expect(ahead.tickets).toEqual(fresh.tickets);
  }, 60_000);

  it('normalizeAndSegment takes what it needs and closes the rest, e.g. all of them for an input it cuts on its own thread', async () => {
    const calls: string[] = [];
    const fake = {
      take: (n: number) => (calls.push(`take ${n}`), []),
      close: async () => void calls.push('close'),
    };
    const small = await normalizeAndSegment(tickets.slice(0, 3), segmenter, withWord, new Messages(), { threads: 2 }, fake);
    expect(small.tickets).toHaveLength(3);
    expect(calls).toEqual(['close']);
    calls.length = 0;
    // None given: the pool starts its own workers.
    const big = await normalizeAndSegment(tickets, segmenter, withWord, new Messages(), options, fake);
    expect(big.vocab.terms).toContain('丽景小区');
    expect(calls).toEqual(['take 2', 'close']);
    const early = prestartTextWorkers(2);
    const worker = early.take(1)[0]!;
    const stopped = exited(worker);
    await normalizeAndSegment(tickets.slice(0, 3), segmenter, withWord, new Messages(), { threads: 2 }, early);
    expect(early.take(2)).toEqual([]);
    await worker.terminate();
    await stopped;
  }, 60_000);

  it('prestartTextWorkersFor starts workers only for an input big enough for them', async () => {
    expect(prestartTextWorkersFor({ tickets: tickets }, 2)).toBeUndefined();
    expect(prestartTextWorkersFor({ files: ['/nonexistent/export.csv'] }, 2)).toBeUndefined();
    expect(prestartTextWorkersFor({ tickets: new Array(20_000) }, 1)).toBeUndefined();
    const started = prestartTextWorkersFor({ tickets: new Array(20_000) }, 2);
    expect(started).toBeDefined();
    const workers = started!.take(2);
    expect(workers).toHaveLength(2);
    await Promise.all(workers.map((w) => w.terminate()));
    await started!.close();
  }, 60_000);
});
