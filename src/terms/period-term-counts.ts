/**
 * Ticket frequency of every term (and phrase, written `a+b`) in one period. This is what the history store keeps
 * per period and what rising-term detection compares against. Terms are keyed by text, not id, so counts survive
 * across runs with different vocabularies.
 */
export interface PeriodTermCounts {
  /** Period id (`2026-11-21`, `2026-W47`, `2026-11-D2`, `2026-11`). */
  period: string;
  /** Number of tickets in the period. */
  tickets: number;
  /** term -> number of tickets of the period containing it. */
  counts: Map<string, number>;
}

/**
 * Counts of the period being analysed, with what the detector needs beyond the stored counts: distinct
 * customers per term (minimum support) and the ticket ids per term (evidence). Not stored.
 */
export interface PeriodTermDetail extends PeriodTermCounts {
  /** term -> number of distinct customers among its tickets (a ticket without customer counts as its own). */
  customers: ReadonlyMap<string, number>;
  /**
   * term -> ids of the tickets containing it, in input order. Read-only: `countTermsByPeriod` makes a term's ids
   * only when asked for (`PeriodSlotMap`), a new array on each `get`.
   */
  ticketIds: ReadonlyMap<string, readonly string[]>;
}
