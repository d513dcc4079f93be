/**
 * Judges grouping and labels on the real datasets beside the project (`../shared/data`, read by path), the way a
 * service manager reads the report: for each set the top 10 issues with sizes and labels, and the scores below.
 *
 *   npm run eval -- --real [--data DIR] [--only NAME] [--top N]
 *
 * - heimao_finance_complaints (6,507 real complaints, no time column, analyzed undated): its `hot_problems.dev.json`
 *   problems found in the top N by the rule: one of the top-N issues covers >= 50% of the problem's tickets and
 *   >= 60% of that issue's tickets are on it.
 * - online_shopping_10_cats (20,000 reviews drawn with a seeded shuffle, undated, `topics: 10`): topic NMI against `cat`.
 * - cfpb_complaints_sample (narratives, monthly): with the `Issue` column as the subject line and without it: topic
 *   NMI against `Product` and the top issues, to show what a subject line changes.
 * - waimai_10k, ChnSentiCorp_htl_all, chezhiwang (June 2020, GBK-free file): the top issues.
 * Every run also prints the issue count, the long tail and the run time.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { analyze } from '../src/analyze.js';
import { adjustedRandIndex, normalizedMutualInformation } from '../src/cluster/evaluate-clustering.js';
import { createRandom } from '../src/core/random.js';
import { UNDATED_TIME, type Ticket } from '../src/core/ticket.js';
import { loadModels } from '../src/models/load-models.js';
import type { AnalyzeOptions } from '../src/pipeline/analyze-options.js';
import { parseTime } from '../src/read/parse-time.js';
import { readExports } from '../src/read/read-exports.js';
import type { Report } from '../src/report/report-schema.js';

interface HotProblems {
  problems: Array<{ name: string; ticketIds: Array<string | number> }>;
}

/** Problems of `key` found among the top `n` issues of `report` (the rule above), with the best match of each. */
export function scoreHotProblems(report: Pick<Report, 'issues'>, key: HotProblems, n: number): { found: number; lines: string[] } {
  const top = [...report.issues].sort((a, b) => a.rank - b.rank).slice(0, n);
  let found = 0;
  const lines = key.problems.map((p) => {
    const truth = new Set(p.ticketIds.map(String));
    let best = { cover: 0, purity: 0, label: 'no issue' };
    for (const issue of top) {
      const shared = issue.ticketIds.filter((id) => truth.has(id)).length;
      const cover = shared / truth.size;
      const purity = issue.ticketIds.length > 0 ? shared / issue.ticketIds.length : 0;
      const candidate = { cover, purity, label: `#${issue.rank} ${issue.label}` };
      if (cover >= 0.5 && purity >= 0.6) {
        best = candidate;
        break;
      }
      if (cover * purity > best.cover * best.purity) best = candidate;
    }
    const hit = best.cover >= 0.5 && best.purity >= 0.6;
    if (hit) found++;
    return `  ${hit ? 'found ' : 'missed'} ${p.name} (${truth.size} tickets): ${best.label}, cover ${best.cover.toFixed(2)}, purity ${best.purity.toFixed(2)}`;
  });
  return { found, lines };
}

function readCsv(path: string): Array<Record<string, string>> {
  return parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Array<Record<string, string>>;
}

/** Undated tickets from rows: `text` (and optionally `title`) columns, ids from `id` or the row number. */
function undatedTickets(rows: Array<Record<string, string>>, text: string, id?: string): Ticket[] {
  return rows
    .map((r, i): Ticket => ({ id: id ? (r[id] ?? String(i)) : String(i), text: r[text] ?? '', time: UNDATED_TIME, fields: {} }))
    .filter((t) => t.text.trim() !== '');
}

async function run(name: string, input: Ticket[] | string, options: AnalyzeOptions, top: number): Promise<Report> {
  const models = await loadModels();
  const started = performance.now();
  const read =
    typeof input === 'string'
      ? await readExports([input], options.read ?? {})
      : { files: [name], tickets: input, rejects: [], duplicates: 0, rowsRead: input.length, ...(input.every((t) => t.time === UNDATED_TIME) ? { undated: true } : {}) };
  const { report } = await analyze(read, options, { models });
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n== ${name}: ${report.input.accepted} tickets, ${report.issues.length} issues listed, tail ${report.issueTail?.groups ?? 0} groups / ${report.issueTail?.tickets ?? 0} tickets in no issue, ${seconds.toFixed(1)} s`);
  for (const issue of report.issues.slice(0, top)) {
    const sentence = issue.sentence ? `  「${issue.sentence.slice(0, 60)}」` : '';
    console.log(`  #${String(issue.rank).padEnd(3)} ${String(issue.tickets).padStart(5)}  ${issue.label}${sentence}`);
  }
  return report;
}

function topicNmi(report: Report, labelOf: (ticketId: string) => string): { nmi: number; ari: number } {
  const ids: string[] = [];
  const topics: number[] = [];
  report.topics.forEach((t, k) => {
    for (const id of t.ticketIds) {
      ids.push(id);
      topics.push(k);
    }
  });
  const labels = ids.map(labelOf);
  return { nmi: normalizedMutualInformation(topics, labels), ari: adjustedRandIndex(topics, labels) };
}

/** Runs the evaluations on command-line style arguments. */
export async function evalReal(args: string[]): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const { values } = parseArgs({
    args,
    options: { data: { type: 'string', default: join(root, '..', 'shared', 'data') }, only: { type: 'string' }, top: { type: 'string', default: '10' } },
  });
  const data = values.data!;
  const top = Number(values.top);
  const want = (name: string): boolean => (values.only === undefined || name.includes(values.only)) && existsSync(join(data, name));
  const board: string[] = [];

  if (want('heimao_finance_complaints')) {
    const dir = join(data, 'heimao_finance_complaints');
    const report = await run('heimao_finance_complaints (undated)', join(dir, 'heimao_finance_complaints.csv'), { read: { fields: { id: 'id', text: ['text'] } } }, top);
    const key = JSON.parse(readFileSync(join(dir, 'hot_problems.dev.json'), 'utf8')) as HotProblems;
    const score = scoreHotProblems(report, key, top);
    console.log(score.lines.join('\n'));
    board.push(`heimao hot problems in the top ${top}: ${score.found}/${key.problems.length}; issues listed ${report.issues.length}`);
  }

  if (want('online_shopping_10_cats')) {
    const all = readCsv(join(data, 'online_shopping_10_cats', 'online_shopping_10_cats.csv')).filter((r) => (r['review'] ?? '').trim() !== '');
    // A seeded shuffle: the file is sorted by category, so its first 20,000 rows hold only a few of them.
    const random = createRandom(7);
    const order = all.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random.next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rows = order.slice(0, 20_000).map((i) => all[i]!);
    const cat = new Map(rows.map((r, i) => [String(i), r['cat'] ?? '']));
    const report = await run('online_shopping_10_cats (20,000 drawn with seed 7, undated, topics 10)', undatedTickets(rows, 'review'), { topics: 10 }, top);
    const { nmi, ari } = topicNmi(report, (id) => cat.get(id) ?? '');
    console.log(`  topic NMI ${nmi.toFixed(4)}, ARI ${ari.toFixed(4)} against cat`);
    board.push(`online_shopping topic NMI ${nmi.toFixed(4)} (ARI ${ari.toFixed(4)}); issues listed ${report.issues.length}`);
  }

  if (want('cfpb_complaints_sample')) {
    const rows = readCsv(join(data, 'cfpb_complaints_sample', 'complaints_sample.csv')).filter((r) => (r['Consumer complaint narrative'] ?? '').trim() !== '');
    const product = new Map(rows.map((r) => [r['Complaint ID'] ?? '', r['Product'] ?? '']));
    for (const withTitle of [true, false]) {
      // The readers put a subject line first on a line of its own; here the same by hand, to compare with none.
      const tickets = rows.map((r): Ticket => {
        const issue = r['Issue'] ?? '';
        const narrative = r['Consumer complaint narrative'] ?? '';
        const ticket: Ticket = { id: r['Complaint ID'] ?? '', text: withTitle && issue ? `${issue}\n${narrative}` : narrative, time: parseTime(r['Date received'] ?? '', 'UTC') ?? 0, fields: {} };
        if (withTitle && issue) ticket.title = issue;
        return ticket;
      });
      const label = withTitle ? 'with the Issue column as subject line' : 'narrative only';
      const report = await run(`cfpb_complaints_sample, ${label}, monthly`, tickets, { period: 'month', lang: 'en' }, top);
      const { nmi } = topicNmi(report, (id) => product.get(id) ?? '');
      console.log(`  topic NMI ${nmi.toFixed(4)} against Product`);
      board.push(`cfpb ${label}: topic NMI ${nmi.toFixed(4)} against Product; issues listed ${report.issues.length}; top: ${report.issues[0]?.label ?? '-'}`);
    }
  }

  for (const [name, file, options] of [
    ['waimai_10k', join(data, 'waimai_10k', 'waimai_10k.csv'), {}],
    ['ChnSentiCorp_htl_all', join(data, 'ChnSentiCorp_htl_all', 'ChnSentiCorp_htl_all.csv'), {}],
    ['chezhiwang_car_complaints', join(data, 'chezhiwang_car_complaints', 'David-YYJ+DataEngine', 'car_complain.csv'), {}],
  ] as const) {
    if (!want(name)) continue;
    const report = await run(name, file, options, top);
    board.push(`${name}: issues listed ${report.issues.length}, top: ${report.issues[0]?.label ?? '-'}`);
  }
  console.log(`\nScoreboard\n${board.map((b) => `  ${b}`).join('\n')}`);
}

if (process.argv[1]?.endsWith('eval-real.ts')) await evalReal(process.argv.slice(2));
