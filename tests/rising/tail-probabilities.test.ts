import { describe, expect, it } from 'vitest';
import {
  logGamma,
  logNegBinomialUpperTail,
  logPoissonUpperTail,
  logRegularizedBeta,
  poissonG2,
  poissonUpperTail,
} from '../../src/rising/tail-probabilities.js';

/** log P(X ≥ k) by summing pmf terms k … k+2000 in log space (independent of the gamma-function route). */
function logTailBySum(k: number, lambda: number): number {
  const logs: number[] = [];
  let logPmf = -lambda + k * Math.log(lambda) - logGamma(k + 1);
  for (let j = k; j < k + 2000; j++) {
    logs.push(logPmf);
    logPmf += Math.log(lambda) - Math.log(j + 1);
  }
  const max = Math.max(...logs);
  return max + Math.log(logs.reduce((s, x) => s + Math.exp(x - max), 0));
}

describe('logGamma', () => {
  it('logGamma(n) equals log((n-1)!) for small n', () => {
    let fact = 1;
    for (let n = 1; n < 20; n++) {
      expect(logGamma(n)).toBeCloseTo(Math.log(fact), 10);
      fact *= n;
    }
  });
});

describe('poissonUpperTail', () => {
  it('poissonUpperTail(1, λ) equals 1 - e^-λ and k = 0 gives 1', () => {
    for (const lambda of [0.1, 1, 3.5, 20]) expect(poissonUpperTail(1, lambda)).toBeCloseTo(1 - Math.exp(-lambda), 12);
    expect(poissonUpperTail(0, 4)).toBe(1);
  });

  it('poissonUpperTail(k, λ) matches a direct sum of the pmf on both sides of the mean', () => {
    for (const [k, lambda] of [[5, 0.5], [12, 10], [30, 30], [31, 45], [90, 30], [200, 180]] as const) {
      expect(logPoissonUpperTail(k, lambda)).toBeCloseTo(logTailBySum(k, lambda), 8);
    }
  });

  it('logPoissonUpperTail(k, λ) keeps tiny tails finite and ordered where 1 - CDF would be 0', () => {
    const a = logPoissonUpperTail(60, 5);
    const b = logPoissonUpperTail(500, 50);
    expect(a).toBeCloseTo(logTailBySum(60, 5), 6);
    expect(Number.isFinite(b)).toBe(true);
    expect(b).toBeLessThan(a);
    expect(a).toBeLessThan(Math.log(1e-30));
  });
});

describe('poissonG2', () => {
  it('poissonG2(o, e) is 0 at o = e and grows with the excess', () => {
    expect(poissonG2(30, 30)).toBeCloseTo(0, 12);
    expect(poissonG2(90, 30)).toBeGreaterThan(poissonG2(60, 30));
    expect(poissonG2(90, 30)).toBeCloseTo(2 * (90 * Math.log(3) - 60), 10);
  });
});

/** log P(X ≥ k) of a negative binomial with this mean and shape, by summing pmf terms k … k+5000 in log space. */
function logNegBinTailBySum(k: number, mean: number, shape: number): number {
  const q = mean / (mean + shape);
  const logs: number[] = [];
  for (let j = k; j < k + 5000; j++) {
    logs.push(logGamma(j + shape) - logGamma(j + 1) - logGamma(shape) + shape * Math.log(1 - q) + j * Math.log(q));
  }
  const max = Math.max(...logs);
  return max + Math.log(logs.reduce((s, x) => s + Math.exp(x - max), 0));
}

describe('logRegularizedBeta', () => {
  it('logRegularizedBeta(x, 1, 1) is log x and I_x(a, b) = 1 - I_(1-x)(b, a)', () => {
    expect(Math.exp(logRegularizedBeta(0.3, 1, 1))).toBeCloseTo(0.3, 12);
    for (const [x, a, b] of [[0.2, 3, 7], [0.7, 2.5, 0.5], [0.05, 40, 12]] as const) {
      expect(Math.exp(logRegularizedBeta(x, a, b)) + Math.exp(logRegularizedBeta(1 - x, b, a))).toBeCloseTo(1, 10);
    }
  });
});

describe('logNegBinomialUpperTail', () => {
  it('logNegBinomialUpperTail(k, mean, shape) matches a direct sum of the pmf', () => {
    for (const [k, mean, shape] of [[8, 0.5, 2.5], [90, 30, 150], [19, 5, 25], [3, 4, 1.5]] as const) {
      expect(logNegBinomialUpperTail(k, mean, shape)).toBeCloseTo(logNegBinTailBySum(k, mean, shape), 7);
    }
  });

  it('logNegBinomialUpperTail(k, mean, shape) tends to the Poisson tail as shape grows and is never below it', () => {
    expect(logNegBinomialUpperTail(20, 8, 1e6)).toBeCloseTo(logPoissonUpperTail(20, 8), 3);
    expect(logNegBinomialUpperTail(20, 8, Infinity)).toBe(logPoissonUpperTail(20, 8));
    expect(logNegBinomialUpperTail(20, 8, 40)).toBeGreaterThan(logPoissonUpperTail(20, 8));
  });
});
