import { findIssues, type IssueFinding } from '../cluster/find-issues.js';
import { previousPeriodId, type PeriodKind } from '../core/periods.js';
import type { StoredIssue } from '../history/history-types.js';
import type { Issue } from '../report/report-schema.js';
import type { FoundTopics } from './find-topics-step.js';

/** The run's recurring issues, beside what steps 1-4 gave. */
export interface FoundIssues extends FoundTopics {
  /** Issues as the history held them before the input's first period, within the horizon. */
  storedIssues: StoredIssue[];
  /** The issues found, each ticket's issue, their signatures to store, and the tail too small to list. */
  finding: IssueFinding;
  /** The issues as reported (an undated export has no first or last date to tell). */
  issues: Issue[];
  /** The oldest period whose issues and warning state are read from the history (`historyHorizon` back). */
  horizon: string | undefined;
}

/**
 * Step 5 of a run: problem-level recurring issues (an entity plus what went wrong), matched with the issues the
 * history holds so a continuing issue keeps its id, ranked by heat.
 */
export async function findRecurringIssues(topics: FoundTopics): Promise<FoundIssues> {
  const { run, corpus, undated, periods, firstPeriod, clustering } = topics;
  const { options: opts, history, deps } = run;
  run.stage('finding recurring issues');
  const horizon = firstPeriod ? periodsBefore(firstPeriod, opts.period, opts.historyHorizon) : undefined;
  // Everything loaded from the history is as it stood before this export's first period: running the same periods
  // again (a re-run, a killed run's retry, an earlier night after later ones) sees what their first run saw.
  const storedIssues = undated ? [] : await history.loadIssues(horizon, { before: firstPeriod });
  const finding = findIssues(corpus, { ...opts.cluster.issues, timeZone: opts.timeZone }, {
    previous: storedIssues,
    period: periods.at(-1) ?? '',
    topics: clustering,
    grouping: {
      models: deps.models.grouping,
      entities: topics.entities,
      words: topics.newWords.map((w) => w.word),
      // Found words are entities when they end in a suffix after a name; one kept as a word was judged no name.
      notEntities: topics.newWords.filter((w) => w.kind === 'word' && !w.pinned).map((w) => w.word),
      replyMarkers: deps.models.risk.replyMarkers ?? [],
      customerMarkers: deps.models.risk.customerMarkers ?? [],
    },
  });
  const issues = undated ? finding.issues.map((i) => ({ ...i, firstSeen: '', lastSeen: '' })) : finding.issues.slice();
  return { ...topics, storedIssues, finding, issues, horizon };
}

/** The id of the period `count` periods before `id`. */
function periodsBefore(id: string, kind: PeriodKind, count: number): string {
  let at = id;
  for (let i = 0; i < count; i++) at = previousPeriodId(at, kind);
  return at;
}
