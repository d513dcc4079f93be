import type { Corpus } from './core/corpus.js';
import type { ReadResult, ReadStream, Reject, TicketInput } from './core/ticket.js';
import type { HistoryUpdate } from './history/history-types.js';
import type { AnalyzeOptions, ResolvedAnalyzeOptions } from './pipeline/analyze-options.js';
import { buildReport } from './pipeline/build-report-step.js';
import { countTerms } from './pipeline/count-terms-step.js';
import { detectRising } from './pipeline/detect-rising-step.js';
import { findRecurringIssues } from './pipeline/find-issues-step.js';
import { findTopics, startTopics, whileClustering } from './pipeline/find-topics-step.js';
import { historyUpdate } from './pipeline/history-update.js';
import { prepareTexts } from './pipeline/prepare-texts-step.js';
import { raiseWarnings } from './pipeline/raise-warnings-step.js';
import { startRiskScans } from './pipeline/scan-risk-step.js';
import type { AnalyzeDeps } from './pipeline/run-context.js';
import type { Report } from './report/report-schema.js';

export type { AnalyzeDeps } from './pipeline/run-context.js';

/** Everything a run produced: the report, the rows it rejected, and what to write to the history. */
export interface AnalyzeResult {
  report: Report;
  rejects: Reject[];
  /** Apply with `history.commit(update)` to keep this run for the next one. */
  update: HistoryUpdate;
  /** The normalized, segmented tickets, for exploration. */
  corpus: Corpus;
  /** Topic index of every ticket of `corpus`. */
  topicOf: Int32Array;
  /** Issue index of every ticket of `corpus` (into `report.issues`), -1 for none. */
  issueOf: Int32Array;
  options: ResolvedAnalyzeOptions;
}

/**
 * Runs the whole analysis over tickets already read: normalize → segment → term statistics → rising terms against
 * the history → topics and recurring issues → warnings → report. Pure apart from reading `deps.history`; it writes
 * nothing (the caller commits `update` and writes the report). Each step is a function of
 * `complaint-hotspots/stages` taking the step before it, so walking them one by one gives this same report.
 *
 * @param input a {@link ReadResult} from `readExports`, a {@link ReadStream} from `streamExports` (normalized batch
 *   by batch as it is read, so the raw tickets are never all in memory), or tickets (invalid ones are rejected
 *   with a reason, repeated ids counted as duplicates).
 */
export async function analyze(input: ReadResult | ReadStream | TicketInput[], options: AnalyzeOptions = {}, deps: AnalyzeDeps): Promise<AnalyzeResult> {
  const texts = await prepareTexts(input, { ...deps, options });
  // Topics first: their k-means restarts run in a worker thread while terms are counted and rising terms detected.
  const pending = startTopics(texts);
  // The risk scan of every ticket, which the warnings need, runs in another worker thread meanwhile.
  const riskScans = startRiskScans(texts);
  let warned;
  try {
    const risen = await whileClustering(pending, async () => detectRising(countTerms(texts)));
    const issues = await findRecurringIssues(await findTopics(risen, pending));
    warned = await raiseWarnings(issues, riskScans);
  } finally {
    await riskScans?.close();
  }
  const built = await buildReport(warned);
  return {
    report: built.report,
    rejects: built.read.rejects,
    update: historyUpdate(built),
    corpus: built.corpus,
    topicOf: built.clustering.assignments,
    issueOf: built.finding.assignments,
    options: built.run.options,
  };
}
