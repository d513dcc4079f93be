import { describe, expect, it } from 'vitest';
import { wordWindow } from '../../src/pipeline/word-window.js';

const opts = { period: 'day' as const, timeZone: 'Asia/Shanghai', historyHorizon: 90, history: { chartIssues: 10, chartTerms: 5, trendPeriods: 3, trendRatio: 1.5, summaryIssues: 30, summaryWarnings: 50 } };
/** Noon in Shanghai of a day of November 2026. */
const noon = (day: number): number => Date.UTC(2026, 10, day, 4);

describe('wordWindow(sampleTimes, options)', () => {
  it('ends before the sample\'s first period, in whatever order the sample comes', () => {
    expect(wordWindow([noon(12), noon(10), noon(11)], { ...opts, history: { ...opts.history, keepDays: 7 } })).toEqual({ since: '2026-11-03', before: '2026-11-10' });
    // 23:30 UTC on the 9th is the 10th in Shanghai.
    expect(wordWindow([Date.UTC(2026, 10, 9, 23, 30)], { ...opts, history: { ...opts.history, keepDays: 1 } })).toEqual({ since: '2026-11-09', before: '2026-11-10' });
  });

  it('spans keepDays days back, or with everything kept the historyHorizon periods issues are matched over', () => {
    expect(wordWindow([noon(10)], opts)).toEqual({ since: '2026-08-12', before: '2026-11-10' });
    expect(wordWindow([noon(10)], { ...opts, period: 'week', historyHorizon: 4 })).toEqual({ since: '2026-W42', before: '2026-W46' });
    expect(wordWindow([noon(10)], { ...opts, period: 'month', history: { ...opts.history, keepDays: 31 } })).toEqual({ since: '2026-10', before: '2026-11' });
  });

  it('is undefined for an empty sample', () => {
    expect(wordWindow([], opts)).toBeUndefined();
  });
});
