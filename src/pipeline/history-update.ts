import type { HistoryUpdate } from '../history/history-types.js';
import { retentionBound } from '../history/retention-bound.js';
import { summarizePeriods } from './summarize-periods.js';
import { baselinePeriodsToLoad } from '../rising/rising-options.js';
import type { BuiltReport } from './build-report-step.js';
import { wordsToStore } from './words-to-store.js';

const DAY_MS = 86_400_000;

/**
 * What a run writes to the history, for the caller to commit: each period's term counts, sketch and report summary
 * (but those of periods another stored export already holds), the exports it replaces, issue signatures, warning
 * state versions, the words it found or kept, customer tickets, the classifier model, and what retention may prune.
 * An undated run has no period to file its counts, issues, warnings or words under: it keeps only the classifier model.
 */
export function historyUpdate(built: BuiltReport): HistoryUpdate {
  const { run, fingerprint, undated, firstPeriod, overlaps, earliest, periods } = built;
  const opts = run.options;
  const kind = opts.period;
  const model = JSON.stringify(built.model);
  if (undated) return { fingerprint, kind, periodCounts: [], periodSketches: [], replaces: [], issues: [], warnings: [], words: [], customerTickets: [], model };
  const notStored = new Set(overlaps.alreadyCounted.map((o) => o.period));
  const keepDetailFrom =
    firstPeriod === undefined || opts.history.keepDays === undefined || !Number.isFinite(earliest)
      ? undefined
      : retentionBound(periods.at(-1) ?? '', kind, opts.history.keepDays, baselinePeriodsToLoad(opts.rising), earliest - opts.warnings.repeatWindowDays * DAY_MS, opts.timeZone);
  return {
    fingerprint,
    kind,
    periodCounts: built.storedCounts.filter((p) => !notStored.has(p.period)),
    periodSketches: built.sketches.filter((p) => !notStored.has(p.period)),
    replaces: overlaps.replaced.map((o) => ({ period: o.period, fingerprint: o.fingerprint })),
    periodSummaries: summarizePeriods(built.report, built.issueCounts, opts.history).filter((p) => !notStored.has(p.period)),
    issues: built.signatures,
    warnings: built.warningVersions,
    // Without a window the run read no words (its own segmenter, discovery off), so it has none of the history's to carry.
    words: built.wordWindow === undefined ? [] : wordsToStore(built.newWords, built.storedCounts),
    ...(built.wordWindow === undefined || opts.history.keepDays === undefined ? {} : { keepWordsFrom: built.wordWindow.since }),
    ...(built.horizon === undefined ? {} : { keepVersionsFrom: built.horizon }),
    ...(keepDetailFrom === undefined ? {} : { keepDetailFrom }),
    customerTickets: built.customerTickets,
    model,
  };
}
