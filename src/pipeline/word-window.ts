import { periodBounds, periodIdOfDate, periodIdsOf, previousPeriodId } from '../core/periods.js';
import type { ResolvedAnalyzeOptions } from './analyze-options.js';

const DAY_MS = 86_400_000;

/** The periods whose discovered words a dated run keeps from the history: those last seen in `[since, before)`. */
export interface WordWindow {
  since: string;
  /** The run's first period as its sample tells it: words are loaded as they stood before it. */
  before: string;
}

/**
 * The history's words a run keeps: those last seen within `history.keepDays` days before the first period of its
 * sample (or, with everything kept, within the `historyHorizon` periods issues are matched over). The sample's first
 * period stands for the run's: words are added to the segmenter before the rest of the input is read. A re-run of
 * the same input has the same sample, so it loads the same words whatever its first run wrote (written under the
 * run's last period, never before the sample's first). Undefined without tickets to date.
 */
export function wordWindow(sampleTimes: readonly number[], opts: Pick<ResolvedAnalyzeOptions, 'period' | 'timeZone' | 'historyHorizon' | 'history'>): WordWindow | undefined {
  if (sampleTimes.length === 0) return undefined;
  let before: string | undefined;
  for (const id of periodIdsOf(sampleTimes, opts.period, opts.timeZone)) if (before === undefined || id < before) before = id;
  if (before === undefined) return undefined;
  const keepDays = opts.history.keepDays;
  if (keepDays === undefined) {
    let since = before;
    for (let i = 0; i < opts.historyHorizon; i++) since = previousPeriodId(since, opts.period);
    return { since, before };
  }
  const day = new Date(Date.parse(`${periodBounds(before, opts.period).start}T00:00:00Z`) - keepDays * DAY_MS);
  return { since: periodIdOfDate(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), opts.period), before };
}
