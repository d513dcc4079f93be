import { describe, expect, it } from 'vitest';
import { parseRoutingTable } from '../../src/warnings/parse-routing-table.js';
import { routedWarning, type WarningFields } from '../../src/warnings/routed-warning.js';

describe('routedWarning(key, period, fields, routing, terms)', () => {
  it('routedWarning(top key, day, fields, table, [宽带]) makes the id key@period, keeps report order and routes by the terms', () => {
    const table = parseRoutingTable('*\t*\t宽带\t网络/运维\t宽带问题\n*\t*\t*\t客服\n', 'r.tsv');
    const fields: WarningFields = { kind: 'top', level: 'yellow', title: 'TOP1：掉线', reason: 'r', ticketIds: ['t1'], evidence: [], metrics: { rank: 1 }, category: 'top' };
    const w = routedWarning('top:I1', '2026-11-02', fields, table, ['宽带']);
    expect(w.id).toBe('top:I1@2026-11-02');
    expect(Object.keys(w)).toEqual(['id', 'kind', 'level', 'period', 'title', 'reason', 'ticketIds', 'evidence', 'metrics', 'category', 'route']);
    expect(w.route.department).toBe('网络/运维');
    expect(routedWarning('top:I1', '2026-11-02', { ...fields, title: 'TOP1：停机' }, table, []).route.department).toBe('客服');
  });
});
