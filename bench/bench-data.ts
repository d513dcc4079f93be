import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Messages } from '../src/core/messages.js';
import type { Corpus, } from '../src/core/corpus.js';
import type { NormalizedTicket, TicketInput } from '../src/core/ticket.js';
import { formatGeneratedCsv, generateExport, type GeneratedExport } from '../src/generate/index.js';
import { normalizeTickets } from '../src/normalize/normalize-tickets.js';
import { parseTime } from '../src/read/parse-time.js';
import { createNodeRsSegmenter } from '../src/segment/create-node-rs-segmenter.js';
import { segmentTickets } from '../src/segment/segment-tickets.js';
import { parseTextModels, type TextModels } from '../src/segment/text-models.js';

/**
 * Shared benchmark data: one synthetic export (`generateExport`, seed 42) of `BENCH_N` tickets (default 20,000),
 * generated once per process and cached, with each stage's output built from the previous one.
 */
export const BENCH_N = Number(process.env.BENCH_N ?? 20_000);
const SEED = 42;

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/** The generated export of `n` tickets. */
export function benchExport(n = BENCH_N): GeneratedExport {
  return cached(`export:${n}`, () => generateExport({ n, seed: SEED }));
}

/** The export as CSV text (what `read` parses). */
export function benchCsv(n = BENCH_N): string {
  return cached(`csv:${n}`, () => formatGeneratedCsv(benchExport(n)));
}

/** The export's rows as tickets, mapped without the read stage. */
export function benchTickets(n = BENCH_N): TicketInput[] {
  return cached(`tickets:${n}`, () =>
    benchExport(n).rows.map((r) => ({
      id: r['工单编号'] ?? '',
      text: r['投诉内容'] ?? '',
      time: parseTime(r['受理时间'] ?? '', 'Asia/Shanghai') ?? 0,
      customerId: r['客户号码'],
      region: r['地市'],
      channel: r['受理渠道'],
      category: r['投诉类型'],
    })),
  );
}

/** UTF-8 bytes of the tickets' raw texts: the MB of every MB/s figure. */
export function benchTextBytes(n = BENCH_N): number {
  return cached(`bytes:${n}`, () => benchTickets(n).reduce((sum, t) => sum + Buffer.byteLength(t.text, 'utf8'), 0));
}

/** The shipped text models (models/*.txt). */
export function benchModels(): TextModels {
  return cached('models', () => {
    const read = (file: string): string => readFileSync(fileURLToPath(new URL(`../models/${file}`, import.meta.url)), 'utf8');
    return parseTextModels({
      dict: read('telecom-dict.txt'),
      stopwords: read('stopwords.txt'),
      synonyms: read('synonyms.txt'),
      boilerplate: read('boilerplate.txt'),
    });
  });
}

/** The tickets normalized with default options. */
export function benchNormalized(n = BENCH_N): NormalizedTicket[] {
  return cached(`normalized:${n}`, () => normalizeTickets(benchTickets(n), {}, benchModels(), new Messages()));
}

/** The normalized tickets segmented with @node-rs/jieba. */
export function benchCorpus(n = BENCH_N): Corpus {
  return cached(`corpus:${n}`, () => segmentTickets(benchNormalized(n), createNodeRsSegmenter(benchModels().userDict), benchModels()));
}
