import { buildClassifierModel, type ClassifierModel } from '../cluster/classifier-model.js';
import { customerNumbers } from '../core/customer-numbers.js';
import { periodBounds } from '../core/periods.js';
import { buildReportHistory } from './build-report-history.js';
import type { StoredIssue } from '../history/history-types.js';
import { countIssuesByPeriod, withPeriodHistory } from './issue-period-counts.js';
import type { IssuePeriodCounts } from './summarize-periods.js';
import { REPORT_SCHEMA_VERSION, type FadedIssue, type Report } from '../report/report-schema.js';
import { corpusTicketIndex } from '../warnings/corpus-ticket-index.js';
import { redactedConfig } from './analyze-options.js';
import type { RaisedWarnings } from './raise-warnings-step.js';

/** The run's report, beside everything the steps before it gave. */
export interface BuiltReport extends RaisedWarnings {
  report: Report;
  /** What the classifier needs of this run: topic centroids and issue signatures. */
  model: ClassifierModel;
  /** This run's issues as the history keeps them, with their tickets per period of the input. */
  signatures: StoredIssue[];
  /** Each issue's tickets and customers per period of the input. */
  issueCounts: IssuePeriodCounts;
}

/**
 * Step 7 of a run: the report — input counts, periods, hot and rising terms, topics, issues (with the stored issues
 * that faded), new words, warnings and their digest, messages, the resolved options (secrets redacted) and, with
 * dates, the history series its charts draw — and the classifier model of the run.
 */
export async function buildReport(warned: RaisedWarnings): Promise<BuiltReport> {
  const { run, read, corpus, undated, firstPeriod, issues, finding, clustering, storedIssues, risingTerms } = warned;
  const { options: opts, deps } = run;
  run.stage('building report');
  // Each issue's tickets per period of the input, so the history holds a day's count for every day of a longer export.
  const issueCounts: IssuePeriodCounts = undated ? new Map() : countIssuesByPeriod(issues, corpusTicketIndex(corpus), warned.periodIds, customerNumbers(corpus).customerOf);
  const signatures = undated || firstPeriod === undefined ? finding.signatures : withPeriodHistory(finding.signatures, issueCounts, firstPeriod);
  const history = undated
    ? undefined
    : await buildReportHistory(
        run.history,
        { kind: opts.period, current: warned.storedCounts, issues, stored: signatures, risingTerms, excludeFingerprint: warned.fingerprint },
        opts.history,
        opts.rising,
      );
  const model = buildClassifierModel({
    matrices: [clustering.matrix],
    topics: clustering.topics.map((t, i) => ({ id: t.id, centroid: clustering.centroids[i] ?? [] })),
    issues: finding.signatures,
  });
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    generatedAt: (deps.now ?? new Date()).toISOString(),
    input: { files: read.files, rowsRead: read.rowsRead, accepted: corpus.tickets.length, rejected: read.rejects.length, duplicates: read.duplicates },
    periods: warned.periodCounts.map((d) => ({ ...periodBounds(d.period, opts.period), tickets: d.tickets })),
    hotTerms: warned.hotTerms,
    risingTerms,
    topics: clustering.topics,
    issues,
    issueTail: finding.tail,
    newWords: warned.newWords.map((w) => ({ word: w.word, tickets: w.tickets, kind: w.kind, pinned: w.pinned, status: w.status })),
    fadedIssues: fadedIssues(storedIssues, finding.signatures),
    warnings: warned.warnings,
    digest: warned.digest,
    messages: [...(deps.messages ?? []), ...run.messages.list],
    config: { ...redactedConfig(opts), lang: opts.lang },
    ...(history ? { history } : {}),
  };
  return { ...warned, report, model, signatures, issueCounts };
}

/** Stored issues this run did not match: faded problems, most recently seen first. */
function fadedIssues(stored: readonly StoredIssue[], current: readonly StoredIssue[]): FadedIssue[] {
  const continuing = new Set(current.map((i) => i.id));
  return stored
    .filter((i) => !continuing.has(i.id))
    .map((i) => ({ id: i.id, label: i.label, lastSeen: i.lastPeriod, lastTickets: i.history.at(-1)?.[1] ?? 0 }))
    .sort((a, b) => b.lastSeen.localeCompare(a.lastSeen) || b.lastTickets - a.lastTickets || a.id.localeCompare(b.id));
}
