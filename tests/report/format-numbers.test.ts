import { describe, expect, it } from 'vitest';
import { formatDateTime, percentChange } from '../../src/report/format-numbers.js';

describe('format-numbers', () => {
  it('percentChange(current, previous) signs the change with + or the minus sign, and is – from zero', () => {
    expect(percentChange(183, 202)).toBe('−9.4%');
    expect(percentChange(45, 35)).toBe('+28.6%');
    expect(percentChange(5, 5)).toBe('0%');
    expect(percentChange(5, 0)).toBe('–');
  });

  it('formatDateTime(value) shortens an ISO date-time to minutes and leaves anything else alone', () => {
    expect(formatDateTime('2026-11-14T23:00:11+08:00')).toBe('2026-11-14 23:00');
    expect(formatDateTime('2026-11-14')).toBe('2026-11-14');
  });
});
