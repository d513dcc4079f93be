import type { CustomerTicket } from '../history/history-types.js';
import type { Warning } from '../report/report-schema.js';
import { issueEvidence } from './warn-top-issues.js';
import { routeWarning } from './route-warning.js';
import type { TicketSubjects } from './ticket-subjects.js';
import type { WarningContext } from './warning-context.js';
import { makeWarningId } from './warning-id.js';
import { warningsOptionsSchema, type WarningsOptions } from './warnings-options.js';

const DAY_MS = 86_400_000;

/**
 * The same customer (salted hash) with at least `repeatMinTickets` tickets on the same issue within
 * `repeatWindowDays` days ending at the period's last ticket, at least one of them in the period. Tickets without
 * an issue are grouped by their topic instead (a single customer's own problem rarely forms an issue). Earlier
 * tickets come from this run and from `history` (`CustomerTicket` rows loaded from the store). Orange from
 * `repeatOrangeTickets` tickets, else yellow.
 */
export function warnSameCustomer(
  context: WarningContext,
  subjects: TicketSubjects,
  history: readonly CustomerTicket[] = [],
  options: WarningsOptions = {},
): Warning[] {
  const o = warningsOptionsSchema.parse(options);
  const { corpus, periodIds, period } = context;
  const subjectOf = (issueId: string, topicId: string): string =>
    issueId ? issueId : topicId ? `topic:${topicId}` : '';
  let periodEnd = -Infinity;
  corpus.tickets.forEach((t, doc) => {
    if (periodIds[doc] === period && t.time > periodEnd) periodEnd = t.time;
  });
  if (periodEnd === -Infinity) return [];
  const windowStart = periodEnd - o.repeatWindowDays * DAY_MS;
  const groups = new Map<string, { customer: string; subject: string; docs: number[]; earlier: CustomerTicket[] }>();
  const groupOf = (customer: string, subject: string) => {
    const key = `${customer}:${subject}`;
    let g = groups.get(key);
    if (!g) {
      g = { customer, subject, docs: [], earlier: [] };
      groups.set(key, g);
    }
    return g;
  };
  const inRun = new Set<string>();
  corpus.tickets.forEach((t, doc) => {
    inRun.add(t.id);
    if (!t.customerHash || t.time < windowStart || t.time > periodEnd) return;
    const subject = subjectOf(subjects.issueOf.get(t.id)?.id ?? '', subjects.topicOf.get(t.id)?.id ?? '');
    if (subject) groupOf(t.customerHash, subject).docs.push(doc);
  });
  for (const row of history) {
    if (inRun.has(row.ticketId) || row.time < windowStart || row.time > periodEnd) continue;
    const subject = subjectOf(row.issueId, row.topicId);
    const key = `${row.customerHash}:${subject}`;
    // Only customers with a ticket on the subject in this run can repeat now.
    if (subject && groups.has(key)) groupOf(row.customerHash, subject).earlier.push(row);
  }
  const warnings: Warning[] = [];
  for (const g of groups.values()) {
    const current = g.docs.filter((d) => periodIds[d] === period);
    const total = g.docs.length + g.earlier.length;
    if (current.length === 0 || total < o.repeatMinTickets) continue;
    const firstDoc = current[0]!;
    const ticketId = corpus.tickets[firstDoc]!.id;
    const issue = subjects.issueOf.get(ticketId);
    const topic = subjects.topicOf.get(ticketId);
    const label = issue?.label ?? topic?.label ?? g.subject;
    const terms = issue?.terms ?? topic?.terms ?? [];
    const level = total >= o.repeatOrangeTickets ? 'orange' : 'yellow';
    const times = [...g.docs.map((d) => corpus.tickets[d]!.time), ...g.earlier.map((r) => r.time)];
    const spanDays = Math.max(1, Math.ceil((Math.max(...times) - Math.min(...times)) / DAY_MS));
    const key = `repeat:same-customer:${g.customer}:${g.subject}`;
    const ticketIds = [...g.earlier.sort((a, b) => a.time - b.time).map((r) => r.ticketId), ...g.docs.map((d) => corpus.tickets[d]!.id)];
    const title = `重复投诉：同一客户 ${spanDays} 天内 ${total} 次反映“${label}”`;
    const base = {
      id: makeWarningId(key, period),
      kind: 'repeat' as const,
      level: level as Warning['level'],
      period,
      title,
      reason:
        `同一客户（加盐哈希 ${g.customer.slice(0, 8)}…）在 ${o.repeatWindowDays} 天窗口内就同一问题提交 ${total} 张工单` +
        `（本期 ${current.length} 张，此前 ${total - current.length} 张）；≥${o.repeatMinTickets} 张为重复投诉，` +
        `≥${o.repeatOrangeTickets} 张为橙色。`,
      ticketIds,
      evidence: issueEvidence(context, { terms, examples: [] }, current, o.examplesPerWarning),
      metrics: {
        tickets: total,
        currentTickets: current.length,
        earlierTickets: total - current.length,
        windowDays: o.repeatWindowDays,
        spanDays,
        customerHash: g.customer,
        subject: g.subject,
      },
      category: 'same-customer',
    };
    warnings.push({ ...base, route: routeWarning(base, context.routing, { terms: [label, ...terms] }) });
  }
  return warnings;
}
