/**
 * Exploration: one export step by step (the steps analyze() chains, so the last gives its report), a table at each
 * step, the report folder and a chart of the issues' heat. Run: npx tsx examples/explore.ts [EXPORT] [OUT_DIR]
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModels, readExports, writeReport } from 'complaint-hotspots';
import { barChartSvg, buildReport, countTerms, detectRising, findRecurringIssues, findTopics, prepareTexts, raiseWarnings } from 'complaint-hotspots/stages';

const file = process.argv[2] ?? fileURLToPath(new URL('sample-export.csv', import.meta.url));
const out = process.argv[3] ?? 'explore-out';
const round = (x: number) => Number(x.toFixed(2));

const read = await readExports([file]); // every row accepted, rejected with a reason, or counted as a duplicate
console.table({ rowsRead: read.rowsRead, accepted: read.tickets.length, rejected: read.rejects.length, duplicates: read.duplicates });
const texts = await prepareTexts(read, { models: await loadModels(), options: { topics: 8 } }); // PII masked, simplified, cut into words
const terms = countTerms(texts); // hot terms and phrases (宽带+掉线), counts per day
console.table(terms.hotTerms.slice(0, 15).map((h) => ({ term: h.term, tickets: h.tickets, score: round(h.score) })));
const rising = await detectRising(terms); // abnormal hot words against the days before (and a state's, given one)
console.table(rising.risingTerms.slice(0, 10).map((r) => ({ period: r.period, term: r.term, tickets: r.tickets, ratio: round(r.ratio) })));
const topics = await findTopics(rising); // coarse topics that partition every ticket
console.table(topics.clustering.topics.map((t) => ({ id: t.id, label: t.label, tickets: t.ticketIds.length })));
const issues = await findRecurringIssues(topics); // recurring problems, hottest first
console.table(issues.issues.slice(0, 10).map((i) => ({ label: i.label, tickets: i.tickets, customers: i.customers, heat: round(i.heat) })));
const warned = await raiseWarnings(issues); // high-risk, mass-fault, repeat, burst and TOP warnings, routed
console.table(warned.warnings.filter((w) => w.status !== 'continuing').slice(0, 10).map((w) => ({ period: w.period, kind: w.kind, level: w.level, title: w.title })));
const { report } = await buildReport(warned); // what analyze() gives for this export and these options

const paths = await writeReport(out, report, read.rejects);
await writeFile(join(out, 'issue-heat.svg'), barChartSvg(report.issues.slice(0, 12).map((i) => ({ label: i.label, value: round(i.heat) })), '问题热度 issue heat', '无数据'));
console.log(`report: ${paths.html}; chart: ${join(out, 'issue-heat.svg')}`);
