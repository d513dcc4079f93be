import type { PeriodTermCounts } from '../terms/period-term-counts.js';
import type { ResolvedRisingOptions } from './rising-options.js';

const DAY_ID = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Weekday (0 = Sunday) of a day period id, or undefined for other period kinds. */
function weekdayOf(period: string): number | undefined {
  const m = DAY_ID.exec(period);
  if (!m) return undefined;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
}

/**
 * The baseline periods a current period is compared with: periods strictly before it with at least one ticket,
 * newest first, at most `window`. With `sameWeekday` and day periods, only the same weekday when at least
 * `minBaselinePeriods` of those are available.
 */
export function selectBaselinePeriods(
  currentPeriod: string,
  baseline: readonly PeriodTermCounts[],
  options: Pick<ResolvedRisingOptions, 'window' | 'sameWeekday' | 'minBaselinePeriods'>,
): PeriodTermCounts[] {
  const earlier = baseline
    .filter((p) => p.period < currentPeriod && p.tickets > 0)
    .sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));
  if (options.sameWeekday) {
    const weekday = weekdayOf(currentPeriod);
    if (weekday !== undefined) {
      const same = earlier.filter((p) => weekdayOf(p.period) === weekday);
      if (same.length >= options.minBaselinePeriods) return same.slice(0, options.window);
    }
  }
  return earlier.slice(0, options.window);
}
