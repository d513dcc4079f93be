import { describe, expect, it } from 'vitest';
import { computeHeat, growth, timeConcentration } from '../../src/cluster/compute-heat.js';

const w = { tickets: 1, customers: 1, growth: 0.5, concentration: 0.5 };
const HOUR = 3_600_000;

describe('computeHeat', () => {
  it('computeHeat(input, weights) is higher with more distinct customers for the same tickets', () => {
    const base = { tickets: 10, previousTickets: 0, times: [0, HOUR] };
    expect(computeHeat({ ...base, customers: 10 }, w)).toBeGreaterThan(computeHeat({ ...base, customers: 2 }, w));
  });
  it('computeHeat(input, weights) is higher for a growing issue than for a steady one', () => {
    const base = { tickets: 10, customers: 10, times: [0] };
    expect(computeHeat({ ...base, previousTickets: 2 }, w)).toBeGreaterThan(computeHeat({ ...base, previousTickets: 10 }, w));
  });
  it('growth(tickets, previous) is clamped to [-2, 3]', () => {
    expect(growth(1000, 0)).toBe(3);
    expect(growth(0, 1000)).toBe(-2);
    expect(growth(7, 3)).toBeCloseTo(1, 10);
  });
  it('timeConcentration(times) is the share of tickets in the busiest 24 hours', () => {
    expect(timeConcentration([0, HOUR, 2 * HOUR, 100 * HOUR])).toBeCloseTo(0.75, 10);
    expect(timeConcentration([])).toBe(0);
  });
});
