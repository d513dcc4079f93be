import type { Warning } from '../report/report-schema.js';
import type { RoutingTable } from './routing-table.js';
import { routeByTable } from './route-warning.js';
import { makeWarningId } from './warning-id.js';

/** What a warn-* function decides about one warning; the id and route follow from it. */
export type WarningFields = Pick<Warning, 'kind' | 'level' | 'title' | 'reason' | 'ticketIds' | 'evidence' | 'metrics'> & { category: string };

/**
 * A finished warning: its id from the suppression `key` and the period (`key@period`), its fields, and the route
 * the routing table gives it with `terms` (issue label and terms, risk words) as keywords. Members are in the
 * order report.json shows them.
 */
export function routedWarning(key: string, period: string, fields: WarningFields, routing: RoutingTable, terms: readonly string[]): Warning {
  const base = {
    id: makeWarningId(key, period),
    kind: fields.kind,
    level: fields.level,
    period,
    title: fields.title,
    reason: fields.reason,
    ticketIds: fields.ticketIds,
    evidence: fields.evidence,
    metrics: fields.metrics,
    category: fields.category,
  };
  return { ...base, route: routeByTable(base, routing, { terms }) };
}
