import type { StoredIssue } from '../history/history-types.js';
import { routedWarning, type WarningFields } from './routed-warning.js';
import type { Issue, Warning } from '../report/report-schema.js';
import { binomialTail } from './binomial-tail.js';
import { isPlaceName } from './is-place-name.js';
import { lastPeriods, memoIssueVolume } from './issue-periods.js';
import { issueEvidence } from './warn-top-issues.js';
import { warningIndexOf, type WarningContext } from './warning-context.js';
import { warningsOptionsSchema, type WarningsOptions } from './warnings-options.js';
import { parseOptions } from '../core/parse-options.js';

interface Locality {
  region: string;
  regionCustomers: number;
  customers: number;
}

/**
 * Where an issue's tickets concentrate up to each period: the region with the most distinct customers (a ticket
 * without customer counts as its own) and the issue's distinct customers so far. Customers, not tickets: one
 * customer calling five times is a repeat complainer, not a local fault. One pass over the issue's periods in time
 * order, so asking for every period costs O(the issue's tickets) once.
 */
function localityByPeriod(
  byPeriod: ReadonlyMap<string, readonly number[]>,
  ticketOf: (doc: number) => { region?: string },
  customerOf: Int32Array,
): Map<string, Locality> {
  // Customers as the index's numbers (a ticket without one as -1 - doc): sets of numbers, not of hash strings.
  const perRegion = new Map<string, Set<number>>();
  const all = new Set<number>();
  const out = new Map<string, Locality>();
  let best: Locality = { region: '', regionCustomers: 0, customers: 0 };
  for (const period of [...byPeriod.keys()].sort()) {
    for (const d of byPeriod.get(period)!) {
      const t = ticketOf(d);
      const who = customerOf[d]! >= 0 ? customerOf[d]! : -1 - d;
      all.add(who);
      if (!t.region) continue;
      let set = perRegion.get(t.region);
      if (!set) perRegion.set(t.region, (set = new Set()));
      set.add(who);
      if (set.size > best.regionCustomers || (set.size === best.regionCustomers && t.region < best.region)) {
        best = { region: t.region, regionCustomers: set.size, customers: 0 };
      }
    }
    out.set(period, { ...best, customers: all.size });
  }
  return out;
}

/**
 * Persistent local faults: an issue of the period present in at least `persistentK` of the last `persistentM`
 * periods (this run's tickets and the issue's stored history) that is also local — at least
 * `persistentMinRegionShare` of its customers so far in one region (at least `persistentMinRegionCustomers` of
 * them, and a binomial tail under the region's share of all tickets ≤ `persistentMaxPValue`), or a place name among its terms (丽景小区, 解放路) with most customers in one region and at least
 * `persistentMinPlaceTickets` tickets in the window. A generic complaint type that exists everywhere every day
 * is no chronic fault anyone can fix in one spot; TOP warnings rank those. Orange when present in all
 * `persistentM` periods, else yellow. The escalation volume (`metrics.tickets`) is the window's ticket total, which
 * does not swing day to day like one period's count.
 */
export function warnPersistentIssues(
  issues: readonly Issue[],
  context: WarningContext,
  stored: readonly StoredIssue[] = [],
  options: WarningsOptions = {},
): Warning[] {
  const o = parseOptions(warningsOptionsSchema, options, 'warnings');
  const { period, corpus } = context;
  const index = warningIndexOf(context);
  const storedById = index.memo(stored, 'stored-by-id', () => new Map(stored.map((s) => [s.id, s])));
  const window = lastPeriods(period, context.kind, o.persistentM);
  const regionShares = index.memo(index, 'region-shares', () => {
    const counts = new Map<string, number>();
    for (const t of corpus.tickets) if (t.region) counts.set(t.region, (counts.get(t.region) ?? 0) + 1);
    return new Map([...counts].map(([r, n]) => [r, n / corpus.tickets.length]));
  });
  const warnings: Warning[] = [];
  for (const issue of issues) {
    const byPeriod = index.issueDocs(issue);
    const docs = byPeriod.get(period);
    if (!docs || docs.length === 0) continue;
    const volume = memoIssueVolume(index, issue, storedById.get(issue.id));
    const present = window.filter((p) => (volume.get(p) ?? 0) > 0);
    if (present.length < o.persistentK) continue;
    // Locality over all of the issue's tickets up to this period: a few days' window is too small a sample.
    const local = index.memo(issue, 'locality', () => localityByPeriod(byPeriod, (d) => corpus.tickets[d]!, index.customerOf)).get(period)!;
    const share = local.customers > 0 ? local.regionCustomers / local.customers : 0;
    const places = index.memo(issue, 'places', () => issue.terms.filter(isPlaceName));
    // A few customers of a small generic issue land in one region by chance: the concentration must also be
    // unlikely under the region's share of all tickets.
    const byRegion =
      share >= o.persistentMinRegionShare &&
      local.regionCustomers >= o.persistentMinRegionCustomers &&
      binomialTail(local.regionCustomers, local.customers, regionShares.get(local.region) ?? 1) <= o.persistentMaxPValue;
    const level = present.length >= o.persistentM ? 'orange' : 'yellow';
    const series = [...window].reverse().map((p) => volume.get(p) ?? 0);
    const total = series.reduce((a, b) => a + b, 0);
    // A place name alone is not enough: a real estate or street lies in one region, and a chronic fault there
    // keeps bringing tickets; a place word a few scattered tickets happen to share is neither.
    const byPlace = places.length > 0 && share >= o.persistentMinRegionShare && total >= o.persistentMinPlaceTickets;
    if (!byRegion && !byPlace) continue;
    const where = byRegion ? local.region : places[0]!;
    const key = `repeat:persistent:${issue.id}`;
    const title = `反复出现：${where}“${issue.label}”近 ${o.persistentM} 期中 ${present.length} 期出现`;
    const whyLocal = byRegion
      ? `至今 ${local.customers} 位客户中 ${local.regionCustomers} 位（${Math.round(share * 100)}%）在${local.region}`
      : `问题关键词含地点“${places.slice(0, 3).join('、')}”`;
    const fields: WarningFields = {
      kind: 'repeat',
      level,
      title,
      reason:
        `该问题近 ${o.persistentM} 期（${window[window.length - 1]} 至 ${period}）工单数依次为 ${series.join('、')}，` +
        `${present.length} 期出现（≥${o.persistentK} 期为反复问题${level === 'orange' ? '，每期都出现为橙色' : ''}）；` +
        `${whyLocal}，是局部的持续性故障。`,
      ticketIds: docs.map((d) => corpus.tickets[d]!.id),
      evidence: issueEvidence(context, { terms: [...places, ...issue.terms], examples: issue.examples }, docs, o.examplesPerWarning),
      metrics: {
        periodsPresent: present.length,
        periodsWindow: o.persistentM,
        tickets: total,
        periodTickets: docs.length,
        series: series.join(','),
        issueId: issue.id,
        ...(byRegion ? { region: local.region, regionShare: Math.round(share * 1000) / 1000 } : {}),
        ...(places.length > 0 ? { places: places.join(',') } : {}),
      },
      category: 'persistent',
    };
    warnings.push({ ...routedWarning(key, period, fields, context.routing, [issue.label, ...issue.terms]), repeatKind: 'recurring-problem' });
  }
  return warnings;
}
