import { describe, expect, it } from 'vitest';
import { baselinePeriodsToLoad, risingOptionsSchema } from '../../src/rising/rising-options.js';

describe('risingOptionsSchema', () => {
  it('risingOptionsSchema.parse({}) fills every default', () => {
    expect(risingOptionsSchema.parse({})).toMatchObject({ window: 7, minTickets: 5, minCustomers: 3, minRatio: 3, alpha: 0.01 });
  });

  it('risingOptionsSchema.parse(…) rejects an alpha outside (0, 1]', () => {
    expect(() => risingOptionsSchema.parse({ alpha: 0 })).toThrow();
    expect(() => risingOptionsSchema.parse({ alpha: 2 })).toThrow();
  });
});

describe('baselinePeriodsToLoad', () => {
  it('baselinePeriodsToLoad(options) asks for seven weeks of days when comparing the same weekday', () => {
    expect(baselinePeriodsToLoad()).toBe(7);
    expect(baselinePeriodsToLoad({ window: 4, sameWeekday: true })).toBe(28);
  });
});

describe('risingOptionsSchema strictness', () => {
  it('risingOptionsSchema.parse(…) rejects a misspelt key instead of ignoring it', () => {
    expect(() => risingOptionsSchema.parse({ minTicket: 3 })).toThrow();
  });
});
