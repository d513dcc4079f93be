import { availableParallelism } from 'node:os';
import { Messages } from '../src/core/messages.js';
import { normalizeAndSegment } from '../src/parallel/normalize-and-segment.js';
import { createNodeRsSegmenter } from '../src/segment/create-node-rs-segmenter.js';
import { createNodejiebaSegmenter } from '../src/segment/create-nodejieba-segmenter.js';
import { segmentTickets } from '../src/segment/segment-tickets.js';
import type { Segmenter } from '../src/segment/segmenter.js';
import { BENCH_N, benchModels, benchNormalized, benchTextBytes, benchTickets } from './bench-data.js';
import { runBenchCases, type BenchCase } from './bench-report.js';

// Segment stage with both adapters: raw jieba cut per ticket, segmentTickets, and normalize+segment on 1 and 2
// worker threads (node-rs only: nodejieba loads ~250 MB per thread).
const models = benchModels();
const normalized = benchNormalized();
const tickets = benchTickets();
const texts = normalized.map((t) => t.text);
const bytes = benchTextBytes();
const segmenters: Segmenter[] = [createNodeRsSegmenter(models.userDict)];
try {
  segmenters.push(createNodejiebaSegmenter(models.userDict));
} catch (error) {
  console.log(`nodejieba skipped: ${(error as Error).message}`);
}
const cases: BenchCase[] = [];
for (const s of segmenters) {
  cases.push({ name: `${s.name} cut per ticket`, run: () => texts.map((t) => s.cut(t)), tickets: BENCH_N, bytes });
  cases.push({ name: `${s.name} segmentTickets`, run: () => segmentTickets(normalized, s, models), tickets: BENCH_N, bytes });
}
const nodeRs = segmenters[0] as Segmenter;
for (const threads of [1, Math.max(2, Math.min(4, availableParallelism()))]) {
  cases.push({
    name: `normalize+segment, ${threads} thread(s)`,
    run: () => normalizeAndSegment(tickets, nodeRs, models, new Messages(), { threads, minParallelTickets: 0 }),
    tickets: BENCH_N,
    bytes,
  });
}
await runBenchCases(`segment (${BENCH_N} tickets)`, cases, { time: 3000 });
