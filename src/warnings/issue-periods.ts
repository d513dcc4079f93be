import type { Issue } from '../report/report-schema.js';
import type { StoredIssue } from '../history/history-types.js';
import { previousPeriodId, type PeriodKind } from '../core/periods.js';
import type { WarningIndex } from './warning-index.js';

/** Corpus indexes of an issue's tickets, grouped by period id. */
export function issueTicketsByPeriod(
  issue: Pick<Issue, 'ticketIds'>,
  ticketIndex: ReadonlyMap<string, number>,
  periodIds: readonly string[],
): Map<string, number[]> {
  const byPeriod = new Map<string, number[]>();
  for (const id of issue.ticketIds) {
    const doc = ticketIndex.get(id);
    if (doc === undefined) continue;
    const p = periodIds[doc];
    if (p === undefined) continue;
    const list = byPeriod.get(p);
    if (list) list.push(doc);
    else byPeriod.set(p, [doc]);
  }
  return byPeriod;
}

/**
 * Tickets of an issue per period: this run's counts, and the stored history for periods this run does not cover
 * (where both have a period, the larger: a re-run of the same day must not double it).
 */
export function issueVolumeByPeriod(byPeriod: ReadonlyMap<string, readonly number[]>, stored: StoredIssue | undefined): Map<string, number> {
  const volume = new Map<string, number>();
  for (const [p, n] of stored?.history ?? []) volume.set(p, Math.max(volume.get(p) ?? 0, n));
  for (const [p, docs] of byPeriod) volume.set(p, Math.max(volume.get(p) ?? 0, docs.length));
  return volume;
}

/** The `m` period ids ending with `period` (newest first). */
export function lastPeriods(period: string, kind: PeriodKind, m: number): string[] {
  const ids = [period];
  while (ids.length < m) ids.push(previousPeriodId(ids[ids.length - 1]!, kind));
  return ids;
}

const NO_STORED = {};

/**
 * {@link issueVolumeByPeriod} of an issue through the run's index, memoised per issue and stored row: it does not
 * depend on the period, and rebuilding it for every issue in every period cost more than the warnings it feeds.
 */
export function memoIssueVolume(index: WarningIndex, issue: Pick<Issue, 'ticketIds'>, stored: StoredIssue | undefined): ReadonlyMap<string, number> {
  const byStored = index.memo(issue, 'volume', () => new WeakMap<object, Map<string, number>>());
  let hit = byStored.get(stored ?? NO_STORED);
  if (!hit) byStored.set(stored ?? NO_STORED, (hit = issueVolumeByPeriod(index.issueDocs(issue), stored)));
  return hit;
}
