import type { StoredIssue } from '../history/history-types.js';
import type { Issue, Warning } from '../report/report-schema.js';
import { issueTicketsByPeriod, issueVolumeByPeriod, lastPeriods } from './issue-periods.js';
import { routeWarning } from './route-warning.js';
import { issueEvidence } from './warn-top-issues.js';
import { indexTickets, type WarningContext } from './warning-context.js';
import { makeWarningId } from './warning-id.js';
import { warningsOptionsSchema, type WarningsOptions } from './warnings-options.js';

/**
 * Persistent issues: present in the period and in at least `persistentK` of the last `persistentM` periods (this
 * one included), counting this run's tickets and the stored history of the issue (continuing issues keep their
 * id). Orange when present in all `persistentM`, else yellow.
 */
export function warnPersistentIssues(
  issues: readonly Issue[],
  context: WarningContext,
  stored: readonly StoredIssue[] = [],
  options: WarningsOptions = {},
): Warning[] {
  const o = warningsOptionsSchema.parse(options);
  const { period } = context;
  const ticketIndex = indexTickets(context.corpus);
  const storedById = new Map(stored.map((s) => [s.id, s]));
  const window = lastPeriods(period, context.kind, o.persistentM);
  const warnings: Warning[] = [];
  for (const issue of issues) {
    const byPeriod = issueTicketsByPeriod(issue, ticketIndex, context.periodIds);
    const docs = byPeriod.get(period);
    if (!docs || docs.length === 0) continue;
    const volume = issueVolumeByPeriod(byPeriod, storedById.get(issue.id));
    const present = window.filter((p) => (volume.get(p) ?? 0) > 0);
    if (present.length < o.persistentK) continue;
    const level = present.length >= o.persistentM ? 'orange' : 'yellow';
    const series = [...window].reverse().map((p) => volume.get(p) ?? 0);
    const key = `repeat:persistent:${issue.id}`;
    const title = `反复出现：“${issue.label}”近 ${o.persistentM} 期中 ${present.length} 期出现`;
    const base = {
      id: makeWarningId(key, period),
      kind: 'repeat' as const,
      level: level as Warning['level'],
      period,
      title,
      reason:
        `该问题近 ${o.persistentM} 期（${window[window.length - 1]} 至 ${period}）工单数依次为 ${series.join('、')}，` +
        `${present.length} 期出现（≥${o.persistentK} 期为反复问题${level === 'orange' ? '，每期都出现为橙色' : ''}）。`,
      ticketIds: docs.map((d) => context.corpus.tickets[d]!.id),
      evidence: issueEvidence(context, issue, docs, o.examplesPerWarning),
      metrics: { periodsPresent: present.length, periodsWindow: o.persistentM, tickets: docs.length, series: series.join(','), issueId: issue.id },
      category: 'persistent',
    };
    warnings.push({ ...base, route: routeWarning(base, context.routing, { terms: [issue.label, ...issue.terms] }) });
  }
  return warnings;
}
