import { describe, expect, it } from 'vitest';
import type { StoredWarning } from '../../src/history/history-types.js';
import type { Warning } from '../../src/report/report-schema.js';
import { suppressWarnings } from '../../src/warnings/suppress-warnings.js';
import { makeWarningId, warningKey } from '../../src/warnings/warning-id.js';

const warning = (period: string, level: Warning['level'], tickets: number): Warning => ({
  id: makeWarningId('top:I-1', period),
  kind: 'top',
  level,
  period,
  title: 'TOP1：宽带掉线',
  reason: '本期工单增多。',
  ticketIds: ['t1'],
  evidence: [{ ticketId: 't1', start: 0, end: 2, text: '宽带' }],
  metrics: { tickets },
  route: { department: '网络/运维' },
});

describe('suppressWarnings(warnings, previous, period, options)', () => {
  it('warns once, then continues, then escalates on level or doubled volume', () => {
    let state: StoredWarning[] = [];
    const run = (period: string, level: Warning['level'], tickets: number, options = {}) => {
      const result = suppressWarnings([warning(period, level, tickets)], state, period, options);
      state = [...state.filter((s) => !result.state.some((r) => r.key === s.key)), ...result.state];
      return result.warnings;
    };
    expect(run('2026-11-20', 'yellow', 10)[0]?.status).toBe('new');
    const second = run('2026-11-21', 'yellow', 15);
    expect(second[0]?.status).toBe('continuing');
    expect(second[0]?.reason).toContain('2026-11-20');
    expect(run('2026-11-22', 'yellow', 20)[0]?.status).toBe('escalated');
    expect(state[0]).toMatchObject({ key: 'top:I-1', tickets: 20, firstPeriod: '2026-11-20', lastPeriod: '2026-11-22' });
    expect(run('2026-11-23', 'orange', 20)[0]?.status).toBe('escalated');
    expect(run('2026-11-24', 'orange', 21, { keepContinuing: false })).toEqual([]);
  });

  it('gives new again when the period that first raised it is re-run', () => {
    const first = suppressWarnings([warning('2026-11-20', 'red', 3)], [], '2026-11-20');
    const again = suppressWarnings([warning('2026-11-20', 'red', 3)], first.state, '2026-11-20');
    expect(again.warnings[0]?.status).toBe('new');
  });

  it('keys warnings by their id without the period', () => {
    expect(warningKey({ id: 'high-risk:regulator:t@1@2026-11-21' })).toBe('high-risk:regulator:t@1');
    expect(warningKey({ id: 'burst-x' })).toBe('burst-x');
  });

  it('does not escalate a tiny doubling and does not re-raise a level that dipped and came back', () => {
    let state: StoredWarning[] = [];
    const run = (period: string, level: Warning['level'], tickets: number) => {
      const result = suppressWarnings([warning(period, level, tickets)], state, period);
      state = [...state.filter((s) => !result.state.some((r) => r.key === s.key)), ...result.state];
      return result.warnings[0]?.status;
    };
    expect(run('2026-11-20', 'orange', 1)).toBe('new');
    expect(run('2026-11-21', 'orange', 2)).toBe('continuing');
    expect(run('2026-11-22', 'yellow', 4)).toBe('escalated');
    expect(state[0]).toMatchObject({ level: 'orange', tickets: 4 });
    expect(run('2026-11-23', 'orange', 4)).toBe('continuing');
    expect(run('2026-11-24', 'yellow', 3)).toBe('continuing');
    expect(run('2026-11-25', 'orange', 5)).toBe('continuing');
    expect(run('2026-11-26', 'red', 5)).toBe('escalated');
  });
});
