/**
 * Benchmarks the clustering stage on a generated export: TF-IDF vectorising, spherical k-means (topics), recurring
 * issues, and classifying one ticket with the model a run stores. The corpus is normalized and segmented once
 * beforehand, as analyze does, so only clustering is timed.
 *   npx tsx bench/cluster.bench.ts [--n 3000] [--time 2000]
 */
import { parseArgs } from 'node:util';
import { Bench } from 'tinybench';
import { buildTfidf } from '../src/cluster/build-tfidf.js';
import { buildClassifierModel, classifyTerms } from '../src/cluster/classifier-model.js';
import { topicOptionsSchema } from '../src/cluster/cluster-options.js';
import { clusterTopics } from '../src/cluster/cluster-topics.js';
import { findIssues } from '../src/cluster/find-issues.js';
import { sphericalKmeans } from '../src/cluster/spherical-kmeans.js';
import { Messages } from '../src/core/messages.js';
import { ticketSchema } from '../src/core/ticket.js';
import { generateExport } from '../src/generate/generate-export.js';
import { loadModels } from '../src/models/load-models.js';
import { normalizeTickets } from '../src/normalize/normalize-tickets.js';
import { resolveAnalyzeOptions } from '../src/pipeline/analyze-options.js';
import { createSegmenter } from '../src/segment/create-segmenter.js';
import { segmentTickets } from '../src/segment/segment-tickets.js';
import { generatedTickets } from '../tests/helpers/generated-tickets.js';

const { values } = parseArgs({ options: { n: { type: 'string' }, time: { type: 'string' } } });
const n = Number(values.n ?? 3000);
const models = await loadModels();
const opts = resolveAnalyzeOptions({});
const tickets = generatedTickets(generateExport({ n, seed: 20261101, days: 14 })).map((t) => ticketSchema.parse(t));
const normalized = normalizeTickets(tickets, { ...opts.normalize, lang: opts.lang }, models.text, new Messages());
const corpus = segmentTickets(normalized, createSegmenter(opts.segmenter, models.text.userDict), models.text);
const topicOpts = topicOptionsSchema.parse({ k: 16 });
const matrix = buildTfidf(corpus, topicOpts.tfidf);
const topics = clusterTopics(corpus, { k: 16 });
const issues = findIssues(corpus, {}, { period: '2026-11-14' });
const model = buildClassifierModel({
  matrices: [topics.matrix],
  topics: topics.topics.map((t, i) => ({ id: t.id, centroid: topics.centroids[i] ?? [] })),
  issues: issues.signatures,
});
const termLists = corpus.docs.slice(0, 1000).map((d) => Array.from(d.termIds, (id) => corpus.vocab.terms[id] ?? ''));
let next = 0;

const bench = new Bench({ time: Number(values.time ?? 2000), iterations: 3 });
bench
  .add(`vectorize (buildTfidf) ${n}`, () => {
    buildTfidf(corpus, topicOpts.tfidf);
  })
  .add(`k-means k=16 ${n}`, () => {
    sphericalKmeans(matrix, 16, topicOpts.kmeans);
  })
  .add(`topics (clusterTopics k=16) ${n}`, () => {
    clusterTopics(corpus, { k: 16 });
  })
  .add(`topics (clusterTopics, automatic k) ${n}`, () => {
    clusterTopics(corpus);
  })
  .add(`issues (findIssues) ${n}`, () => {
    findIssues(corpus, {}, { period: '2026-11-14' });
  })
  .add('classify one ticket (classifyTerms)', () => {
    classifyTerms(model, termLists[next++ % termLists.length]!);
  });
await bench.run();
console.table(
  bench.tasks.map((t) => {
    const r = t.result as { latency?: { mean?: number }; period?: number } | undefined;
    const ms = r?.latency?.mean ?? r?.period ?? NaN;
    return { task: t.name, 'mean ms': Number(ms.toFixed(ms < 1 ? 4 : 1)) };
  }),
);
console.log(`${issues.issues.length} issues, ${topics.topics.length} topics, model ${(JSON.stringify(model).length / 1024).toFixed(0)} KiB`);
