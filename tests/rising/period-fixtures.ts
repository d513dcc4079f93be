import type { Random } from '../../src/core/random.js';
import type { PeriodTermCounts, PeriodTermDetail } from '../../src/terms/period-term-counts.js';

/** A Poisson draw (Knuth's product method; fine for the means of these tests, up to a few hundred). */
export function samplePoisson(random: Random, mean: number): number {
  if (mean > 500) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(random)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = random.next();
  while (p > limit) {
    k++;
    p *= random.next();
  }
  return k;
}

function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

/** Stored counts of a period from a plain object. */
export function periodCounts(period: string, tickets: number, counts: Record<string, number>): PeriodTermCounts {
  return { period, tickets, counts: new Map(Object.entries(counts)) };
}

/** A current period's detail where every ticket is its own customer, ticket ids `<term>-<n>`. */
export function periodDetail(
  period: string,
  tickets: number,
  counts: Record<string, number>,
  customers: Record<string, number> = {},
): PeriodTermDetail {
  const entries = Object.entries(counts);
  return {
    period,
    tickets,
    counts: new Map(entries),
    customers: new Map(entries.map(([t, c]) => [t, customers[t] ?? c])),
    ticketIds: new Map(entries.map(([t, c]) => [t, Array.from({ length: c }, (_, i) => `${t}-${i + 1}`)])),
  };
}

/** Day ids 2026-11-01 … for `n` consecutive days starting at day `from` (1-based). */
export function dayIds(n: number, from = 1): string[] {
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(2026, 10, from + i));
    return d.toISOString().slice(0, 10);
  });
}
