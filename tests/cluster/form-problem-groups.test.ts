import { describe, expect, it } from 'vitest';
import { formProblemGroups, type ProblemGroupOptions } from '../../src/cluster/form-problem-groups.js';
import type { ProblemConcepts } from '../../src/cluster/discover-problem-concepts.js';
import type { TicketEntities } from '../../src/cluster/ticket-entities.js';

// Term ids: 0 an estate (the entity), 1 电梯, 2 被困, 3 停车费; each term its own concept (1 → 0, 2 → 1, 3 → 2).
const concepts: ProblemConcepts = { concepts: [[1], [2], [3]], conceptOf: Int32Array.from([-1, 0, 1, 2]) };
// 40 tickets of one estate: 30 about its lift, 10 of them saying someone was trapped in it; 10 about parking fees.
const termIds = Array.from({ length: 40 }, (_, i) => (i < 30 ? (i < 10 ? [0, 1, 2] : [0, 1]) : [0, 3]));
const termsOf = (i: number) => ({ count: termIds[i]!.length, ids: Int32Array.from(termIds[i]!), weights: Float64Array.from(termIds[i]!.map(() => 3)) });
const entities: TicketEntities = { entityOf: new Int32Array(40), canonicalOf: Int32Array.from([0, -1, -1, -1]), tickets: Int32Array.from([40, 0, 0, 0]) };
const options: ProblemGroupOptions = { presence: 2, minEntityTickets: 5, minEntityShare: 0.15, mergeJaccard: 0.4, mergeContainment: 0.9, minEntitySplit: 20, minSharedEntities: 8, maxSharedEntityShare: 0.25 };

describe('formProblemGroups', () => {
  it('formProblemGroups(…) merges an entity group lying inside a larger one of the same entity (被困 in 电梯), and keeps a separate problem apart', () => {
    const groups = formProblemGroups(40, termsOf, concepts, entities, options);
    expect(groups.map((g) => [g.concepts, g.rows.length])).toEqual([
      [[0, 1], 30],
      [[2], 10],
    ]);
  });

  it('formProblemGroups(…) keeps a contained group apart below mergeContainment (Jaccard 10/30 is under 0.4)', () => {
    const groups = formProblemGroups(40, termsOf, concepts, entities, { ...options, mergeContainment: 1.01 });
    expect(groups.map((g) => g.rows.length).sort((a, b) => b - a)).toEqual([30, 10, 10]);
  });

  it('formProblemGroups(…) makes a problem the main one of tickets of minSharedEntities small entities one issue across them', () => {
    // Term ids: 0-8 nine lending apps (entities, 6 tickets each), 9 会员 (concept 0), 10 利息 (concept 1).
    // Per app: 4 tickets about the membership sold with the loan, 2 about interest.
    const apps = 9;
    const rows = Array.from({ length: apps * 6 }, (_, i) => [Math.floor(i / 6), i % 6 < 4 ? 9 : 10]);
    const terms = (i: number) => ({ count: 2, ids: Int32Array.from(rows[i]!), weights: Float64Array.from([3, 3]) });
    const shared: ProblemConcepts = { concepts: [[9], [10]], conceptOf: Int32Array.from([...Array(apps).fill(-1), 0, 1]) };
    const small: TicketEntities = {
      entityOf: Int32Array.from(rows.map((r) => r[0]!)),
      canonicalOf: Int32Array.from([...Array.from({ length: apps }, (_, k) => k), -1, -1]),
      tickets: Int32Array.from([...Array(apps).fill(6), 0, 0]),
    };
    const across = formProblemGroups(rows.length, terms, shared, small, options);
    // 利息 is the main problem of 2 tickets in each of the 9 apps too: shared as well.
    const byConcept = across.map((g) => [g.entity, g.concepts, g.rows.length]).sort((x, y) => (x[1] as number[])[0]! - (y[1] as number[])[0]!);
    expect(byConcept).toEqual([
      [-1, [0], 36],
      [-1, [1], 18],
    ]);
    const apart = formProblemGroups(rows.length, terms, shared, small, { ...options, minSharedEntities: 10 });
    expect(apart.every((g) => g.entity >= 0)).toBe(true);
    expect(apart.length).toBe(apps);
    // An entity holding a quarter or more of the problem's tickets keeps its own issue (a village's own outage).
    const own = formProblemGroups(rows.length, terms, shared, small, { ...options, maxSharedEntityShare: 1 / apps });
    expect(own.every((g) => g.entity >= 0)).toBe(true);
  });
});
