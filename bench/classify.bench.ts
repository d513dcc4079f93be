/**
 * `createClassifier().classify(ticket)` latency, one ticket per call, as a ticket system calls it: mean and p99
 * over 10,000 calls on generated tickets, with a model built by `analyze` from 3,000 other generated tickets.
 *   node --expose-gc --import tsx bench/classify.bench.ts     (or: npx tsx bench/classify.bench.ts)
 * Steady state is what a ticket system sees: the garbage `analyze` leaves is collected (with --expose-gc) and
 * 5,000 calls warm the JIT and the token cache before the measured calls; otherwise the first calls' p99 measures
 * major collections of the setup's garbage (measured: 4 ms instead of 0.2 ms).
 */
import { Bench } from 'tinybench';
import { analyze } from '../src/analyze.js';
import { createClassifier } from '../src/classify.js';
import { loadModels } from '../src/models/load-models.js';
import { benchTickets } from './bench-data.js';

const CALLS = 10_000;
const MODEL_TICKETS = 3_000;

const models = await loadModels();
const tickets = benchTickets();
const training = tickets.slice(0, MODEL_TICKETS);
const incoming = tickets.slice(MODEL_TICKETS);
const model = (await analyze(training, {}, { models })).update.model;
const classifier = createClassifier({ models, model });
(globalThis as { gc?: () => void }).gc?.();

let next = 0;
const bench = new Bench({ iterations: CALLS, time: 0, warmup: true, warmupIterations: 5_000, throws: true });
bench.add('classify(one ticket)', () => {
  const t = incoming[next++ % incoming.length];
  if (t) classifier.classify({ id: t.id, text: t.text, time: t.time, region: t.region });
});
// Synchronous runs: the async runner adds a promise and a microtask turn to every measured call.
bench.runSync();

const result = bench.tasks[0]?.result;
if (!result || !('latency' in result)) throw new Error(`classify bench did not run: ${String(result?.state)}`);
const { latency } = result;
const us = (ms: number | undefined): string => ((ms ?? Number.NaN) * 1000).toFixed(1);
console.log(`\n## classify (${latency.samplesCount} calls, model from ${MODEL_TICKETS} tickets)`);
console.log('| case | mean µs | p50 µs | p99 µs | p999 µs | max µs |');
console.log('|---|---:|---:|---:|---:|---:|');
console.log(`| classify | ${us(latency.mean)} | ${us(latency.p50)} | ${us(latency.p99)} | ${us(latency.p999)} | ${us(latency.max)} |`);
console.log(`peak RSS so far: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
