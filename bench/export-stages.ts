/**
 * The text and term stages of `analyze` timed one by one on a real export, and optionally dumped for before/after
 * comparisons (identical results):
 *
 *   python3 ../shared/bench/make-review-export.py 100000 /tmp/reviews-100k.csv 3     # the reference export
 *   node --import tsx bench/export-stages.ts --file /tmp/reviews-100k.csv [--repeat 3] [--dump OUT.json]
 *
 * Reads the export (with `--fields`, default the reference export's columns); times on this thread, against the
 * text's UTF-8 megabytes, NFKC alone, `normalizeTicket` over every ticket (all of normalization) and @node-rs/jieba
 * cutting the normalized texts (the segmenter alone); normalizes and segments it as `analyze` does (worker
 * threads), then runs what `analyze`'s "counting terms" and "detecting rising terms" stages run: period
 * ids, phrases, hot terms, per-period term counts, per-period region counts, the stored form of each period
 * (single terms, regions, adjacent pairs held by 2+ tickets) and the rising-term and region-burst tests of every
 * period against the earlier ones. Prints one JSON line: wall and CPU milliseconds per step (best of `--repeat`),
 * tickets, text megabytes, vocabulary, peak RSS. `--dump` writes every step's output, in its iteration order, as JSON.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Messages } from '../src/core/messages.js';
import { periodIdsOf } from '../src/core/periods.js';
import { loadModels } from '../src/models/load-models.js';
import { normalizeAndSegment } from '../src/parallel/normalize-and-segment.js';
import { parseFieldsOption } from '../src/read/field-map.js';
import { normalizeOptionsSchema } from '../src/normalize/normalize-options.js';
import { normalizeTicket } from '../src/normalize/normalize-ticket.js';
import { readExports } from '../src/read/read-exports.js';
import type { RisingTerm } from '../src/report/report-schema.js';
import { countRegionTickets } from '../src/rising/count-region-tickets.js';
import { detectRegionBursts } from '../src/rising/detect-region-bursts.js';
import { detectRisingTerms } from '../src/rising/detect-rising-terms.js';
import { createNodeRsSegmenter } from '../src/segment/create-node-rs-segmenter.js';
import { corpusPairIds, CorpusPairCounter } from '../src/terms/count-adjacent-pairs.js';
import { countTermsByPeriod } from '../src/terms/count-terms-by-period.js';
import { findPhrases } from '../src/terms/find-phrases.js';
import type { PeriodTermCounts, PeriodTermDetail } from '../src/terms/period-term-counts.js';
import { rankHotTerms } from '../src/terms/rank-hot-terms.js';

const { values } = parseArgs({
  options: {
    file: { type: 'string' },
    fields: { type: 'string', default: 'id=ticket_id,text=content,time=created_at,customer=customer_id,region=region' },
    repeat: { type: 'string', default: '1' },
    dump: { type: 'string' },
  },
});
if (!values.file) {
  console.error('usage: node --import tsx bench/export-stages.ts --file EXPORT.csv [--fields MAP] [--repeat N] [--dump OUT.json]');
  process.exit(2);
}
const repeat = Math.max(1, Number(values.repeat));
// Wall and CPU (user + sys of the whole process) milliseconds per step, best of `--repeat`: on a machine shared
// with other work the CPU time is the steadier of the two.
const ms: Record<string, number> = {};
const cpuMs: Record<string, number> = {};
/** Runs `work` `repeat` times, keeps the best times under `name`, returns the last result. */
function timed<T>(name: string, work: () => T, times = repeat): T {
  let result: T | undefined;
  for (let r = 0; r < times; r++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    result = work();
    const took = performance.now() - started;
    const used = process.cpuUsage(cpu);
    ms[name] = Math.min(ms[name] ?? Infinity, Math.round(took));
    cpuMs[name] = Math.min(cpuMs[name] ?? Infinity, Math.round((used.user + used.system) / 1000));
  }
  return result as T;
}

const messages = new Messages();
const models = await loadModels();
const cpuBefore = process.cpuUsage();
const started = performance.now();
const read = await readExports([values.file], { fields: parseFieldsOption(values.fields) }, messages);
ms['read'] = Math.round(performance.now() - started);
const cpuRead = process.cpuUsage(cpuBefore);
cpuMs['read'] = Math.round((cpuRead.user + cpuRead.system) / 1000);
const texts = read.tickets.map((t) => t.text);
const textMb = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
const segmenter = createNodeRsSegmenter(models.text.userDict);
const normalizeOptions = normalizeOptionsSchema.parse({});
timed('NFKC alone (one thread)', () => texts.map((t) => t.normalize('NFKC')));
const normalized = timed('normalizeTicket (one thread)', () => read.tickets.map((t) => normalizeTicket(t, normalizeOptions, models.text).ticket.text));
timed('jieba cut of the normalized texts (one thread)', () => normalized.map((t) => segmenter.cut(t).length));
const stageStarted = performance.now();
const cpuStage = process.cpuUsage();
const corpus = await normalizeAndSegment(read.tickets, segmenter, models.text, messages, {});
ms['normalizeAndSegment (worker threads)'] = Math.round(performance.now() - stageStarted);
const cpuSegment = process.cpuUsage(cpuStage);
cpuMs['normalizeAndSegment (worker threads)'] = Math.round((cpuSegment.user + cpuSegment.system) / 1000);
const terms = { phraseMaxGap: 4 };

const periodIds = timed('periodIdsOf', () => periodIdsOf(corpus.tickets.map((t) => t.time), 'day', 'Asia/Shanghai'));
const phrases = timed('findPhrases', () => findPhrases(corpus));
const hotTerms = timed('rankHotTerms', () => rankHotTerms(corpus, phrases));
const details = timed('countTermsByPeriod', () => countTermsByPeriod(corpus, periodIds, phrases));
const ticketsByPeriod = new Map<string, number[]>();
periodIds.forEach((p, i) => {
  const list = ticketsByPeriod.get(p);
  if (list) list.push(i);
  else ticketsByPeriod.set(p, [i]);
});
const regions = timed('countRegionTickets (per period)', () =>
  details.map((d) => countRegionTickets(corpus, d.period, { ticketIndexes: ticketsByPeriod.get(d.period) ?? [] })),
);
const withRegions = details.map((d, i): PeriodTermDetail => {
  const r = regions[i] as PeriodTermDetail;
  return {
    period: d.period,
    tickets: d.tickets,
    counts: new Map([...d.counts, ...r.counts]),
    customers: new Map([...d.customers, ...r.customers]),
    ticketIds: new Map([...d.ticketIds, ...r.ticketIds]),
  };
});
// As the run counts them: the corpus's pair ids once, then each period's stored pair counts from them.
const pairs = timed('stored pair counts (corpusPairIds + CorpusPairCounter per period)', () => {
  const counter = new CorpusPairCounter(corpusPairIds(corpus, terms.phraseMaxGap), corpus.vocab.terms);
  return details.map((d) => counter.count(ticketsByPeriod.get(d.period) ?? [], 2));
});
const storedForm = withRegions.map((d, i): PeriodTermCounts => {
  const counts = new Map<string, number>();
  for (const [term, n] of d.counts) if (!(term.includes('+') && !term.startsWith('region:'))) counts.set(term, n);
  for (const [pair, n] of pairs[i] ?? []) counts.set(pair, n);
  return { period: d.period, tickets: d.tickets, counts };
});
const rising = timed('detectRisingTerms + detectRegionBursts (every period)', () => {
  const risingTerms: RisingTerm[] = [];
  const regionBursts: RisingTerm[] = [];
  withRegions.forEach((current, i) => {
    const baseline = storedForm.slice(0, i).reverse();
    risingTerms.push(...detectRisingTerms(current, baseline));
    regionBursts.push(...detectRegionBursts(current, baseline));
  });
  return { risingTerms, regionBursts };
});
console.log(
  JSON.stringify({
    file: values.file,
    tickets: corpus.tickets.length,
    textMb: Number(textMb.toFixed(1)),
    terms: corpus.vocab.terms.length,
    periods: details.length,
    phrases: phrases.length,
    ms,
    cpuMs,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
if (values.dump) {
  const entries = <V>(m: ReadonlyMap<string, V>): Array<[string, V]> => [...m];
  const dump = {
    vocab: corpus.vocab.terms,
    phrases,
    hotTerms,
    details: details.map((d) => ({ period: d.period, tickets: d.tickets, counts: entries(d.counts), customers: entries(d.customers), ticketIds: entries(d.ticketIds) })),
    regions: regions.map((d) => ({ period: d.period, tickets: d.tickets, counts: entries(d.counts), customers: entries(d.customers), ticketIds: entries(d.ticketIds) })),
    storedForm: storedForm.map((d) => ({ period: d.period, tickets: d.tickets, counts: entries(d.counts) })),
    rising,
  };
  // Line by line: one JSON.stringify of the whole dump exceeds V8's longest string.
  const lines: string[] = [];
  for (const [key, value] of Object.entries(dump)) {
    if (Array.isArray(value)) for (const item of value as unknown[]) lines.push(`${key}\t${JSON.stringify(item)}`);
    else lines.push(`${key}\t${JSON.stringify(value)}`);
  }
  writeFileSync(values.dump, `${lines.join('\n')}\n`);
}
