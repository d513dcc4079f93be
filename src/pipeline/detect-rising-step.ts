import { describeExportOverlaps } from '../history/describe-export-overlaps.js';
import { reconcileOverlappingExports, type OverlapPlan } from '../history/reconcile-overlapping-exports.js';
import type { RisingTerm } from '../report/report-schema.js';
import { detectRegionBursts } from '../rising/detect-region-bursts.js';
import { detectRisingTerms } from '../rising/detect-rising-terms.js';
import { baselinePeriodsToLoad } from '../rising/rising-options.js';
import type { PeriodTermCounts } from '../terms/period-term-counts.js';
import type { CountedTerms } from './count-terms-step.js';

/** The run's rising terms against the history, beside what steps 1-2 gave. */
export interface RisenTerms extends CountedTerms {
  /** Rising terms of every period, then region bursts of every period. */
  risingTerms: RisingTerm[];
  /** The input's first period; none for an undated export (nothing is compared with the history). */
  firstPeriod: string | undefined;
  /** Which stored exports of the same periods this one replaces, and which of its periods are stored already. */
  overlaps: OverlapPlan;
}

/**
 * Step 3 of a run: rising terms and region bursts of each period against a baseline of the periods before it —
 * the input's own earlier periods, then the history's — and how this export overlaps the exports stored for its
 * periods (a re-export replaces, a part already stored is not stored again; said in the messages).
 */
export async function detectRising(counted: CountedTerms): Promise<RisenTerms> {
  const { run, undated, periods, periodCounts, storedCounts, sketches, fingerprint } = counted;
  const { options: opts, history } = run;
  run.stage('detecting rising terms');
  const risingTerms: RisingTerm[] = [];
  const regionBursts: RisingTerm[] = [];
  // An undated export has no earlier periods to compare with: nothing rises, nothing is loaded.
  const firstPeriod = undated ? undefined : periods[0];
  const stored = firstPeriod ? await history.loadPeriodCounts(opts.period, firstPeriod, baselinePeriodsToLoad(opts.rising), { excludeFingerprint: fingerprint }) : [];
  if (!undated) {
    periodCounts.forEach((current, i) => {
      // Newest first: earlier periods of this input, then the history before the input.
      const baseline: PeriodTermCounts[] = [...storedCounts.slice(0, i).reverse(), ...stored];
      risingTerms.push(...detectRisingTerms(current, baseline, opts.rising));
      regionBursts.push(...detectRegionBursts(current, baseline, opts.rising));
    });
  }
  const sources = undated ? [] : ((await history.loadPeriodSources?.(opts.period, periods, { excludeFingerprint: fingerprint })) ?? []);
  const overlaps = reconcileOverlappingExports(sketches, sources, opts.exportContainment);
  describeExportOverlaps(overlaps, run.messages);
  return { ...counted, risingTerms: [...risingTerms, ...regionBursts], firstPeriod, overlaps };
}
