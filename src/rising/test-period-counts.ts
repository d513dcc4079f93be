import type { RisingTerm } from '../report/report-schema.js';
import type { PeriodTermCounts, PeriodTermDetail } from '../terms/period-term-counts.js';
import { benjaminiHochbergLog } from './benjamini-hochberg.js';
import { logNegBinomialUpperTail, logPoissonUpperTail, poissonG2 } from './tail-probabilities.js';
import { risingOptionsSchema, type RisingOptions } from './rising-options.js';
import { keptByTrim, trimmedMeanInPlace } from './robust-rate.js';
import { selectBaselinePeriods } from './select-baseline-periods.js';
import { parseOptions } from '../core/parse-options.js';

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * The rising-term test (documented on `detectRisingTerms` and in docs/rising-terms.md) over the keys of `current`
 * that `include` accepts. Ordinary terms and `region:` pseudo-terms are tested as separate families, so each gets
 * its own Benjamini–Hochberg correction.
 */
export function testPeriodCounts(
  current: PeriodTermDetail,
  baseline: readonly PeriodTermCounts[],
  options: RisingOptions,
  include: (key: string) => boolean,
): RisingTerm[] {
  const o = parseOptions(risingOptionsSchema, options, 'rising');
  const periods = selectBaselinePeriods(current.period, baseline, o);
  if (periods.length < o.minBaselinePeriods || current.tickets <= 0) return [];

  const terms: string[] = [];
  const counts: number[] = [];
  for (const [term, n] of current.counts) {
    if (!include(term)) continue;
    terms.push(term);
    counts.push(n);
  }
  const observed = new Float64Array(terms.length);
  const expected = new Float64Array(terms.length);
  const logP = new Float64Array(terms.length);
  const isNew = new Uint8Array(terms.length);
  const rates = new Float64Array(periods.length);
  const periodCounts = periods.map((p) => p.counts);
  const periodTickets = periods.map((p) => p.tickets);
  // Baseline exposure behind the rate estimate: the tickets of the periods the trimmed mean keeps. The count's
  // predictive distribution is Gamma–Poisson (negative binomial) with shape = expected · exposure / tickets, so a
  // rate estimated from few baseline tickets is trusted less: on Poisson noise this cut false flags from 19 to 2
  // per 600 quiet periods (docs/rising-terms.md, "Measured").
  const kept = keptByTrim(periods.length, o.trim);
  const exposure = (kept * periods.reduce((s, p) => s + p.tickets, 0)) / periods.length;
  // Most terms of a period are rare (expected = the floor) with a small count, so their tail probabilities repeat:
  // computed once per count.
  const floorTail = new Map<number, number>();
  const tail = (obs: number, exp: number): number =>
    o.test === 'poisson' ? logPoissonUpperTail(obs, exp) : logNegBinomialUpperTail(obs, exp, (exp * exposure) / current.tickets);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as string;
    let seen = false;
    for (let j = 0; j < periodCounts.length; j++) {
      const c = (periodCounts[j] as Map<string, number>).get(term) ?? 0;
      if (c > 0) seen = true;
      rates[j] = c / (periodTickets[j] as number);
    }
    const obs = counts[i] as number;
    const exp = Math.max(o.expectedFloor, trimmedMeanInPlace(rates, rates.length, o.trim) * current.tickets);
    observed[i] = obs;
    expected[i] = exp;
    isNew[i] = seen ? 0 : 1;
    if (exp === o.expectedFloor) {
      let p = floorTail.get(obs);
      if (p === undefined) floorTail.set(obs, (p = tail(obs, exp)));
      logP[i] = p;
    } else logP[i] = tail(obs, exp);
  }
  const logQ = benjaminiHochbergLog(logP);
  const logAlpha = Math.log(o.alpha);

  const rising: Array<{ item: RisingTerm; g2: number }> = [];
  terms.forEach((term, i) => {
    const obs = observed[i] as number;
    const exp = expected[i] as number;
    if (obs < o.minTickets || (current.customers.get(term) ?? obs) < o.minCustomers) return;
    if (obs / exp < o.minRatio || (logQ[i] as number) > logAlpha) return;
    rising.push({
      g2: poissonG2(obs, exp),
      item: {
        period: current.period,
        term,
        tickets: obs,
        expected: round3(exp),
        ratio: round3(obs / exp),
        pValue: Math.exp(logP[i] as number),
        isNew: isNew[i] === 1,
        ticketIds: [...(current.ticketIds.get(term) ?? [])],
      },
    });
  });
  rising.sort((a, b) => b.g2 - a.g2 || (a.item.term < b.item.term ? -1 : a.item.term > b.item.term ? 1 : 0));
  return rising.slice(0, o.maxTerms).map((r) => r.item);
}
