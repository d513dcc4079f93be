import type { ProblemGroup } from './form-problem-groups.js';
import type { TicketTerms } from './ticket-term-weights.js';

/** Options of {@link mergeFragments} (resolved: see `issueOptionsSchema`). */
export interface FragmentOptions {
  /** Nearest neighbours read per ticket. 0 turns the merge off. */
  neighbours: number;
  /** Two groups join when each one's tickets find their neighbours in the other at least this share of chance. */
  minAffinity: number;
  /** Entities with more tickets in their groups are left as they are (the neighbour search is quadratic in them). */
  maxEntityTickets: number;
}

/**
 * Joins the fragments of one problem told in substitute words (信号差 / 信号弱 / 没信号, 异味 / 味道 / 废气): groups of
 * one entity whose tickets' nearest neighbours (cosine of their weighted terms, over the entity's grouped tickets;
 * tickets in both groups left out) lie in the other group at least `minAffinity` times as often as chance would put
 * them there, both ways. Two problems of one estate (its mobile signal, its broadband) keep their neighbours at
 * home; two fragments of one problem do not. Entities with more than `maxEntityTickets` grouped tickets are left as
 * they are: a large firm's issues are facets it really has (捷信's interest and its debt collection share tickets and
 * words), and the search is quadratic in the entity's tickets. Deterministic: ties go to the lower index.
 */
export function mergeFragments(groups: ProblemGroup[], termsOf: (i: number) => TicketTerms, options: FragmentOptions): ProblemGroup[] {
  if (options.neighbours <= 0) return groups;
  const byEntity = new Map<number, number[]>();
  groups.forEach((g, k) => {
    if (g.entity < 0) return;
    const list = byEntity.get(g.entity) ?? [];
    list.push(k);
    byEntity.set(g.entity, list);
  });
  const parent = groups.map((_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]!]!;
    return k;
  };
  for (const list of byEntity.values()) {
    if (list.length < 2) continue;
    const rows = [...new Set(list.flatMap((k) => groups[k]!.rows))].sort((a, b) => a - b);
    if (rows.length > options.maxEntityTickets || rows.length <= options.neighbours) continue;
    const near = nearestNeighbours(rows, termsOf, options.neighbours);
    const local = new Map<number, number>(rows.map((r, x) => [r, x]));
    const member = list.map((k) => {
      const flags = new Uint8Array(rows.length);
      for (const r of groups[k]!.rows) flags[local.get(r)!] = 1;
      return flags;
    });
    const pairs: Array<[number, number, number]> = [];
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const A = member[a]!;
        const B = member[b]!;
        const affinity = Math.min(affinityOf(A, B, near, options.neighbours), affinityOf(B, A, near, options.neighbours));
        if (affinity >= options.minAffinity) pairs.push([affinity, a, b]);
      }
    }
    pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
    for (const [, a, b] of pairs) {
      const ra = find(list[a]!);
      const rb = find(list[b]!);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
  const merged = new Map<number, ProblemGroup>();
  const out: ProblemGroup[] = [];
  groups.forEach((g, k) => {
    const root = find(k);
    const into = merged.get(root);
    if (!into) {
      const copy = { entity: g.entity, concepts: [...g.concepts], rows: [...g.rows] };
      merged.set(root, copy);
      out.push(copy);
      return;
    }
    into.concepts.push(...g.concepts);
    into.rows = [...new Set([...into.rows, ...g.rows])].sort((a, b) => a - b);
  });
  return out;
}

/**
 * How often the tickets of `from` (outside `to`) find a neighbour in `to` (outside `from`), against chance: the
 * share of their neighbours in `to` over `to`'s share of the other tickets.
 */
function affinityOf(from: Uint8Array, to: Uint8Array, near: Int32Array, k: number): number {
  let hits = 0;
  let reads = 0;
  let targets = 0;
  for (let x = 0; x < from.length; x++) if (to[x] && !from[x]) targets++;
  for (let x = 0; x < from.length; x++) {
    if (!from[x] || to[x]) continue;
    for (let j = 0; j < k; j++) {
      const y = near[x * k + j]!;
      if (y < 0) continue;
      reads++;
      if (to[y] && !from[y]) hits++;
    }
  }
  const chance = targets / Math.max(1, from.length - 1);
  return reads === 0 || chance === 0 ? 0 : hits / reads / chance;
}

/** The `k` most similar tickets (cosine of weighted terms) of every ticket among `rows`, as local indexes (-1 when fewer). */
function nearestNeighbours(rows: number[], termsOf: (i: number) => TicketTerms, k: number): Int32Array {
  const vectors = rows.map((r) => {
    const { count, ids, weights } = termsOf(r);
    const map = new Map<number, number>();
    let norm = 0;
    for (let p = 0; p < count; p++) norm += weights[p]! * weights[p]!;
    norm = Math.sqrt(norm) || 1;
    for (let p = 0; p < count; p++) map.set(ids[p]!, weights[p]! / norm);
    return map;
  });
  const n = rows.length;
  const sim = new Float64Array(n * n);
  for (let x = 0; x < n; x++) {
    const vx = vectors[x]!;
    for (let y = x + 1; y < n; y++) {
      const vy = vectors[y]!;
      const [small, large] = vx.size < vy.size ? [vx, vy] : [vy, vx];
      let s = 0;
      for (const [t, w] of small) {
        const u = large.get(t);
        if (u !== undefined) s += w * u;
      }
      sim[x * n + y] = s;
      sim[y * n + x] = s;
    }
  }
  const near = new Int32Array(n * k).fill(-1);
  const order = Array.from({ length: n }, (_, y) => y);
  for (let x = 0; x < n; x++) {
    const row = sim.subarray(x * n, x * n + n);
    const best = order.filter((y) => y !== x && row[y]! > 0).sort((a, b) => row[b]! - row[a]! || a - b);
    for (let j = 0; j < Math.min(k, best.length); j++) near[x * k + j] = best[j]!;
  }
  return near;
}
