import { z } from 'zod';
import { parseOptions } from '../core/parse-options.js';

/**
 * Options of rising-term (abnormal hot word) and region-burst detection, with every default.
 * The method and a worked example are in docs/rising-terms.md.
 */
export const risingOptionsSchema = z
  .strictObject({
    /** Number of previous periods the baseline is computed from. */
    window: z.number().int().min(1).default(7),
    /** A term needs at least this many tickets in the current period to rise. */
    minTickets: z.number().int().min(1).default(5),
    /** …and at least this many distinct customers (a ticket without customer counts as its own customer). */
    minCustomers: z.number().int().min(1).default(3),
    /** Minimum observed/expected ratio: large but steady terms are significant yet not news. */
    minRatio: z.number().min(1).default(3),
    /** False discovery rate, applied with Benjamini–Hochberg over every term of the current period. */
    alpha: z.number().gt(0).max(1).default(0.01),
    /** Floor on the expected count, for rare and new terms whose baseline rate is (near) zero. */
    expectedFloor: z.number().gt(0).default(0.5),
    /**
     * A period with fewer usable baseline periods than this raises nothing, so the first periods of a cold start
     * do not flag every term as new.
     */
    minBaselinePeriods: z.number().int().min(1).default(3),
    /**
     * Fraction of baseline periods trimmed from each end before averaging per-period rates (0 = mean, 0.5 =
     * median). 0.2 over 7 periods drops the highest and the lowest one, so one earlier spike does not hide the next.
     */
    trim: z.number().min(0).max(0.5).default(0.2),
    /**
     * For day periods: compare with the same weekday of previous weeks when at least `minBaselinePeriods` such
     * days are in the baseline given (load `baselinePeriodsToLoad(options)` periods); otherwise the latest days.
     */
    sameWeekday: z.boolean().default(false),
    /**
     * The tail test: `negbin` (default) is the Gamma–Poisson predictive, which also counts the uncertainty of a
     * baseline rate estimated from a few periods; `poisson` treats the expected count as exact.
     */
    test: z.enum(['negbin', 'poisson']).default('negbin'),
    /** At most this many rising terms are returned per period (the highest G² first). */
    maxTerms: z.number().int().min(1).default(50),
  })
  .refine((o) => o.minBaselinePeriods <= o.window, {
    message: 'minBaselinePeriods must not exceed window, or nothing could ever rise',
    path: ['minBaselinePeriods'],
  });

/** Rising-term options as a caller passes them (every field optional). */
export type RisingOptions = z.input<typeof risingOptionsSchema>;
/** Rising-term options resolved with defaults. */
export type ResolvedRisingOptions = z.output<typeof risingOptionsSchema>;

/**
 * Options of burst warnings. Level rule: red when tickets ≥ `redMinTickets` and (ratio ≥ `redRatio` or
 * p ≤ `redPValue`); orange when tickets ≥ `orangeMinTickets` and ratio ≥ `orangeRatio`; yellow otherwise.
 */
export const burstWarningOptionsSchema = z.strictObject({
  redRatio: z.number().min(1).default(10),
  redPValue: z.number().gt(0).max(1).default(1e-10),
  redMinTickets: z.number().int().min(1).default(20),
  orangeRatio: z.number().min(1).default(5),
  orangeMinTickets: z.number().int().min(1).default(10),
  /** Evidence spans per warning (one per ticket, first tickets in input order). */
  maxEvidence: z.number().int().min(0).default(5),
  /** Characters of ticket text shown as evidence for a region-only burst (no term to point at). */
  regionEvidenceChars: z.number().int().min(1).default(60),
});

/** Burst-warning options as a caller passes them. */
export type BurstWarningOptions = z.input<typeof burstWarningOptionsSchema>;
/** Burst-warning options resolved with defaults. */
export type ResolvedBurstWarningOptions = z.output<typeof burstWarningOptionsSchema>;

/** How many previous periods a caller should load from the history for these options. */
export function baselinePeriodsToLoad(options: RisingOptions = {}): number {
  const o = parseOptions(risingOptionsSchema, options, 'rising');
  return o.sameWeekday ? o.window * 7 : o.window;
}
