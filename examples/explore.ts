/**
 * Exploration: one export stage by stage, a table at each step, and a chart of the issues' heat.
 * Run: npx tsx examples/explore.ts [EXPORT] [OUT_DIR]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModels, Messages, readExports, runAnalysis } from 'complaint-hotspots';
import { barChartSvg, clusterTopics, createSegmenter, findIssues, findPhrases, normalizeTickets, rankHotTerms, segmentTickets } from 'complaint-hotspots/stages';

const file = process.argv[2] ?? fileURLToPath(new URL('sample-export.csv', import.meta.url));
const out = process.argv[3] ?? 'explore-out';
const round = (x: number) => Number(x.toFixed(2));

const read = await readExports([file]); // every row accepted, rejected with a reason, or counted as a duplicate
console.table({ rowsRead: read.rowsRead, accepted: read.tickets.length, rejected: read.rejects.length, duplicates: read.duplicates });
const models = await loadModels();
const normalized = normalizeTickets(read.tickets, {}, models.text, new Messages()); // PII masked, simplified Chinese
const corpus = segmentTickets(normalized, createSegmenter('node-rs', models.text.userDict), models.text);
console.table(rankHotTerms(corpus, findPhrases(corpus)).slice(0, 15).map((h) => ({ term: h.term, tickets: h.tickets, score: round(h.score) })));
const topics = clusterTopics(corpus, { k: 8 }).topics; // coarse topics that partition every ticket
console.table(topics.map((t) => ({ id: t.id, label: t.label, tickets: t.ticketIds.length })));
const issues = findIssues(corpus, undefined).issues; // recurring problems, hottest first
console.table(issues.slice(0, 10).map((i) => ({ label: i.label, tickets: i.tickets, customers: i.customers, heat: round(i.heat) })));

// Warnings need the whole run (periods, history): runAnalysis makes them, with its own topics and issues.
const { report } = await runAnalysis({ files: [file] });
console.table(report.warnings.filter((w) => w.status !== 'continuing').slice(0, 10).map((w) => ({ period: w.period, kind: w.kind, level: w.level, title: w.title })));

await mkdir(out, { recursive: true });
await writeFile(join(out, 'issue-heat.svg'), barChartSvg(issues.slice(0, 12).map((i) => ({ label: i.label, value: round(i.heat) })), '问题热度 issue heat', '无数据'));
console.log(`chart: ${join(out, 'issue-heat.svg')}`);
