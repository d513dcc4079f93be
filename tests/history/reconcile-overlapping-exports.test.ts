import { describe, expect, it } from 'vitest';
import type { PeriodSource } from '../../src/history/history-types.js';
import { reconcileOverlappingExports } from '../../src/history/reconcile-overlapping-exports.js';
import { sketchKeys } from '../../src/history/ticket-sketch.js';

const ids = (from: number, to: number): string[] => Array.from({ length: to - from }, (_, i) => `T${from + i}`);
const current = (period: string, keys: string[]) => ({ period, tickets: keys.length, sketch: sketchKeys(keys) });
const stored = (fingerprint: string, period: string, keys: string[]): PeriodSource => ({ fingerprint, ...current(period, keys) });

describe('reconcileOverlappingExports(current, stored, containment)', () => {
  it('reconcileOverlappingExports(…) replaces a stored export whose tickets this run holds (a fuller re-export)', () => {
    const plan = reconcileOverlappingExports([current('d2', ids(0, 110))], [stored('old', 'd2', ids(0, 100))], 0.8);
    expect(plan.replaced).toEqual([{ period: 'd2', fingerprint: 'old', storedTickets: 100, tickets: 110, shared: 100 }]);
    expect(plan.alreadyCounted).toEqual([]);
    expect(plan.overlapping).toEqual([]);
  });

  it('reconcileOverlappingExports(…) replaces an identical set too: the newer export stands for the period', () => {
    const plan = reconcileOverlappingExports([current('d2', ids(0, 50))], [stored('old', 'd2', ids(0, 50))], 0.8);
    expect(plan.replaced.map((o) => o.fingerprint)).toEqual(['old']);
  });

  it('reconcileOverlappingExports(…) does not store a period a stored export already holds (a partial re-export)', () => {
    const plan = reconcileOverlappingExports(
      [current('d2', ids(0, 40)), current('d3', ids(500, 520))],
      [stored('small', 'd2', ids(0, 10)), stored('full', 'd2', ids(0, 100))],
      0.8,
    );
    expect(plan.alreadyCounted).toEqual([{ period: 'd2', fingerprint: 'full', storedTickets: 100, tickets: 40, shared: 40 }]);
    // The smaller source inside this run is not replaced: this run's tickets of d2 are not stored at all.
    expect(plan.replaced).toEqual([]);
  });

  it('reconcileOverlappingExports(…) reports a partial overlap and keeps both; disjoint exports just add up', () => {
    const plan = reconcileOverlappingExports(
      [current('d1', ids(0, 100)), current('d2', ids(1000, 1100))],
      [stored('half', 'd1', ids(50, 150)), stored('morning', 'd2', ids(2000, 2100))],
      0.8,
    );
    expect(plan.overlapping).toEqual([{ period: 'd1', fingerprint: 'half', storedTickets: 100, tickets: 100, shared: 50 }]);
    expect(plan.replaced).toEqual([]);
    expect(plan.alreadyCounted).toEqual([]);
  });

  it('reconcileOverlappingExports(…) leaves alone sources stored without a sketch and periods of other days', () => {
    const plan = reconcileOverlappingExports(
      [current('d1', ids(0, 10))],
      [{ period: 'd1', fingerprint: 'v1', tickets: 10, sketch: undefined }, stored('other', 'd9', ids(0, 10))],
      0.8,
    );
    expect(plan).toEqual({ replaced: [], alreadyCounted: [], overlapping: [] });
  });

  it('reconcileOverlappingExports(…) follows the containment share it is given', () => {
    const args = [[current('d1', ids(0, 100))], [stored('s', 'd1', ids(30, 100))]] as const;
    // 70 shared: 100 % of the stored export, 70 % of this run.
    expect(reconcileOverlappingExports(...args, 0.8).replaced).toHaveLength(1);
    expect(reconcileOverlappingExports([current('d1', ids(30, 100))], [stored('s', 'd1', ids(0, 100))], 0.8).alreadyCounted).toHaveLength(1);
    expect(reconcileOverlappingExports([current('d1', ids(0, 100))], [stored('s', 'd1', ids(20, 110))], 0.9).overlapping).toHaveLength(1);
    expect(reconcileOverlappingExports([current('d1', ids(0, 100))], [stored('s', 'd1', ids(20, 110))], 0.8).replaced).toHaveLength(1);
  });
});
