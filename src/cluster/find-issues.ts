import type { Corpus } from '../core/corpus.js';
import { periodId, timeZoneOffset } from '../core/periods.js';
import type { StoredIssue } from '../history/history-types.js';
import type { Issue } from '../report/report-schema.js';
import { buildTfidf } from './build-tfidf.js';
import { issueOptionsSchema, type IssueOptions } from './cluster-options.js';
import { computeHeat } from './compute-heat.js';
import { labelClusters } from './label-clusters.js';
import { matchIssues, newIssueId } from './match-issues.js';
import { placeBoostWeights } from './place-terms.js';
import { reweightColumns } from './reweight-columns.js';
import type { TfidfMatrix } from './tfidf-matrix.js';
import type { TopicClustering } from './topic-clustering.js';
import { createGroupScratch, denseGroups } from './dense-groups.js';
import { linkTickets, type TicketLinks } from './link-tickets.js';
import type { z } from 'zod';

/** What {@link findIssues} returns. */
export interface IssueFinding {
  /** Issues ranked by heat (rank 1 = hottest). */
  issues: Issue[];
  /** Index into `issues` of every ticket, -1 for a ticket in no issue. */
  assignments: Int32Array;
  /** This run's issues as stored signatures (history appended with this period's count), to upsert. */
  signatures: StoredIssue[];
}

/** Local ISO date-time with offset, e.g. `2026-11-21T10:00:00+08:00`. */
function localIso(ms: number, timeZone: string): string {
  const offset = timeZoneOffset(ms, timeZone);
  const local = new Date(ms + offset).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset) / 60_000;
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Finds fine-grained recurring issues: tickets linked when their TF-IDF vectors (place and product terms boosted)
 * have cosine >= `minSimilarity` and share >= `minSharedTerms` terms, candidate pairs coming from blocking keys over each ticket's top terms (see `linkTickets`)
 * (near-linear); groups grow through core tickets (>= `minCoreLinks` links), other linked tickets join their most
 * similar core neighbour, the rest is noise. A group is an issue only with >= `minTickets` tickets and
 * >= `minCustomers` distinct customers (a ticket without a customer counts as its own), so one customer writing
 * ten times is not a hotspot. Issues are labelled with c-TF-IDF, ranked by {@link computeHeat}, and matched to
 * `previous` signatures so a continuing issue keeps its id.
 *
 * @param tfidf the matrix to link on; built from the corpus with `options.tfidf` when undefined.
 * @param period the period id of this run; the day of the latest ticket when omitted.
 * @param topics the run's topic clustering: each issue's `topicId` is the topic most of its tickets are in.
 */
export function findIssues(
  corpus: Corpus,
  tfidf: TfidfMatrix | undefined,
  options: IssueOptions = {},
  previous: StoredIssue[] = [],
  period?: string,
  topics?: Pick<TopicClustering, 'assignments' | 'topics'>,
): IssueFinding {
  const opts = issueOptionsSchema.parse(options);
  const n = corpus.docs.length;
  const base = tfidf ?? buildTfidf(corpus, opts.tfidf);
  const m = opts.placeBoost === 1 ? base : reweightColumns(base, placeBoostWeights(base.terms, opts.placeBoost));
  let latest = -Infinity;
  for (const t of corpus.tickets) latest = Math.max(latest, t.time);
  const thisPeriod = period ?? (Number.isFinite(latest) ? periodId(latest, 'day', opts.timeZone) : '');

  const links = linkTickets(m, { topTerms: opts.topTerms, window: opts.pairWindow, maxLinks: opts.maxLinks, minSimilarity: opts.minSimilarity, minShared: opts.minSharedTerms });
  const groupOf = splitGroups(links, n, opts);

  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const g = groupOf[i]!;
    if (g < 0) continue;
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  }
  const countCustomers = distinctCustomerCounter(corpus);
  const groups: number[][] = [];
  for (const rows of members.values()) {
    if (rows.length < opts.minTickets) continue;
    if (countCustomers(rows) >= opts.minCustomers) groups.push(rows);
  }
  groups.sort((a, b) => a[0]! - b[0]!);

  const groupAssign = new Int32Array(n).fill(-1);
  groups.forEach((rows, g) => {
    for (const i of rows) groupAssign[i] = g;
  });
  const labels = labelClusters(corpus, groupAssign, groups.length, m, { terms: opts.labelTerms });
  const sums = new Float64Array(m.cols);
  const signatures = groups.map((rows) => signatureOf(m, rows, opts.signatureTerms, sums));
  const matched = matchIssues(signatures, previous, opts.matchSimilarity);
  const taken = new Set(previous.map((p) => p.id));

  const drafts = groups.map((rows, g) => {
    const prev = matched[g]! >= 0 ? previous[matched[g]!] : undefined;
    const label = labels[g]!;
    const id = prev?.id ?? newIssueId(label.terms, taken);
    const times = rows.map((i) => corpus.tickets[i]?.time ?? 0);
    const customers = countCustomers(rows);
    const earlier = (prev?.history ?? []).filter(([p]) => p < thisPeriod);
    const previousTickets = earlier.length > 0 ? earlier[earlier.length - 1]![1] : 0;
    const heat = computeHeat({ tickets: rows.length, customers, previousTickets, times }, opts.heat);
    const issue: Issue = {
      id,
      rank: 0,
      label: label.label,
      terms: label.terms,
      heat: Math.round(heat * 1000) / 1000,
      tickets: rows.length,
      customers,
      firstSeen: localIso(times.reduce((a, b) => Math.min(a, b)), opts.timeZone),
      lastSeen: localIso(times.reduce((a, b) => Math.max(a, b)), opts.timeZone),
      ticketIds: rows.map((i) => corpus.tickets[i]?.id ?? String(i)),
      examples: label.examples.map((i) => ({ ticketId: corpus.tickets[i]?.id ?? String(i), text: corpus.tickets[i]?.text ?? '' })),
      status: prev ? 'continuing' : 'new',
      ...(topics ? { topicId: majorityTopic(rows, topics) } : {}),
    };
    const stored: StoredIssue = {
      id,
      label: label.label,
      terms: signatures[g]!,
      firstPeriod: prev && prev.firstPeriod < thisPeriod ? prev.firstPeriod : thisPeriod,
      lastPeriod: thisPeriod,
      history: [...(prev?.history ?? []).filter(([p]) => p !== thisPeriod), [thisPeriod, rows.length]],
    };
    return { issue, stored, rows };
  });

  drafts.sort((a, b) => b.issue.heat - a.issue.heat || b.issue.tickets - a.issue.tickets || (a.issue.id < b.issue.id ? -1 : 1));
  const assignments = new Int32Array(n).fill(-1);
  drafts.forEach((d, r) => {
    d.issue.rank = r + 1;
    for (const i of d.rows) assignments[i] = r;
  });
  return { issues: drafts.map((d) => d.issue), assignments, signatures: drafts.map((d) => d.stored) };
}

/** The group's mean vector reduced to its `size` heaviest terms, L2-normalised. `sums` is zeroed scratch of `m.cols`. */
function signatureOf(m: TfidfMatrix, rows: number[], size: number, sums: Float64Array): Array<[string, number]> {
  const touched: number[] = [];
  for (const i of rows) {
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) {
      const c = m.indices[p]!;
      if (sums[c] === 0) touched.push(c);
      sums[c]! += m.values[p]!;
    }
  }
  const top: Array<[number, number]> = touched.map((c) => [c, sums[c]!]);
  for (const c of touched) sums[c] = 0;
  top.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  top.length = Math.min(top.length, size);
  const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return top.map(([c, w]) => [m.terms[c] ?? '', Math.round((w / norm) * 1e6) / 1e6]);
}

/**
 * A counter of distinct customers among ticket rows (a ticket without a customer counts as its own). Customer
 * hashes are interned to integers once, so each group is counted with a stamp array instead of a Set of strings.
 */
function distinctCustomerCounter(corpus: Corpus): (rows: readonly number[]) => number {
  const ids = new Map<string, number>();
  const customerOf = new Int32Array(corpus.tickets.length);
  corpus.tickets.forEach((t, i) => {
    const hash = t.customerHash;
    if (hash === undefined) {
      customerOf[i] = -1;
      return;
    }
    let id = ids.get(hash);
    if (id === undefined) {
      id = ids.size;
      ids.set(hash, id);
    }
    customerOf[i] = id;
  });
  const stamp = new Int32Array(ids.size);
  let call = 0;
  return (rows) => {
    call++;
    let count = 0;
    for (const i of rows) {
      const c = customerOf[i]!;
      if (c < 0) count++;
      else if (stamp[c] !== call) {
        stamp[c] = call;
        count++;
      }
    }
    return count;
  };
}

/**
 * Group of every ticket (its group's root ticket, -1 for none). Chains of pairwise links can sweep thousands of
 * generic tickets into one group; an oversized group is re-linked on its own links at a threshold 0.1 higher until
 * it falls apart or the threshold passes 0.95. Each round passes over the round's links once, with typed buffers
 * shared between rounds, and every pass is a small function of its own (see `denseGroups` for why): together
 * 1.3 s → ~0.3 s at 100,000 tickets, where nearly all ~750,000 links sit in one component re-split four times.
 * An oversized group's links are copied out already filtered at the next threshold, as a compact link set, so the
 * next round reads them in order instead of gathering through an index list; the copies of one level go into one
 * of two buffers allocated once (a level holds at most the links of the level before) instead of new arrays per
 * round. The threshold hierarchy is still built one round per threshold: a single pass over links sorted by
 * similarity would not reproduce the core-ticket rule (degrees counted inside each round's group).
 */
function splitGroups(links: TicketLinks, n: number, opts: z.output<typeof issueOptionsSchema>): Int32Array {
  const maxGroup = Math.max(opts.maxGroupMin, Math.floor(opts.maxGroupShare * n));
  const groupOf = new Int32Array(n).fill(-1);
  const rootOf = new Int32Array(n).fill(-1);
  const size = new Int32Array(n);
  // Per oversized root: its index in this round's list of split-off link lists.
  const slotOf = new Int32Array(n).fill(-1);
  const scratch = createGroupScratch(n);
  // Two link buffers allocated on first use; a level's lists are written into the one not holding the level read.
  const buffers: TicketLinks[] = [];
  const bufferAt = (k: number): TicketLinks => (buffers[k] ??= newLinkBuffer(links.length));
  const first = linksAtLeast(links, opts.minSimilarity, bufferAt);
  let holding = first === links ? -1 : 0;
  let pending: Array<{ links: TicketLinks; threshold: number }> = [{ links: first, threshold: opts.minSimilarity }];
  while (pending.length > 0) {
    const next: typeof pending = [];
    const target = holding === 0 ? 1 : 0;
    const out = { buffer: (): TicketLinks => bufferAt(target), used: 0 };
    for (const { links: round, threshold } of pending) {
      const { rows, roots } = denseGroups(round, undefined, opts.minCoreLinks, scratch);
      const canSplit = threshold + 0.1 <= 0.95;
      settleGroups(rows, roots, rootOf, size, groupOf, canSplit ? maxGroup : Infinity);
      if (canSplit) {
        for (const list of innerLinks(round, threshold + 0.1, rootOf, size, maxGroup, slotOf, out)) next.push({ links: list, threshold: threshold + 0.1 });
      }
      for (let r = 0; r < rows.length; r++) {
        rootOf[rows[r]!] = -1;
        size[roots[r]!] = 0;
      }
    }
    pending = next;
    holding = target;
  }
  return groupOf;
}

/** Link arrays of the given capacity (`length` 0). */
function newLinkBuffer(capacity: number): TicketLinks {
  return { length: 0, from: new Int32Array(capacity), to: new Int32Array(capacity), sim: new Float32Array(capacity) };
}

/** The first `count` links of `buffer` from `start` on, as a link set viewing the buffer. */
function viewLinks(buffer: TicketLinks, start: number, count: number): TicketLinks {
  return { length: count, from: buffer.from.subarray(start, start + count), to: buffer.to.subarray(start, start + count), sim: buffer.sim.subarray(start, start + count) };
}

/** The links with similarity >= `threshold`, in order: `links` itself when all are, else a view of buffer 0. */
function linksAtLeast(links: TicketLinks, threshold: number, bufferAt: (k: number) => TicketLinks): TicketLinks {
  let count = 0;
  for (let e = 0; e < links.length; e++) if (links.sim[e]! >= threshold) count++;
  if (count === links.length) return links;
  const buffer = bufferAt(0);
  let k = 0;
  for (let e = 0; e < links.length; e++) {
    if (links.sim[e]! < threshold) continue;
    buffer.from[k] = links.from[e]!;
    buffer.to[k] = links.to[e]!;
    buffer.sim[k++] = links.sim[e]!;
  }
  return viewLinks(buffer, 0, count);
}

/** Records each grouped row's root and group sizes; rows of groups up to `maxGroup` get their final group. */
function settleGroups(rows: Int32Array, roots: Int32Array, rootOf: Int32Array, size: Int32Array, groupOf: Int32Array, maxGroup: number): void {
  for (let r = 0; r < rows.length; r++) {
    rootOf[rows[r]!] = roots[r]!;
    size[roots[r]!]! += 1;
  }
  for (let r = 0; r < rows.length; r++) {
    if (size[roots[r]!]! <= maxGroup) groupOf[rows[r]!] = roots[r]!;
  }
}

/**
 * The links inside each group larger than `maxGroup` with similarity >= `threshold` (the next round's), one
 * compact link set per group in order of first link, written into `out.buffer()` from `out.used` on.
 */
function innerLinks(
  round: TicketLinks,
  threshold: number,
  rootOf: Int32Array,
  size: Int32Array,
  maxGroup: number,
  slotOf: Int32Array,
  out: { buffer: () => TicketLinks; used: number },
): TicketLinks[] {
  const { from, to, sim } = round;
  const counts: number[] = [];
  const order: number[] = [];
  for (let e = 0; e < round.length; e++) {
    const root = rootOf[from[e]!]!;
    if (root < 0 || size[root]! <= maxGroup || rootOf[to[e]!] !== root) continue;
    let slot = slotOf[root]!;
    if (slot < 0) {
      slot = counts.length;
      slotOf[root] = slot;
      counts.push(0);
      order.push(root);
    }
    if (sim[e]! >= threshold) counts[slot]! += 1;
  }
  if (counts.length === 0) return [];
  const buffer = out.buffer();
  const fill = new Int32Array(counts.length);
  const lists = counts.map((c, slot): TicketLinks => {
    fill[slot] = out.used;
    out.used += c;
    return viewLinks(buffer, fill[slot]!, c);
  });
  const { from: toFrom, to: toTo, sim: toSim } = buffer;
  for (let e = 0; e < round.length; e++) {
    const s = sim[e]!;
    if (s < threshold) continue;
    const root = rootOf[from[e]!]!;
    if (root < 0) continue;
    const slot = slotOf[root]!;
    if (slot < 0 || rootOf[to[e]!] !== root) continue;
    const k = fill[slot]!++;
    toFrom[k] = from[e]!;
    toTo[k] = to[e]!;
    toSim[k] = s;
  }
  for (const root of order) slotOf[root] = -1;
  return lists;
}

/** Id of the topic holding most of `rows` (ties: the lower topic index, i.e. the larger topic). */
export function majorityTopic(rows: readonly number[], topics: Pick<TopicClustering, 'assignments' | 'topics'>): string {
  const votes = new Map<number, number>();
  for (const i of rows) {
    const t = topics.assignments[i] ?? -1;
    if (t >= 0) votes.set(t, (votes.get(t) ?? 0) + 1);
  }
  let best = -1;
  let bestVotes = 0;
  for (const [t, v] of votes) {
    if (v > bestVotes || (v === bestVotes && t < best)) {
      best = t;
      bestVotes = v;
    }
  }
  return topics.topics[best]?.id ?? '';
}
