import type { PeriodSource } from './history-types.js';
import { estimateOverlap, type PeriodSketch } from './ticket-sketch.js';

/** One stored source a period of this run overlaps, with the estimated number of shared tickets. */
export interface SourceOverlap {
  period: string;
  fingerprint: string;
  /** Tickets the stored source holds for the period. */
  storedTickets: number;
  /** Tickets this run has in the period. */
  tickets: number;
  /** Estimated tickets both hold. */
  shared: number;
}

/** What to do with this run's period counts where earlier runs of other exports already hold the same periods. */
export interface OverlapPlan {
  /** Stored sources this run's counts replace: (almost) all of their tickets are in this run's period. */
  replaced: SourceOverlap[];
  /** Periods an earlier source already holds (almost) all of this run's tickets of: not stored again. */
  alreadyCounted: SourceOverlap[];
  /** Partial overlaps: both kept, so the shared tickets count twice in that period's history. */
  overlapping: SourceOverlap[];
}

/**
 * Decides how a run's periods join the history when other exports already hold them (pure; the history store
 * reads and applies it). A nightly export re-taken after a failed or partial one, or one whose window overlaps
 * yesterday's, must not count the same tickets twice in the baselines of later runs: where a stored source's
 * tickets are at least `containment` inside this run's (a fuller re-export), this run's counts replace it; where
 * this run's tickets are at least `containment` inside a stored source's (a partial re-export), the period is not
 * stored again; a smaller overlap keeps both and is reported. Exports that share no ticket (morning and evening
 * halves of a day) simply add up. Sources without a sketch are left alone.
 */
export function reconcileOverlappingExports(current: readonly PeriodSketch[], stored: readonly PeriodSource[], containment: number): OverlapPlan {
  const plan: OverlapPlan = { replaced: [], alreadyCounted: [], overlapping: [] };
  const byPeriod = new Map<string, PeriodSource[]>();
  for (const s of stored) {
    const list = byPeriod.get(s.period);
    if (list) list.push(s);
    else byPeriod.set(s.period, [s]);
  }
  for (const cur of current) {
    const overlaps: SourceOverlap[] = [];
    for (const source of byPeriod.get(cur.period) ?? []) {
      if (source.sketch === undefined || source.tickets <= 0 || cur.tickets <= 0) continue;
      const shared = Math.round(estimateOverlap(cur, { tickets: source.tickets, sketch: source.sketch }));
      if (shared > 0) overlaps.push({ period: cur.period, fingerprint: source.fingerprint, storedTickets: source.tickets, tickets: cur.tickets, shared });
    }
    // Checked first: when a stored source already holds this run's tickets, replacing smaller sources would still
    // leave this run's tickets counted by that one and by nothing else, so nothing is replaced.
    const holder = overlaps.find((o) => o.shared >= containment * o.tickets && o.shared < containment * o.storedTickets);
    if (holder) {
      plan.alreadyCounted.push(holder);
      continue;
    }
    for (const o of overlaps) {
      if (o.shared >= containment * o.storedTickets) plan.replaced.push(o);
      else plan.overlapping.push(o);
    }
  }
  return plan;
}
