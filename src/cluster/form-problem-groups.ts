import type { ProblemConcepts } from './discover-problem-concepts.js';
import type { TicketEntities } from './ticket-entities.js';
import type { TicketTerms } from './ticket-term-weights.js';

/** Options of {@link formProblemGroups} (resolved: see `issueOptionsSchema`). */
export interface ProblemGroupOptions {
  /** A concept counts as raised by a ticket when the weights of its terms in the ticket add up to this. */
  presence: number;
  /** An entity × problem group needs this many tickets of the entity raising the problem… */
  minEntityTickets: number;
  /** …and this share of the entity's tickets. */
  minEntityShare: number;
  /** Groups of one entity whose tickets overlap this much (Jaccard) are one problem told in different words. */
  mergeJaccard: number;
  /** …or when this share of the smaller group's tickets are in the larger one. */
  mergeContainment: number;
  /** An entity with fewer tickets is one issue, not split by problem (an estate's complaints are mostly one fault). */
  minEntitySplit: number;
  /**
   * A small entity's ticket whose strongest concept is the strongest of tickets in at least this many small
   * entities joins that problem shared across entities instead of its entity's issue.
   */
  minSharedEntities: number;
  /** …when the ticket's entity holds less than this share of those small entities' tickets on that problem. */
  maxSharedEntityShare: number;
}

/** A candidate issue: an entity (or none) and the problem concepts its tickets raise. */
export interface ProblemGroup {
  /** Canonical entity term id, -1 for a problem shared across entities. */
  entity: number;
  /** Concept indexes, the one that defined the group first. */
  concepts: number[];
  /** Ticket indexes, ascending. */
  rows: number[];
}

/**
 * Forms problem-level groups, "an entity plus what went wrong": a ticket raises its strongest concept and every
 * concept whose terms weigh at least `presence` in it. Where an entity's tickets raise a concept often enough (`minEntityTickets` and
 * `minEntityShare` of the entity's tickets), entity × concept is a group and the ticket joins every such group of
 * its entity (a complaint about a lender's interest and its debt collectors raises both). Tickets with no such
 * group join the group of their strongest concept shared across entities (保险 · 退保 over many insurers). A
 * ticket may so be in more than one group; groups of one entity that overlap by `mergeJaccard` or more are merged
 * (捷信 · 利息 and 捷信 · 本金 are one problem), and an entity with fewer than `minEntitySplit` tickets stays one
 * group holding all its tickets that raise any problem (an estate's dozen complaints are one fault told in several words),
 * unless the ticket's strongest concept is the strongest of tickets in `minSharedEntities` or more small entities and its
 * entity holds less than `maxSharedEntityShare` of those tickets: then it joins that problem shared across them. Size limits are the caller's.
 */
export function formProblemGroups(
  tickets: number,
  termsOf: (i: number) => TicketTerms,
  concepts: ProblemConcepts,
  entities: TicketEntities,
  options: ProblemGroupOptions,
): ProblemGroup[] {
  const k = concepts.concepts.length;
  const score = new Float64Array(k);
  const touched: number[] = [];
  // Per ticket: its strongest concept, and the concepts it raises (CSR).
  const strongest = new Int32Array(tickets).fill(-1);
  const raisedStart = new Int32Array(tickets + 1);
  const raised: number[] = [];
  const pairCount = new Map<number, number>();
  for (let i = 0; i < tickets; i++) {
    const { count, ids, weights } = termsOf(i);
    for (let p = 0; p < count; p++) {
      const c = concepts.conceptOf[ids[p]!]!;
      if (c < 0) continue;
      if (score[c] === 0) touched.push(c);
      score[c]! += weights[p]!;
    }
    touched.sort((a, b) => a - b);
    let top = -1;
    for (const c of touched) if (top < 0 || score[c]! > score[top]!) top = c;
    // The strongest concept is always raised: in a small input no weight reaches `presence`.
    for (const c of touched) if (c === top || score[c]! >= options.presence) raised.push(c);
    strongest[i] = top;
    raisedStart[i + 1] = raised.length;
    const e = entities.entityOf[i]!;
    if (e >= 0) for (let r = raisedStart[i]!; r < raised.length; r++) pairCount.set(e * k + raised[r]!, (pairCount.get(e * k + raised[r]!) ?? 0) + 1);
    for (const c of touched) score[c] = 0;
    touched.length = 0;
  }

  // Problems many small entities share (lending apps each selling a membership with the loan) are one issue across
  // them: each entity's sliver of three or four tickets would otherwise be hidden inside its one small issue.
  const smallEntitiesOf = new Map<number, Map<number, number>>();
  const smallTicketsOf = new Map<number, number>();
  const isSmall = (e: number): boolean => e >= 0 && entities.tickets[e]! < options.minEntitySplit;
  for (let i = 0; i < tickets; i++) {
    const e = entities.entityOf[i]!;
    const c = strongest[i]!;
    if (!isSmall(e) || c < 0) continue;
    let byEntity = smallEntitiesOf.get(c);
    if (!byEntity) smallEntitiesOf.set(c, (byEntity = new Map()));
    byEntity.set(e, (byEntity.get(e) ?? 0) + 1);
    smallTicketsOf.set(c, (smallTicketsOf.get(c) ?? 0) + 1);
  }
  // A problem spread over many small entities, none holding much of it; a village's own outage stays the village's.
  const sharedAcross = (e: number, c: number): boolean => {
    const byEntity = smallEntitiesOf.get(c)!;
    return byEntity.size >= options.minSharedEntities && byEntity.get(e)! < options.maxSharedEntityShare * smallTicketsOf.get(c)!;
  };
  const groups = new Map<number, number[]>();
  const join = (key: number, i: number): void => {
    const rows = groups.get(key);
    if (rows) rows.push(i);
    else groups.set(key, [i]);
  };
  for (let i = 0; i < tickets; i++) {
    const e = entities.entityOf[i]!;
    let joined = false;
    if (isSmall(e) && strongest[i]! >= 0 && sharedAcross(e, strongest[i]!)) {
      join(-(strongest[i]! + 1), i);
      joined = true;
    }
    if (e >= 0 && !joined) {
      const needed = Math.max(options.minEntityTickets, options.minEntityShare * entities.tickets[e]!);
      for (let r = raisedStart[i]!; r < raisedStart[i + 1]!; r++) {
        const key = e * k + raised[r]!;
        if ((pairCount.get(key) ?? 0) >= needed) {
          join(key, i);
          joined = true;
        }
      }
    }
    // A small entity is one issue (merged below): its tickets whose problem is rare within it stay with it too.
    const small = e >= 0 && entities.tickets[e]! >= options.minEntityTickets && entities.tickets[e]! < options.minEntitySplit;
    if (!joined && small && strongest[i]! >= 0) {
      join(e * k + strongest[i]!, i);
      joined = true;
    }
    // Keys of shared problems are negative: -(concept + 1).
    if (!joined && strongest[i]! >= 0) join(-(strongest[i]! + 1), i);
  }

  const byEntity = new Map<number, ProblemGroup[]>();
  for (const [key, rows] of [...groups.entries()].sort((a, b) => a[0] - b[0])) {
    const entity = key < 0 ? -1 : Math.floor(key / k);
    const concept = key < 0 ? -key - 1 : key % k;
    const list = byEntity.get(entity) ?? [];
    list.push({ entity, concepts: [concept], rows });
    byEntity.set(entity, list);
  }
  const out: ProblemGroup[] = [];
  for (const [entity, list] of byEntity) {
    if (entity < 0) out.push(...list);
    else out.push(...mergeOverlapping(list, entities.tickets[entity]! < options.minEntitySplit ? 0 : options.mergeJaccard, options.mergeContainment));
  }
  return out;
}

/** Merges groups (largest first) into the first earlier group they overlap by `minJaccard`; rows stay ascending. */
function mergeOverlapping(list: ProblemGroup[], minJaccard: number, minContainment = 1): ProblemGroup[] {
  list.sort((a, b) => b.rows.length - a.rows.length || a.concepts[0]! - b.concepts[0]!);
  // Membership as a Set per merged group: memory follows the group, not the input (a flag array per group would
  // cost a million bytes each at a million tickets).
  const merged: Array<{ group: ProblemGroup; member: Set<number> }> = [];
  for (const g of list) {
    let into: (typeof merged)[number] | undefined;
    for (const m of merged) {
      let shared = 0;
      for (const i of g.rows) if (m.member.has(i)) shared++;
      if (shared / (m.group.rows.length + g.rows.length - shared) >= minJaccard || shared >= minContainment * g.rows.length) {
        into = m;
        break;
      }
    }
    if (!into) {
      merged.push({ group: { entity: g.entity, concepts: [...g.concepts], rows: [...g.rows] }, member: new Set(g.rows) });
      continue;
    }
    into.group.concepts.push(...g.concepts);
    for (const i of g.rows) {
      if (into.member.has(i)) continue;
      into.member.add(i);
      into.group.rows.push(i);
    }
    into.group.rows.sort((a, b) => a - b);
  }
  return merged.map((m) => m.group);
}
