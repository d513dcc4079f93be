import { periodBounds, periodIdOfDate, previousPeriodId, zonedTimeToUtc, type PeriodKind } from '../core/periods.js';

/**
 * Where retention (`history.keepDays`) cuts the state after a run whose last period is `last`: the first period of
 * `kind` to keep detail for — the one holding the day `keepDays - 1` days before the end of `last`, or earlier so
 * that the `baselinePeriods` periods up to `last` keep their term counts (the next run's baseline) —
 * and the time (local midnight of that day in `timeZone`) before which customer tickets go, never after
 * `customerSinceMs` (the earliest ticket a repeat check of this run looked at).
 */
export function retentionBound(
  last: string,
  kind: PeriodKind,
  keepDays: number,
  baselinePeriods: number,
  customerSinceMs: number,
  timeZone: string,
): { period: string; timeMs: number } {
  const end = periodBounds(last, kind).end;
  const cut = new Date(Date.parse(`${end}T00:00:00Z`) - (keepDays - 1) * 86_400_000);
  const [y, m, d] = [cut.getUTCFullYear(), cut.getUTCMonth() + 1, cut.getUTCDate()];
  let floor = last;
  for (let i = 1; i < baselinePeriods; i++) floor = previousPeriodId(floor, kind);
  const byDays = periodIdOfDate(y, m, d, kind);
  return {
    period: byDays < floor ? byDays : floor,
    timeMs: Math.min(zonedTimeToUtc(y, m, d, 0, 0, 0, timeZone), customerSinceMs),
  };
}
