import type { CustomerTicket, StoredWarning } from '../history/history-types.js';
import type { Report, Warning } from '../report/report-schema.js';
import { buildCustomerTickets } from '../warnings/build-customer-tickets.js';
import { corpusTicketIndex } from '../warnings/corpus-ticket-index.js';
import { createRiskMatcher } from '../warnings/create-risk-matcher.js';
import { packageWarnings } from '../warnings/package-warnings.js';
import { suppressWarnings } from '../warnings/suppress-warnings.js';
import { corpusSubjects } from '../warnings/ticket-subjects.js';
import { createWarningIndex } from '../warnings/warning-index.js';
import { producePeriodWarnings } from '../warnings/warning-producers.js';
import type { FoundIssues } from './find-issues-step.js';
import type { PendingRiskScans } from './scan-risk-step.js';

const DAY_MS = 86_400_000;

/** The run's warnings, beside what steps 1-5 gave. */
export interface RaisedWarnings extends FoundIssues {
  /** The warnings of every period after suppression, packaged (evidence in context, digest order). */
  warnings: Warning[];
  digest: Report['digest'];
  /** The warning state of every period, kept as that period's version so a re-run of any of them finds its past. */
  warningVersions: StoredWarning[];
  /** This run's tickets with a customer: its repeat history for the next runs. */
  customerTickets: CustomerTicket[];
  /** The earliest ticket time of the input (Infinity for none). */
  earliest: number;
}

/**
 * Step 6 of a run: for each period, every warning producer (high-risk tickets, mass faults, repeats, bursts of
 * rising terms, TOP issues) against the warning state the history holds, suppressed so a warning already raised
 * reads `continuing`, then packaged with evidence and a digest. `riskScans` (from `startRiskScans`) are the
 * tickets' risk scans made in a worker meanwhile; without them each ticket is scanned here.
 */
export async function raiseWarnings(found: FoundIssues, riskScans?: PendingRiskScans): Promise<RaisedWarnings> {
  const { run, corpus, periodIds, periods, issues, storedIssues, risingTerms, undated, horizon, firstPeriod } = found;
  const { options: opts, history, deps } = run;
  const topics = found.clustering.topics;
  run.stage('raising warnings');
  const matcher = createRiskMatcher(deps.models.risk, opts.warnings.risk, found.segmenter, deps.models.riskClassifier);
  const ownIds = corpusTicketIndex(corpus);
  const customerTickets = buildCustomerTickets(corpus, corpusSubjects(ownIds, issues, topics));
  const scans = riskScans ? await riskScans.scans() : undefined;
  await riskScans?.close();
  const index = createWarningIndex(corpus, periodIds, scans ? { matcher, scans } : undefined);
  const earliest = corpus.tickets.reduce((m, t) => Math.min(m, t.time), Infinity);
  const earlier: CustomerTicket[] = !undated && Number.isFinite(earliest)
    ? await history.loadCustomerTickets([...index.docsByCustomer.hashes()], earliest - opts.warnings.repeatWindowDays * DAY_MS, { beforeMs: earliest })
    : [];
  const repeatHistory = [...earlier.filter((c) => !ownIds.has(c.ticketId)), ...customerTickets];
  const warningsOptions = { ...opts.warnings, topN: opts.top };
  let state: StoredWarning[] = undated ? [] : await history.loadWarnings(horizon, { before: firstPeriod });
  const warningVersions: StoredWarning[] = [];
  const raised: Warning[] = [];
  for (const period of periods) {
    const context = { corpus, periodIds, period, kind: opts.period, routing: deps.models.routing, index, matcher };
    const input = { context, issues, topics, stored: storedIssues, customerTickets: repeatHistory, rising: risingTerms };
    const suppressed = suppressWarnings(producePeriodWarnings(input, { warnings: warningsOptions, bursts: opts.bursts }), state, period, warningsOptions);
    raised.push(...suppressed.warnings);
    state = mergeWarningState(state, suppressed.state);
    warningVersions.push(...suppressed.state);
  }
  const packaged = packageWarnings(raised, corpus, index.ticketIndex, periods, warningsOptions);
  return { ...found, warnings: packaged.warnings, digest: packaged.digest, warningVersions, customerTickets, earliest };
}

function mergeWarningState(previous: StoredWarning[], next: StoredWarning[]): StoredWarning[] {
  const byKey = new Map(previous.map((w) => [w.key, w]));
  for (const w of next) byKey.set(w.key, w);
  return [...byKey.values()];
}
