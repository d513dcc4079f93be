/**
 * Measures topic clustering against a labelled CSV: prints NMI and ARI of `clusterTopics` against a label column.
 *
 *   tsx scripts/eval-topics.ts --file F --text COL --label COL [--topics K] [--limit N] [--seed S] [--encoding gbk]
 *   npm run eval -- --file F --text COL --label COL …   (the same, through scripts/eval.ts)
 *
 * Segmentation is the real pipeline's: `normalizeTickets` + `createSegmenter` + `segmentTickets` with the shipped
 * models (`loadModels()`), so the score measures what `analyze` clusters.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import type { Corpus } from '../src/core/corpus.js';
import { Messages } from '../src/core/messages.js';
import type { Ticket } from '../src/core/ticket.js';
import { clusterTopics } from '../src/cluster/cluster-topics.js';
import { adjustedRandIndex, normalizedMutualInformation } from '../src/cluster/evaluate-clustering.js';
import { loadModels } from '../src/models/load-models.js';
import { normalizeTickets } from '../src/normalize/normalize-tickets.js';
import { resolveAnalyzeOptions } from '../src/pipeline/analyze-options.js';
import { createSegmenter } from '../src/segment/create-segmenter.js';
import { segmentTickets } from '../src/segment/segment-tickets.js';

/** Segments texts into a Corpus through the real normalize + segment stages with the shipped models. */
export async function segmentForEval(texts: string[]): Promise<Corpus> {
  const models = await loadModels();
  const opts = resolveAnalyzeOptions({});
  const tickets: Ticket[] = texts.map((text, i) => ({ id: String(i), text, time: 0, fields: {} }));
  const normalized = normalizeTickets(tickets, { ...opts.normalize, lang: opts.lang }, models.text, new Messages());
  return segmentTickets(normalized, createSegmenter(opts.segmenter, models.text.userDict), models.text);
}

/** Runs the topic evaluation on command-line style arguments (`--file F --text COL --label COL …`). */
export async function evalTopics(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      file: { type: 'string' },
      text: { type: 'string' },
      label: { type: 'string' },
      topics: { type: 'string' },
      limit: { type: 'string' },
      seed: { type: 'string', default: '42' },
      encoding: { type: 'string', default: 'utf-8' },
    },
  });
  if (!values.file || !values.text || !values.label) {
    throw new Error('usage: tsx scripts/eval-topics.ts --file F --text COL --label COL [--topics K] [--limit N] [--seed S]');
  }
  const raw = iconv.decode(readFileSync(values.file), values.encoding).replace(/^\uFEFF/, '');
  let rows = parse(raw, { columns: true, skip_empty_lines: true, relax_column_count: true }) as Array<Record<string, string>>;
  rows = rows.filter((r) => (r[values.text!] ?? '').trim().length > 0);
  if (values.limit) rows = rows.slice(0, Number(values.limit));
  const texts = rows.map((r) => (r[values.text!] ?? '').replace(/^\uFEFF/, ''));
  const labels = rows.map((r) => r[values.label!] ?? '');
  const t0 = performance.now();
  const corpus = await segmentForEval(texts);
  const t1 = performance.now();
  const k = values.topics ? Number(values.topics) : undefined;
  const { assignments, topics } = clusterTopics(corpus, { ...(k === undefined ? {} : { k }), kmeans: { seed: Number(values.seed) } });
  const t2 = performance.now();
  // Normalization may drop a ticket (e.g. empty after boilerplate removal): align labels by ticket id.
  const kept = corpus.tickets.map((t) => labels[Number(t.id)] ?? '');
  const nmi = normalizedMutualInformation(assignments, kept);
  const ari = adjustedRandIndex(assignments, kept);
  console.log(`rows ${texts.length}  topics ${topics.length}  segment ${((t1 - t0) / 1000).toFixed(2)} s  cluster ${((t2 - t1) / 1000).toFixed(2)} s`);
  console.log(`NMI ${nmi.toFixed(4)}  ARI ${ari.toFixed(4)}`);
  for (const t of topics) console.log(`  ${t.id}  ${String(t.ticketIds.length).padStart(6)}  ${t.label}`);
}

if (process.argv[1]?.endsWith('eval-topics.ts')) await evalTopics(process.argv.slice(2));
