/**
 * Benchmarks the warnings stage alone: the history rows (SimHash of every customer ticket) and every period of a
 * generated export warned in turn the way analyze does (high-risk, mass fault, repeats, TOP, suppression), with one
 * shared WarningIndex. The corpus, issues and topics come from one full analyze run beforehand, so only the warnings
 * stage is timed; each run gets a fresh corpus object so per-corpus memos are rebuilt. Prints wall and CPU
 * milliseconds per run (CPU is the steadier figure on a shared machine).
 *   npx tsx bench/warnings.bench.ts [--n 3000] [--days 14]
 */
import { parseArgs } from 'node:util';
import { Bench } from 'tinybench';
import { analyze } from '../src/analyze.js';
import { periodId } from '../src/core/periods.js';
import { generateExport } from '../src/generate/generate-export.js';
import type { StoredWarning } from '../src/history/history-types.js';
import { loadModels } from '../src/models/load-models.js';
import type { Warning } from '../src/report/report-schema.js';
import { buildCustomerTickets } from '../src/warnings/build-customer-tickets.js';
import { createRiskMatcher } from '../src/warnings/create-risk-matcher.js';
import { suppressWarnings } from '../src/warnings/suppress-warnings.js';
import { ticketSubjects } from '../src/warnings/ticket-subjects.js';
import { warnHighRisk } from '../src/warnings/warn-high-risk.js';
import { warnMassFault } from '../src/warnings/warn-mass-fault.js';
import { warnRepeats } from '../src/warnings/warn-repeats.js';
import { warnTopIssues } from '../src/warnings/warn-top-issues.js';
import type { WarningContext } from '../src/warnings/warning-context.js';
import { createWarningIndex } from '../src/warnings/warning-index.js';
import { generatedTickets } from '../tests/helpers/generated-tickets.js';

const { values } = parseArgs({ options: { n: { type: 'string' }, days: { type: 'string' } } });
const n = Number(values.n ?? 3000);
const days = Number(values.days ?? 14);
const models = await loadModels();
const generated = generateExport({ n, seed: 20261101, days });
const { corpus: analyzed, report, options } = await analyze(generatedTickets(generated), {}, { models });
const periodIds = analyzed.tickets.map((t) => periodId(t.time, options.period, options.timeZone));
const periods = report.periods.map((p) => p.id);
const issues = report.issues;
const topics = report.topics;

/** Warns every period like analyze; a fresh corpus object, matcher and index each call, so each run pays for them. */
function warnAllPeriods(): number {
  const corpus = { ...analyzed };
  const matcher = createRiskMatcher(models.risk, options.warnings.risk);
  const customerTickets = buildCustomerTickets(corpus, ticketSubjects(issues, topics));
  const index = createWarningIndex(corpus, periodIds);
  let state: StoredWarning[] = [];
  let count = 0;
  for (const period of periods) {
    const context: WarningContext = { corpus, periodIds, period, kind: options.period, routing: models.routing, index, matcher };
    const raised: Warning[] = [
      ...warnHighRisk(context, matcher, options.warnings),
      ...warnMassFault(issues, context, options.warnings),
      ...warnRepeats(issues, context, { customerTickets }, options.warnings, topics),
      ...warnTopIssues(issues, context, [], options.warnings),
    ];
    const out = suppressWarnings(raised, state, period, options.warnings);
    state = [...new Map([...state, ...out.state].map((s) => [s.key, s])).values()];
    count += out.warnings.length;
  }
  return count;
}

const bench = new Bench({ iterations: 5, warmupIterations: 1 });
const cpuMs: number[] = [];
bench.add(`warnings stage: ${analyzed.tickets.length} tickets, ${periods.length} periods`, () => {
  const before = process.cpuUsage();
  warnAllPeriods();
  const used = process.cpuUsage(before);
  cpuMs.push((used.user + used.system) / 1000);
});
await bench.run();
console.table(bench.table());
console.log(`CPU ms per run: ${cpuMs.map((ms) => Math.round(ms)).join(', ')}`);
console.log(`warnings raised per run: ${warnAllPeriods()}`);
