import type { RisingTerm } from '../report/report-schema.js';
import type { PeriodTermCounts, PeriodTermDetail } from '../terms/period-term-counts.js';
import { REGION_PREFIX } from './region-keys.js';
import type { RisingOptions } from './rising-options.js';
import { testPeriodCounts } from './test-period-counts.js';

/**
 * Regions (and region+term pairs) whose ticket count jumps far above their baseline share of the volume: the
 * rising-term test of `detectRisingTerms` over the `region:` pseudo-terms only (built by `countRegionTickets`),
 * so Benjamini–Hochberg corrects over regions, not over every word. `baseline` holds the stored counts of earlier
 * periods, which must include the same region keys (store the merged counts).
 */
export function detectRegionBursts(
  current: PeriodTermDetail,
  baseline: readonly PeriodTermCounts[],
  options: RisingOptions = {},
): RisingTerm[] {
  return testPeriodCounts(current, baseline, options, (key) => key.startsWith(REGION_PREFIX));
}
