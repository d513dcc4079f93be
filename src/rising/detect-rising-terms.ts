import type { RisingTerm } from '../report/report-schema.js';
import type { PeriodTermCounts, PeriodTermDetail } from '../terms/period-term-counts.js';
import { REGION_PREFIX } from './region-keys.js';
import type { RisingOptions } from './rising-options.js';
import { testPeriodCounts } from './test-period-counts.js';

/**
 * Abnormally frequent terms of one period against its baseline (docs/rising-terms.md).
 *
 * For each term of `current`: the baseline rate is the trimmed mean of its per-period rates (tickets with the
 * term / tickets) over the previous `window` periods of `baseline`; expected = max(expectedFloor, rate · current
 * tickets); the p-value is the Poisson upper tail P(X ≥ observed | expected). Benjamini–Hochberg runs over every
 * term of the period (support filters come after, so they cannot make the correction lenient). A term rises when
 * its BH q ≤ alpha, ratio = observed / expected ≥ minRatio, and it has at least minTickets tickets and
 * minCustomers distinct customers. Ranked by Dunning's G², highest first; `isNew` when no baseline period holds
 * it. Returns [] when fewer than `minBaselinePeriods` baseline periods exist (cold start). Region pseudo-terms
 * (`region:…`, see `detectRegionBursts`) are skipped. Pure: no I/O.
 */
export function detectRisingTerms(
  current: PeriodTermDetail,
  baseline: readonly PeriodTermCounts[],
  options: RisingOptions = {},
): RisingTerm[] {
  return testPeriodCounts(current, baseline, options, (key) => !key.startsWith(REGION_PREFIX));
}
