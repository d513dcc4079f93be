import { describe, expect, it } from 'vitest';
import { createGroupScratch, denseGroups } from '../../src/cluster/dense-groups.js';
import type { TicketLinks } from '../../src/cluster/link-tickets.js';

function links(pairs: Array<[number, number, number]>): TicketLinks {
  return {
    length: pairs.length,
    from: Int32Array.from(pairs, (p) => p[0]),
    to: Int32Array.from(pairs, (p) => p[1]),
    sim: Float32Array.from(pairs, (p) => p[2]),
  };
}
const all = (l: TicketLinks): Int32Array => Int32Array.from({ length: l.length }, (_, e) => e);

describe('denseGroups', () => {
  it('denseGroups(links) joins core tickets and attaches a leaf to its most similar core neighbour', () => {
    // Triangle 0-1-2 (all core), 3 hangs on 1 (better) and 2, 5 hangs on 4 which is not core.
    const l = links([
      [0, 1, 0.9],
      [1, 2, 0.9],
      [0, 2, 0.9],
      [1, 3, 0.8],
      [4, 5, 0.9],
    ]);
    const { rows, roots } = denseGroups(l, all(l), 2, createGroupScratch(6));
    expect(Array.from(rows)).toEqual([0, 1, 2, 3]);
    expect(Array.from(roots)).toEqual([0, 0, 0, 0]);
  });

  it('denseGroups(links, edges) counts only the listed links and leaves the scratch clean for the next call', () => {
    const l = links([
      [0, 1, 0.9],
      [1, 2, 0.9],
      [0, 2, 0.9],
    ]);
    const scratch = createGroupScratch(3);
    expect(denseGroups(l, Int32Array.of(0), 2, scratch).rows.length).toBe(0);
    expect(Array.from(denseGroups(l, all(l), 2, scratch).rows)).toEqual([0, 1, 2]);
    expect(Array.from(scratch.degree)).toEqual([0, 0, 0]);
  });

  it('denseGroups(links, undefined) counts every link, the same as listing them all', () => {
    const l = links([
      [0, 1, 0.9],
      [1, 2, 0.7],
      [0, 2, 0.9],
      [2, 3, 0.6],
      [3, 4, 0.95],
    ]);
    const scratch = createGroupScratch(5);
    const listed = denseGroups(l, all(l), 2, scratch);
    const whole = denseGroups(l, undefined, 2, scratch);
    expect(Array.from(whole.rows)).toEqual(Array.from(listed.rows));
    expect(Array.from(whole.roots)).toEqual(Array.from(listed.roots));
    expect(Array.from(whole.rows)).toEqual([0, 1, 2, 3, 4]);
  });
});
