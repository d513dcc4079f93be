import type { TicketLinks } from './link-tickets.js';

/** Reusable per-ticket buffers of {@link denseGroups}, sized to the number of tickets; only touched entries are reset. */
export interface GroupScratch {
  degree: Int32Array;
  parent: Int32Array;
  bestCore: Int32Array;
  bestSim: Float32Array;
}

/** Allocates {@link GroupScratch} for `n` tickets. */
export function createGroupScratch(n: number): GroupScratch {
  return {
    degree: new Int32Array(n),
    parent: new Int32Array(n).fill(-1),
    bestCore: new Int32Array(n).fill(-1),
    bestSim: new Float32Array(n),
  };
}

/** Grouped tickets (ascending) and the group root of each. */
export interface DenseGroups {
  rows: Int32Array;
  roots: Int32Array;
}

/**
 * Dense groups of a link graph: union-find over links between core tickets (>= `minCoreLinks` links); a linked
 * non-core ticket joins its most similar core neighbour; a ticket linked to no core ticket is left out. Only the
 * links listed in `edges` (indices into `links`) count. Typed arrays and scratch reuse keep it linear in the links:
 * the re-split loop calls it once per oversized group.
 */
export function denseGroups(links: TicketLinks, edges: Int32Array, minCoreLinks: number, scratch: GroupScratch): DenseGroups {
  const { degree, parent, bestCore, bestSim } = scratch;
  const touched: number[] = [];
  const count = (x: number): void => {
    if (degree[x] === 0) touched.push(x);
    degree[x]! += 1;
  };
  for (const e of edges) {
    count(links.from[e]!);
    count(links.to[e]!);
  }
  const find = (start: number): number => {
    let root = start;
    while (parent[root]! >= 0 && parent[root] !== root) root = parent[root]!;
    let x = start;
    while (x !== root) {
      const up = parent[x]!;
      parent[x] = root;
      x = up;
    }
    return root;
  };
  for (const x of touched) parent[x] = x;
  for (const e of edges) {
    const i = links.from[e]!;
    const j = links.to[e]!;
    const sim = links.sim[e]!;
    const coreI = degree[i]! >= minCoreLinks;
    const coreJ = degree[j]! >= minCoreLinks;
    if (coreI && coreJ) {
      const a = find(i);
      const b = find(j);
      // The smaller ticket index becomes the root, so roots do not depend on link order.
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
    if (coreJ && sim > bestSim[i]!) {
      bestSim[i] = sim;
      bestCore[i] = j;
    }
    if (coreI && sim > bestSim[j]!) {
      bestSim[j] = sim;
      bestCore[j] = i;
    }
  }
  touched.sort((a, b) => a - b);
  const rows: number[] = [];
  const roots: number[] = [];
  for (const x of touched) {
    if (degree[x]! >= minCoreLinks) {
      rows.push(x);
      roots.push(find(x));
    } else if (bestCore[x]! >= 0) {
      rows.push(x);
      roots.push(find(bestCore[x]!));
    }
  }
  for (const x of touched) {
    degree[x] = 0;
    parent[x] = -1;
    bestCore[x] = -1;
    bestSim[x] = 0;
  }
  return { rows: Int32Array.from(rows), roots: Int32Array.from(roots) };
}
