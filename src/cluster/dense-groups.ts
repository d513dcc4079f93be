import type { TicketLinks } from './link-tickets.js';

/** Reusable per-ticket buffers of {@link denseGroups}, sized to the number of tickets; only touched entries are reset. */
export interface GroupScratch {
  degree: Int32Array;
  parent: Int32Array;
  bestCore: Int32Array;
  bestSim: Float32Array;
  /** Tickets touched by the current call (first `count` entries). */
  touched: Int32Array;
}

/** Allocates {@link GroupScratch} for `n` tickets. */
export function createGroupScratch(n: number): GroupScratch {
  return {
    degree: new Int32Array(n),
    parent: new Int32Array(n).fill(-1),
    bestCore: new Int32Array(n).fill(-1),
    bestSim: new Float32Array(n),
    touched: new Int32Array(n),
  };
}

/** Grouped tickets (ascending) and the group root of each. */
export interface DenseGroups {
  rows: Int32Array;
  roots: Int32Array;
}

/** Root of `start` in a union-find forest (`parent[x] === x` at a root), compressing the path. */
function findRoot(parent: Int32Array, start: number): number {
  let root = start;
  while (parent[root] !== root) root = parent[root]!;
  let x = start;
  while (x !== root) {
    const up = parent[x]!;
    parent[x] = root;
    x = up;
  }
  return root;
}

/**
 * Dense groups of a link graph: union-find over links between core tickets (>= `minCoreLinks` links); a linked
 * non-core ticket joins its most similar core neighbour; a ticket linked to no core ticket is left out. Only the
 * links listed in `edges` (indices into `links`) count; without `edges`, every link of `links` does. Typed arrays
 * and scratch reuse keep it linear in the links: the re-split loop calls it once per oversized group, on a compact
 * copy of that group's links (no `edges`), so its passes read the links in order instead of gathering them.
 *
 * Each pass is its own small function: V8 compiled the one long function on-stack mid-loop and threw the code
 * away at the next loop for lack of type feedback, so a single 100,000-ticket run spent most of this stage
 * interpreted (2.0 s on the first call against 0.4 s warm, measured with --trace-deopt).
 */
export function denseGroups(links: TicketLinks, edges: Int32Array | undefined, minCoreLinks: number, scratch: GroupScratch): DenseGroups {
  const list = edges ? gatherLinks(links, edges) : links;
  if (scratch.touched.length < scratch.degree.length) scratch.touched = new Int32Array(scratch.degree.length);
  const count = countDegrees(list.from, list.to, list.length, scratch.degree, scratch.touched);
  const touched = scratch.touched.subarray(0, count).sort();
  for (let t = 0; t < count; t++) scratch.parent[touched[t]!] = touched[t]!;
  joinCore(list, minCoreLinks, scratch);
  const groups = collectGroups(touched, minCoreLinks, scratch);
  resetTouched(touched, scratch);
  return groups;
}

/** The links listed in `edges`, in that order, as a compact link set. */
export function gatherLinks(links: TicketLinks, edges: Int32Array): TicketLinks {
  const out: TicketLinks = { length: edges.length, from: new Int32Array(edges.length), to: new Int32Array(edges.length), sim: new Float32Array(edges.length) };
  for (let k = 0; k < edges.length; k++) {
    const e = edges[k]!;
    out.from[k] = links.from[e]!;
    out.to[k] = links.to[e]!;
    out.sim[k] = links.sim[e]!;
  }
  return out;
}

/** Counts each ticket's links among the first `length`, listing tickets seen for the first time in `touched`; returns how many. */
function countDegrees(from: Int32Array, to: Int32Array, length: number, degree: Int32Array, touched: Int32Array): number {
  let count = 0;
  for (let e = 0; e < length; e++) {
    const i = from[e]!;
    const j = to[e]!;
    if (degree[i] === 0) touched[count++] = i;
    degree[i]! += 1;
    if (degree[j] === 0) touched[count++] = j;
    degree[j]! += 1;
  }
  return count;
}

/** Unions linked core tickets and records each ticket's most similar core neighbour. */
function joinCore(links: TicketLinks, minCoreLinks: number, scratch: GroupScratch): void {
  const { degree, parent, bestCore, bestSim } = scratch;
  const { from, to, sim, length } = links;
  for (let e = 0; e < length; e++) {
    const i = from[e]!;
    const j = to[e]!;
    const s = sim[e]!;
    const coreI = degree[i]! >= minCoreLinks;
    const coreJ = degree[j]! >= minCoreLinks;
    if (coreI && coreJ) {
      const a = findRoot(parent, i);
      const b = findRoot(parent, j);
      // The smaller ticket index becomes the root, so roots do not depend on link order.
      if (a < b) parent[b] = a;
      else if (b < a) parent[a] = b;
    }
    if (coreJ && s > bestSim[i]!) {
      bestSim[i] = s;
      bestCore[i] = j;
    }
    if (coreI && s > bestSim[j]!) {
      bestSim[j] = s;
      bestCore[j] = i;
    }
  }
}

/** Core tickets with their root, and non-core ones with their best core neighbour's root, in ticket order. */
function collectGroups(touched: Int32Array, minCoreLinks: number, scratch: GroupScratch): DenseGroups {
  const { degree, parent, bestCore } = scratch;
  const rows = new Int32Array(touched.length);
  const roots = new Int32Array(touched.length);
  let out = 0;
  for (let t = 0; t < touched.length; t++) {
    const x = touched[t]!;
    if (degree[x]! >= minCoreLinks) {
      rows[out] = x;
      roots[out++] = findRoot(parent, x);
    } else if (bestCore[x]! >= 0) {
      rows[out] = x;
      roots[out++] = findRoot(parent, bestCore[x]!);
    }
  }
  return { rows: rows.slice(0, out), roots: roots.slice(0, out) };
}

/** Leaves the scratch clean for the next call. */
function resetTouched(touched: Int32Array, scratch: GroupScratch): void {
  const { degree, parent, bestCore, bestSim } = scratch;
  for (let t = 0; t < touched.length; t++) {
    const x = touched[t]!;
    degree[x] = 0;
    parent[x] = -1;
    bestCore[x] = -1;
    bestSim[x] = 0;
  }
}
