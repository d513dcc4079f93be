import { describe, expect, it } from 'vitest';
import type { ProblemGroup } from '../../src/cluster/form-problem-groups.js';
import { mergeFragments, type FragmentOptions } from '../../src/cluster/merge-fragments.js';

// Term ids: 0 the estate; mobile signal told two ways, 1 信号差 / 2 没信号, each ticket with two of 3 手机, 4 电梯,
// 8 室内, 9 车库 around it; broadband, 5 断网, with two of 6 光猫, 7 晚上, 10 红灯, 11 重启. Tickets 0-9 say 信号差,
// 10-19 没信号, 20-29 断网. The substitutes weigh little beside the words around them, as in a real ticket.
const pairs = [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]];
const signal = [3, 4, 8, 9];
const broadband = [6, 7, 10, 11];
const termIds = Array.from({ length: 30 }, (_, i) => {
  const [a, b] = pairs[i % 6]!;
  if (i < 20) return [0, i < 10 ? 1 : 2, signal[a!]!, signal[b!]!];
  return [0, 5, broadband[a!]!, broadband[b!]!];
});
const termsOf = (i: number) => ({ count: termIds[i]!.length, ids: Int32Array.from(termIds[i]!), weights: Float64Array.from(termIds[i]!.map((_, p) => (p < 2 ? 0.5 : 2))) });
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
const groups: ProblemGroup[] = [
  { entity: 0, concepts: [0], rows: range(0, 10) },
  { entity: 0, concepts: [1], rows: range(10, 20) },
  { entity: 0, concepts: [2], rows: range(20, 30) },
];
const options: FragmentOptions = { neighbours: 5, minAffinity: 0.55, maxEntityTickets: 150 };

describe('mergeFragments', () => {
  it('mergeFragments(…) joins one problem told in substitute words (信号差 / 没信号) and keeps the estate\'s broadband apart', () => {
    const merged = mergeFragments(groups, termsOf, options);
    expect(merged.map((g) => [g.concepts, g.rows.length])).toEqual([
      [[0, 1], 20],
      [[2], 10],
    ]);
    expect(merged[0]!.rows).toEqual(range(0, 20));
  });

  it('mergeFragments(…) leaves an entity with more than maxEntityTickets grouped tickets as it is', () => {
    expect(mergeFragments(groups, termsOf, { ...options, maxEntityTickets: 29 }).length).toBe(3);
  });

  it('mergeFragments(…) with neighbours 0 returns the groups unchanged', () => {
    expect(mergeFragments(groups, termsOf, { ...options, neighbours: 0 })).toBe(groups);
  });

  it('mergeFragments(…) never joins groups of different entities or problems shared across entities (entity -1)', () => {
    const apart: ProblemGroup[] = [
      { entity: -1, concepts: [0], rows: range(0, 10) },
      { entity: -1, concepts: [1], rows: range(10, 20) },
      { entity: 3, concepts: [2], rows: range(20, 30) },
    ];
    expect(mergeFragments(apart, termsOf, options).length).toBe(3);
  });
});
