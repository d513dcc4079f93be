/** What the heat score is computed from. */
export interface HeatInput {
  tickets: number;
  customers: number;
  /** Tickets of the same issue in the previous period (0 when new). */
  previousTickets: number;
  /** Ticket times, epoch ms. */
  times: ArrayLike<number>;
}

/** Weights of the heat terms (see docs/clustering.md). */
export interface HeatWeights {
  tickets: number;
  customers: number;
  growth: number;
  concentration: number;
}

const WINDOW_MS = 86_400_000;

/**
 * Share of the times that fall into the busiest 24-hour window: 1 when all within a day, small when spread out.
 */
export function timeConcentration(times: ArrayLike<number>): number {
  const sorted = Array.from(times).sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  let best = 0;
  let from = 0;
  for (let to = 0; to < sorted.length; to++) {
    while (sorted[to]! - sorted[from]! >= WINDOW_MS) from++;
    best = Math.max(best, to - from + 1);
  }
  return best / sorted.length;
}

/** Growth against the previous period: log2((tickets + 1) / (previous + 1)), clamped to [-2, 3]. */
export function growth(tickets: number, previousTickets: number): number {
  return Math.max(-2, Math.min(3, Math.log2((tickets + 1) / (previousTickets + 1))));
}

/**
 * Heat of an issue:
 * `wT·ln(1+tickets) + wC·ln(1+customers) + wG·growth + wK·concentration`, with growth and concentration as in
 * {@link growth} and {@link timeConcentration}. Higher is hotter.
 */
export function computeHeat(input: HeatInput, weights: HeatWeights): number {
  return (
    weights.tickets * Math.log1p(input.tickets) +
    weights.customers * Math.log1p(input.customers) +
    weights.growth * growth(input.tickets, input.previousTickets) +
    weights.concentration * timeConcentration(input.times)
  );
}
