import type { StoredIssue } from '../history/history-types.js';
import type { IssuePeriodCounts } from './summarize-periods.js';

/**
 * Tickets and distinct customers of each issue in each period of the input: issue id -> period -> counts. A ticket
 * id the index does not know is skipped; a ticket without a customer counts as its own customer. `customerOf` gives
 * a ticket's customer hash, or is each ticket's customer number (-1 without one, as `customerNumbers` gives them):
 * then an issue's tickets are sorted by period and its customers counted per period with a stamp array, not a Set
 * of strings per issue and period.
 */
export function countIssuesByPeriod(
  issues: ReadonlyArray<{ id: string; ticketIds: readonly string[] }>,
  ticketIndex: ReadonlyMap<string, number>,
  periodIds: readonly string[],
  customerOf: ((doc: number) => string | undefined) | Int32Array,
): Map<string, Map<string, { tickets: number; customers: number }>> {
  if (customerOf instanceof Int32Array) return countByNumbers(issues, ticketIndex, periodIds, customerOf);
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

function countByNumbers(
  issues: ReadonlyArray<{ id: string; ticketIds: readonly string[] }>,
  ticketIndex: ReadonlyMap<string, number>,
  periodIds: readonly string[],
  customerOf: Int32Array,
): Map<string, Map<string, { tickets: number; customers: number }>> {
  // Periods as numbers, once for the run.
  const periodNumbers = new Map<string, number>();
  const periods: string[] = [];
  const periodOf = new Int32Array(periodIds.length);
  for (let doc = 0; doc < periodIds.length; doc++) {
    const p = periodIds[doc]!;
    let k = periodNumbers.get(p);
    if (k === undefined) {
      k = periods.length;
      periodNumbers.set(p, k);
      periods.push(p);
    }
    periodOf[doc] = k;
  }
  let customers = 0;
  for (let doc = 0; doc < customerOf.length; doc++) if (customerOf[doc]! >= customers) customers = customerOf[doc]! + 1;
  // Stamp of the (issue, period) run that last counted a customer, or a ticket without one (its id is its customer).
  const customerStamp = new Int32Array(customers);
  const docStamp = new Int32Array(periodIds.length);
  let stamp = 0;
  const perPeriod = new Int32Array(periods.length + 1);
  const out = new Map<string, Map<string, { tickets: number; customers: number }>>();
  let docs = new Int32Array(1024);
  let sorted = new Int32Array(1024);
  for (const issue of issues) {
    if (docs.length < issue.ticketIds.length) {
      docs = new Int32Array(issue.ticketIds.length * 2);
      sorted = new Int32Array(issue.ticketIds.length * 2);
    }
    let n = 0;
    perPeriod.fill(0);
    for (const id of issue.ticketIds) {
      const doc = ticketIndex.get(id);
      if (doc === undefined || doc >= periodIds.length) continue;
      docs[n++] = doc;
      perPeriod[periodOf[doc]! + 1]! += 1;
    }
    for (let k = 0; k < periods.length; k++) perPeriod[k + 1]! += perPeriod[k]!;
    const fill = perPeriod.slice(0, periods.length);
    for (let j = 0; j < n; j++) sorted[fill[periodOf[docs[j]!]!]!++] = docs[j]!;
    const entries: Array<[string, { tickets: number; customers: number }]> = [];
    for (let k = 0; k < periods.length; k++) {
      const from = perPeriod[k]!;
      const to = perPeriod[k + 1]!;
      if (to === from) continue;
      stamp++;
      let distinct = 0;
      for (let j = from; j < to; j++) {
        const doc = sorted[j]!;
        const c = customerOf[doc] ?? -1;
        if (c >= 0) {
          if (customerStamp[c] !== stamp) {
            customerStamp[c] = stamp;
            distinct++;
          }
        } else if (docStamp[doc] !== stamp) {
          docStamp[doc] = stamp;
          distinct++;
        }
      }
      entries.push([periods[k]!, { tickets: to - from, customers: distinct }]);
    }
    out.set(issue.id, new Map(entries.sort(([a], [b]) => (a < b ? -1 : 1))));
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
