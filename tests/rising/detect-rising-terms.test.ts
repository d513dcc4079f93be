import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/random.js';
import { detectRisingTerms } from '../../src/rising/detect-rising-terms.js';
import { poissonUpperTail } from '../../src/rising/tail-probabilities.js';
import type { PeriodTermCounts } from '../../src/terms/period-term-counts.js';
import { dayIds, periodCounts, periodDetail, samplePoisson } from './period-fixtures.js';

const days = dayIds(8);
const current = days[7] as string;
/** Seven steady days: 1000 tickets, 宽带 in 20 %, 宽带+掉线 in 3 %, 网速 in 5 %. */
const steady: PeriodTermCounts[] = days
  .slice(0, 7)
  .map((d) => periodCounts(d, 1000, { 宽带: 200, '宽带+掉线': 30, 网速: 50 }));

describe('detectRisingTerms', () => {
  it('detectRisingTerms(current, baseline) ignores steady terms', () => {
    const today = periodDetail(current, 1000, { 宽带: 210, '宽带+掉线': 33, 网速: 46 });
    expect(detectRisingTerms(today, steady)).toEqual([]);
  });

  it('detectRisingTerms(current, baseline) flags a planted spike with expected, ratio, p and ticket ids', () => {
    const today = periodDetail(current, 1000, { 宽带: 200, '宽带+掉线': 90, 网速: 50 });
    const rising = detectRisingTerms(today, steady);
    expect(rising.map((r) => r.term)).toEqual(['宽带+掉线']);
    const [r] = rising;
    expect(r?.period).toBe(current);
    expect(r?.tickets).toBe(90);
    expect(r?.expected).toBeCloseTo(30, 6);
    expect(r?.ratio).toBeCloseTo(3, 6);
    // The default negative binomial test is more cautious than Poisson, yet still far beyond any threshold.
    expect(r?.pValue).toBeLessThan(1e-10);
    expect(r?.pValue).toBeGreaterThan(poissonUpperTail(90, 30));
    expect(detectRisingTerms(today, steady, { test: 'poisson' })[0]?.pValue).toBeCloseTo(poissonUpperTail(90, 30), 20);
    expect(r?.isNew).toBe(false);
    expect(r?.ticketIds).toEqual(today.ticketIds.get('宽带+掉线'));
  });

  it('detectRisingTerms(current, baseline) scales the expected count with the period volume', () => {
    const busySteady = periodDetail(current, 2000, { 宽带: 400, '宽带+掉线': 62, 网速: 100 });
    expect(detectRisingTerms(busySteady, steady)).toEqual([]);
    const busySpike = periodDetail(current, 2000, { 宽带: 400, '宽带+掉线': 180, 网速: 100 });
    const [r] = detectRisingTerms(busySpike, steady);
    expect(r?.expected).toBeCloseTo(60, 6);
    expect(r?.ratio).toBeCloseTo(3, 6);
  });

  it('detectRisingTerms(current, baseline) is robust to an earlier spike in the baseline', () => {
    const spiky = steady.map((p, i) => (i === 2 ? periodCounts(p.period, 1000, { 宽带: 200, '宽带+掉线': 300, 网速: 50 }) : p));
    const today = periodDetail(current, 1000, { 宽带: 200, '宽带+掉线': 100, 网速: 50 });
    const [r] = detectRisingTerms(today, spiky);
    expect(r?.term).toBe('宽带+掉线');
    expect(r?.expected).toBeCloseTo(30, 6);
    // A plain mean would let the old spike hide the new one.
    expect(detectRisingTerms(today, spiky, { trim: 0 })).toEqual([]);
  });

  it('detectRisingTerms(current, baseline) respects minimum tickets and distinct customers', () => {
    const few = periodDetail(current, 1000, { 宽带: 200, 停机: 4 });
    expect(detectRisingTerms(few, steady)).toEqual([]);
    const oneCaller = periodDetail(current, 1000, { 宽带: 200, 停机: 40 }, { 停机: 2 });
    expect(detectRisingTerms(oneCaller, steady)).toEqual([]);
    const many = periodDetail(current, 1000, { 宽带: 200, 停机: 40 }, { 停机: 3 });
    expect(detectRisingTerms(many, steady).map((r) => r.term)).toEqual(['停机']);
    expect(detectRisingTerms(many, steady, { minCustomers: 4 })).toEqual([]);
  });

  it('detectRisingTerms(current, baseline) marks terms absent from the whole baseline as new, against the floor', () => {
    const today = periodDetail(current, 1000, { 宽带: 200, 携号转网: 12, '宽带+掉线': 120 });
    const rising = detectRisingTerms(today, steady);
    const fresh = rising.find((r) => r.term === '携号转网');
    expect(fresh?.isNew).toBe(true);
    expect(fresh?.expected).toBe(0.5);
    expect(fresh?.ratio).toBe(24);
    expect(rising.find((r) => r.term === '宽带+掉线')?.isNew).toBe(false);
    expect(detectRisingTerms(today, steady, { expectedFloor: 5 }).find((r) => r.term === '携号转网')).toBeUndefined();
  });

  it('detectRisingTerms(current, baseline) raises nothing with fewer than minBaselinePeriods periods (cold start)', () => {
    const today = periodDetail(current, 1000, { 宽带: 200, 携号转网: 50, '宽带+掉线': 300 });
    expect(detectRisingTerms(today, [])).toEqual([]);
    expect(detectRisingTerms(today, steady.slice(-2))).toEqual([]);
    expect(detectRisingTerms(today, steady.slice(-3)).length).toBe(2);
    expect(detectRisingTerms(today, steady.slice(-3), { minBaselinePeriods: 4 })).toEqual([]);
  });

  it('detectRisingTerms(current, baseline) ignores baseline periods on or after the current one', () => {
    const later = [...steady, periodCounts(current, 1000, { '宽带+掉线': 90 }), periodCounts('2026-11-09', 1000, { '宽带+掉线': 90 })];
    const today = periodDetail(current, 1000, { 宽带: 200, '宽带+掉线': 90 });
    expect(detectRisingTerms(today, later)[0]?.expected).toBeCloseTo(30, 6);
  });

  it('detectRisingTerms(current, baseline) ranks by G², strongest surprise first', () => {
    const today = periodDetail(current, 1000, { 宽带: 200, '宽带+掉线': 150, 网速: 160 });
    expect(detectRisingTerms(today, steady).map((r) => r.term)).toEqual(['宽带+掉线', '网速']);
  });

  it('detectRisingTerms(current, baseline, { sameWeekday }) compares a day with the same weekday', () => {
    // Three weeks where Mondays carry three times the 掉线 tickets of other days.
    const weeks = dayIds(22, 2); // 2026-11-02 is a Monday
    const history = weeks.slice(0, 21).map((d) => {
      const monday = new Date(`${d}T00:00:00Z`).getUTCDay() === 1;
      return periodCounts(d, 1000, { 宽带: 200, 掉线: monday ? 90 : 30 });
    });
    const monday = periodDetail(weeks[21] as string, 1000, { 宽带: 200, 掉线: 92 });
    expect(new Date(`${monday.period}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(detectRisingTerms(monday, history).map((r) => r.term)).toEqual(['掉线']);
    expect(detectRisingTerms(monday, history, { sameWeekday: true })).toEqual([]);
  });

  it('detectRisingTerms(current, baseline) rejects options where nothing could ever rise', () => {
    expect(() => detectRisingTerms(periodDetail(current, 10, {}), steady, { window: 2, minBaselinePeriods: 3 })).toThrow(
      /minBaselinePeriods/,
    );
  });

  it('detectRisingTerms(current, baseline) controls false positives over many quiet periods of Poisson noise', () => {
    const random = createRandom(20261121);
    // 400 terms with shares from 0.05 % to 20 % of tickets; volume varies from 1500 to 2500 tickets a day.
    const shares = Array.from({ length: 400 }, (_, i) => 0.0005 * Math.pow(400, i / 399));
    const history: PeriodTermCounts[] = [];
    let flags = 0;
    let tested = 0;
    for (const [day, id] of dayIds(37).entries()) {
      const tickets = 1500 + random.int(1001);
      const counts: Record<string, number> = {};
      shares.forEach((s, i) => {
        const c = Math.min(tickets, samplePoisson(random, s * tickets));
        if (c > 0) counts[`t${i}`] = c;
      });
      if (day >= 7) {
        flags += detectRisingTerms(periodDetail(id, tickets, counts), history.slice(-7)).length;
        tested++;
      }
      history.push(periodCounts(id, tickets, counts));
    }
    expect(tested).toBe(30);
    expect(flags).toBeLessThanOrEqual(1);
  });
});
