import { describe, expect, it } from 'vitest';
import { retentionBound } from '../../src/history/retention-bound.js';

describe('retentionBound(last, kind, keepDays, baselinePeriods, customerSinceMs, timeZone)', () => {
  it('keeps keepDays days up to the end of the last period, and never less than the next baseline', () => {
    const far = Date.UTC(2030, 0, 1);
    // 30 days to 2026-11-30: from 11-01 on; customer tickets from local midnight of 11-01 in Shanghai (UTC+8).
    expect(retentionBound('2026-11-30', 'day', 30, 7, far, 'Asia/Shanghai')).toEqual({ period: '2026-11-01', timeMs: Date.UTC(2026, 9, 31, 16) });
    // 3 days would cut into the 7 days the next night's baseline reads.
    expect(retentionBound('2026-11-30', 'day', 3, 7, far, 'UTC').period).toBe('2026-11-24');
    // A repeat check that looked back further keeps those customer tickets.
    expect(retentionBound('2026-11-30', 'day', 30, 7, Date.UTC(2026, 9, 1), 'UTC').timeMs).toBe(Date.UTC(2026, 9, 1));
    // Weeks: the week holding the cut day is kept whole.
    expect(retentionBound('2026-W48', 'week', 100, 7, far, 'UTC').period).toBe('2026-W34');
  });
});
