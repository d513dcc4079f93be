import type { DigestEntry, Warning } from '../report/report-schema.js';
import { levelRank } from './risk-lexicon.js';

/** New and escalated warnings are news; a continuing one was raised before. */
const novelty = (w: Warning): number => (w.status === 'continuing' ? 0 : 1);

/** The tickets behind a warning: its `tickets` metric (a window total for repeats), else its ticket ids. */
function sizeOf(w: Warning): number {
  const m = w.metrics['tickets'];
  return typeof m === 'number' ? m : w.ticketIds.length;
}

/** Most urgent first: level, then new/escalated before continuing, then size, then id (a stable order). */
export function byDigestOrder(a: Warning, b: Warning): number {
  return (
    levelRank(b.level) - levelRank(a.level) ||
    novelty(b) - novelty(a) ||
    sizeOf(b) - sizeOf(a) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * The digest of a report: for every period of `periods` (in that order, a period without warnings included), the
 * ids of at most `size` of its warnings a manager must see first — by level, then novelty (new and escalated before
 * continuing), then size (tickets), then id. The other warnings stay in the full list.
 */
export function buildDigest(warnings: readonly Warning[], periods: readonly string[], size: number): DigestEntry[] {
  const byPeriod = new Map<string, Warning[]>(periods.map((p) => [p, []]));
  for (const w of warnings) byPeriod.get(w.period)?.push(w);
  return periods.map((period) => ({
    period,
    warningIds: byPeriod
      .get(period)!
      .sort(byDigestOrder)
      .slice(0, size)
      .map((w) => w.id),
  }));
}
