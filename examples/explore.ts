/**
 * Exploration: a notebook-style walk through one export, stage by stage, printing a table at each step and
 * writing a chart. Run: npx tsx examples/explore.ts [EXPORT] [OUT_DIR]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  barChartSvg,
  clusterTopics,
  createSegmenter,
  findIssues,
  findPhrases,
  loadModels,
  Messages,
  normalizeTickets,
  rankHotTerms,
  readExports,
  runAnalysis,
  segmentTickets,
} from 'complaint-hotspots';

const file = process.argv[2] ?? new URL('./sample-export.csv', import.meta.url).pathname;
const out = process.argv[3] ?? 'explore-out';

// 1. Load: every row is accepted, rejected with a reason, or counted as a duplicate.
const messages = new Messages();
const read = await readExports([file], {}, messages);
console.log('\n1. 读取 read');
console.table({ rowsRead: read.rowsRead, accepted: read.tickets.length, rejected: read.rejects.length, duplicates: read.duplicates });

// 2. Normalise: width, traditional → simplified, PII masked, customer turns of transcripts only.
const models = await loadModels();
const normalized = normalizeTickets(read.tickets, {}, models.text, messages);
console.log('\n2. 规范化 normalize (first 3)');
console.table(normalized.slice(0, 3).map((t) => ({ id: t.id, lang: t.lang, text: t.text.slice(0, 40) })));

// 3. Segment and count: hot terms over the whole export, phrases included.
const corpus = segmentTickets(normalized, createSegmenter('node-rs', models.text.userDict), models.text);
const phrases = findPhrases(corpus);
const hot = rankHotTerms(corpus, phrases).slice(0, 15);
console.log('\n3. 热词 hot terms');
console.table(hot.map((h) => ({ term: h.term, tickets: h.tickets, score: Number(h.score.toFixed(1)) })));

// 4. Topics: coarse clusters that partition every ticket.
const topics = clusterTopics(corpus, { k: 8 });
console.log('\n4. 主题 topics');
console.table(topics.topics.map((t) => ({ id: t.id, label: t.label, tickets: t.ticketIds.length })));

// 5. Recurring issues: fine-grained groups, ranked by heat.
const issues = findIssues(corpus, undefined);
console.log('\n5. 问题 issues (top 10)');
console.table(issues.issues.slice(0, 10).map((i) => ({ rank: i.rank, label: i.label, tickets: i.tickets, customers: i.customers, heat: Number(i.heat.toFixed(2)) })));

// 6. Warnings: the whole run, as the nightly job makes it.
const run = await runAnalysis({ files: [file] });
const fresh = run.report.warnings.filter((w) => w.status !== 'continuing');
console.log(`\n6. 预警 warnings: ${run.report.warnings.length} (${fresh.length} new or escalated); the first 10 new:`);
console.table(fresh.slice(0, 10).map((w) => ({ period: w.period, kind: w.kind, level: w.level, title: w.title, route: w.route.department })));

// A chart of the issues' heat, as an SVG file.
await mkdir(out, { recursive: true });
const svg = barChartSvg(issues.issues.slice(0, 12).map((i) => ({ label: i.label, value: Number(i.heat.toFixed(2)) })), '问题热度 issue heat', '无数据');
await writeFile(join(out, 'issue-heat.svg'), svg);
console.log(`\nchart: ${join(out, 'issue-heat.svg')}`);
