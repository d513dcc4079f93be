import { describe, expect, it } from 'vitest';
import { periodBounds, periodId, periodIdsOf, previousPeriodId, zonedTimeToUtc } from '../../src/core/periods.js';

const tz = 'Asia/Shanghai';

describe('periodId(ms, kind, timeZone)', () => {
  it('uses the local date of the time zone, not UTC', () => {
    // 2026-11-20 17:30 UTC is 2026-11-21 01:30 in Shanghai
    const ms = Date.UTC(2026, 10, 20, 17, 30);
    expect(periodId(ms, 'day', tz)).toBe('2026-11-21');
    expect(periodId(ms, 'day', 'UTC')).toBe('2026-11-20');
  });
  it('names ISO weeks, dekads and months as the contract says', () => {
    const ms = zonedTimeToUtc(2026, 11, 21, 12, 0, 0, tz);
    expect(periodId(ms, 'week', tz)).toBe('2026-W47');
    expect(periodId(ms, 'dekad', tz)).toBe('2026-11-D3');
    expect(periodId(ms, 'month', tz)).toBe('2026-11');
    expect(periodId(zonedTimeToUtc(2026, 11, 10, 23, 59, 59, tz), 'dekad', tz)).toBe('2026-11-D1');
    expect(periodId(zonedTimeToUtc(2026, 11, 11, 0, 0, 0, tz), 'dekad', tz)).toBe('2026-11-D2');
  });
  it('puts the first days of January into the last ISO week of the previous year when the week says so', () => {
    expect(periodId(zonedTimeToUtc(2027, 1, 1, 12, 0, 0, tz), 'week', tz)).toBe('2026-W53');
  });
});

describe('periodBounds(id, kind)', () => {
  it('gives inclusive local dates', () => {
    expect(periodBounds('2026-W47', 'week')).toEqual({ id: '2026-W47', start: '2026-11-16', end: '2026-11-22' });
    expect(periodBounds('2026-02-D3', 'dekad')).toEqual({ id: '2026-02-D3', start: '2026-02-21', end: '2026-02-28' });
    expect(periodBounds('2024-02', 'month').end).toBe('2024-02-29');
  });
  it('throws on an id of another kind', () => {
    expect(() => periodBounds('2026-11', 'day')).toThrow(/not a day id/);
  });
});

describe('previousPeriodId(id, kind)', () => {
  it('steps back across month and year ends', () => {
    expect(previousPeriodId('2026-03-01', 'day')).toBe('2026-02-28');
    expect(previousPeriodId('2026-01-D1', 'dekad')).toBe('2025-12-D3');
    expect(previousPeriodId('2026-W01', 'week')).toBe('2025-W52');
    expect(previousPeriodId('2026-01', 'month')).toBe('2025-12');
  });
});

describe('periodIdsOf(times, kind, timeZone)', () => {
  it('periodIdsOf(times every 7 minutes over DST switches and local midnights) equals periodId of each time', () => {
    const start = Date.parse('2026-03-07T00:00:00Z');
    const times = Array.from({ length: 6000 }, (_, i) => start + i * 7 * 60_000 + (i % 5) * 59_999);
    for (const [kind, zone] of [['day', 'America/New_York'], ['day', 'Asia/Kathmandu'], ['week', 'Asia/Shanghai'], ['dekad', 'Australia/Adelaide']] as const) {
      expect(periodIdsOf(times, kind, zone)).toEqual(times.map((t) => periodId(t, kind, zone)));
    }
  });

  it('periodIdsOf(two times of one local day) gives that day for both', () => {
    const ids = periodIdsOf([Date.parse('2026-11-01T01:00:00Z'), Date.parse('2026-11-01T09:00:00Z')], 'day', 'Asia/Shanghai');
    expect(ids[0]).toBe('2026-11-01');
    expect(ids[1]).toBe(ids[0]);
  });
});

describe('the undated period "all"', () => {
  it('periodBounds("all") has empty bounds and previousPeriodId ends the walk back with ""', () => {
    expect(periodBounds('all', 'day')).toEqual({ id: 'all', start: '', end: '' });
    expect(previousPeriodId('all', 'week')).toBe('');
    expect(previousPeriodId('', 'day')).toBe('');
  });
});
