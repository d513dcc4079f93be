import type { StoredIssue } from '../history/history-types.js';
import type { IssuePeriodCounts } from './summarize-periods.js';

/**
 * Tickets and distinct customers of each issue in each period of the input: issue id -> period -> counts. A ticket
 * id the index does not know is skipped; a ticket without a customer counts as its own customer.
 */
export function countIssuesByPeriod(
  issues: ReadonlyArray<{ id: string; ticketIds: readonly string[] }>,
  ticketIndex: ReadonlyMap<string, number>,
  periodIds: readonly string[],
  customerOf: (doc: number) => string | undefined,
): Map<string, Map<string, { tickets: number; customers: number }>> {
  const out = new Map<string, Map<string, { tickets: number; customers: number }>>();
  for (const issue of issues) {
    const byPeriod = new Map<string, { tickets: number; customers: Set<string> }>();
    for (const id of issue.ticketIds) {
      const doc = ticketIndex.get(id);
      if (doc === undefined) continue;
      const period = periodIds[doc]!;
      let slot = byPeriod.get(period);
      if (!slot) byPeriod.set(period, (slot = { tickets: 0, customers: new Set() }));
      slot.tickets++;
      slot.customers.add(customerOf(doc) ?? `\u0000${id}`);
    }
    out.set(issue.id, new Map([...byPeriod].sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, s]) => [p, { tickets: s.tickets, customers: s.customers.size }])));
  }
  return out;
}

/**
 * The stored issues with their tickets in each period of the input in their history, rather than the whole input's
 * tickets under its last period (what issue finding records): a run over several days keeps each day's count, as
 * nightly runs would have, and the issue's first period is the first it had tickets in.
 */
export function withPeriodHistory(stored: readonly StoredIssue[], counts: IssuePeriodCounts, firstPeriod: string): StoredIssue[] {
  return stored.map((s) => {
    const own = counts.get(s.id);
    if (!own || own.size === 0) return s;
    const earlier = s.history.filter(([p]) => p < firstPeriod);
    const history: Array<[string, number]> = [...earlier, ...[...own].map(([p, c]): [string, number] => [p, c.tickets])];
    const firstOwn = history[earlier.length]![0];
    // Issue finding keeps a matched issue's first period, else names the input's last period.
    const firstSeen = s.firstPeriod < firstPeriod ? s.firstPeriod : firstOwn;
    return { ...s, firstPeriod: firstSeen, history };
  });
}
