import { describe, expect, it } from 'vitest';
import { ModelError } from '../../src/core/errors.js';
import { parseRoutingTable } from '../../src/warnings/parse-routing-table.js';
import { routeWarning } from '../../src/warnings/route-warning.js';
import { shippedRouting } from './fixtures.js';

describe('parseRoutingTable(text, file)', () => {
  it('reads rules in order with optional reasons', () => {
    const table = parseRoutingTable('# x\nhigh-risk\tlegal\t*\t政企/法务\t法务评估\n*\t*\t宽带\t网络/运维\n', 'r.tsv');
    expect(table.rules).toEqual([
      { kind: 'high-risk', category: 'legal', keyword: '*', department: '政企/法务', reason: '法务评估', line: 2 },
      { kind: '*', category: '*', keyword: '宽带', department: '网络/运维', line: 3 },
    ]);
  });

  it('throws a ModelError naming the line for a bad kind or missing columns', () => {
    expect(() => parseRoutingTable('alarm\t*\t*\t网络', 'r.tsv')).toThrow(/r\.tsv:1: expected kind/);
    expect(() => parseRoutingTable('top\t*\t网络', 'r.tsv')).toThrow(ModelError);
    expect(() => parseRoutingTable('# only comments\n', 'r.tsv')).toThrow(/at least one/);
  });
});

describe('routeWarning(warning, table, context)', () => {
  const table = shippedRouting();
  it('routes by risk category, then by topic keyword, then to the default', () => {
    expect(routeWarning({ kind: 'high-risk', category: 'legal', title: '法律纠纷风险：起诉' }, table).department).toBe('政企/法务');
    expect(routeWarning({ kind: 'high-risk', category: 'attitude', title: 'x' }, table).department).toBe('客服/呼叫中心');
    expect(routeWarning({ kind: 'high-risk', category: 'safety', title: 'x' }, table).department).toBe('安全');
    expect(routeWarning({ kind: 'top', category: 'top', title: 'TOP1：某问题' }, table, { terms: ['套餐', '扣费'] }).department).toBe('市场');
    expect(routeWarning({ kind: 'repeat', title: 'TOP1：基站' }, table).department).toBe('网络/运维');
    const fallback = routeWarning({ kind: 'top', title: '别的' }, parseRoutingTable('top\t*\t宽带\t网络/运维\n'), { defaultDepartment: '值班' });
    expect(fallback.department).toBe('值班');
  });
});
