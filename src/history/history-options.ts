import { z } from 'zod';
import type { PeriodKind } from '../core/periods.js';

/**
 * What a report takes from the history and what the history keeps for roll-ups (`history` in the config), with
 * every default. The charts span the last `chartPeriods` periods (30 days, or 12 weeks, dekads or months when
 * omitted); a TOP issue's trend compares its tickets over the last `trendPeriods` periods with the `trendPeriods`
 * before them.
 */
export const historyOptionsSchema = z.strictObject({
  /** How many periods the report's history charts span, this report's included; by period kind when omitted. */
  chartPeriods: z.number().int().min(2).max(400).optional(),
  /** How many TOP issues get a series in `report.history.issues`. */
  chartIssues: z.number().int().min(1).max(50).default(10),
  /** How many rising terms of the latest period get a series in `report.history.terms`. */
  chartTerms: z.number().int().min(1).max(20).default(5),
  /** Periods on each side of the trend comparison (recent against the ones just before). */
  trendPeriods: z.number().int().min(1).default(3),
  /** Ratio of the recent mean to the earlier one from which a trend is rising (or, inverted, falling). */
  trendRatio: z.number().gt(1).default(1.5),
  /** Issues kept per period for roll-ups, the largest of the period first. */
  summaryIssues: z.number().int().min(0).max(500).default(30),
  /** Warnings kept per period for roll-ups, in digest order. */
  summaryWarnings: z.number().int().min(0).max(1000).default(50),
  /**
   * Days of detail the state keeps (term counts, customer tickets, period summaries, issue and warning versions,
   * discovered words: a run keeps the words seen within this many days before it); older detail is pruned at each
   * commit, while the per-period ticket totals stay. None: everything is kept.
   */
  keepDays: z.number().int().min(1).optional(),
});

/** History options as a caller passes them. */
export type HistoryOptions = z.input<typeof historyOptionsSchema>;
/** History options with every default filled in. */
export type ResolvedHistoryOptions = z.output<typeof historyOptionsSchema>;

/** The number of periods the history charts span: the option, else 30 days or 12 weeks, dekads or months. */
export function chartPeriodsOf(options: Pick<ResolvedHistoryOptions, 'chartPeriods'>, kind: PeriodKind): number {
  return options.chartPeriods ?? (kind === 'day' ? 30 : 12);
}
