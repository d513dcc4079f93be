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

/** Cosine of two rows of a row-normalised CSR matrix (sorted column indices); 0 when they share fewer than `minShared` columns. */
function rowCosine(m: TfidfMatrix, i: number, j: number, minShared: number): number {
  let shared = 0;
  let p = m.indptr[i]!;
  let q = m.indptr[j]!;
  const pe = m.indptr[i + 1]!;
  const qe = m.indptr[j + 1]!;
  let s = 0;
  while (p < pe && q < qe) {
    const a = m.indices[p]!;
    const b = m.indices[q]!;
    if (a === b) {
      s += m.values[p++]! * m.values[q++]!;
      shared++;
    }
    else if (a < b) p++;
    else q++;
  }
  return shared >= minShared ? s : 0;
}

/**
 * Dense groups of a link graph: union-find over links between core tickets (>= `minCoreLinks` links); a
 * linked non-core ticket joins its most similar core neighbour. Returns ticket → group root for grouped tickets.
 */
function denseGroups(edges: Array<[number, number, number]>, minCoreLinks: number): Map<number, number> {
  const degree = new Map<number, number>();
  for (const [i, j] of edges) {
    degree.set(i, (degree.get(i) ?? 0) + 1);
    degree.set(j, (degree.get(j) ?? 0) + 1);
  }
  const isCore = (i: number): boolean => (degree.get(i) ?? 0) >= minCoreLinks;
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root)!;
    while (x !== root) {
      const up = parent.get(x) ?? x;
      parent.set(x, root);
      x = up;
    }
    return root;
  };
  const bestCore = new Map<number, [number, number]>();
  for (const [i, j, sim] of edges) {
    if (isCore(i) && isCore(j)) {
      const a = find(i);
      const b = find(j);
      if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
    }
    if (isCore(j) && sim > (bestCore.get(i)?.[1] ?? 0)) bestCore.set(i, [j, sim]);
    if (isCore(i) && sim > (bestCore.get(j)?.[1] ?? 0)) bestCore.set(j, [i, sim]);
  }
  const out = new Map<number, number>();
  for (const i of degree.keys()) {
    if (isCore(i)) out.set(i, find(i));
    else {
      const core = bestCore.get(i);
      if (core) out.set(i, find(core[0]));
    }
  }
  // Iterate in ticket order so group member lists come out sorted.
  return new Map([...out].sort((a, b) => a[0] - b[0]));
}

/** Similarity links between tickets: candidate pairs from an inverted index over each ticket's top terms. */
function linkTickets(m: TfidfMatrix, topTerms: number, maxPosting: number, minSimilarity: number, minShared: number): Array<[number, number, number]> {
  const postings: number[][] = Array.from({ length: m.cols }, () => []);
  const tops: number[][] = [];
  for (let i = 0; i < m.rows; i++) {
    const cells: Array<[number, number]> = [];
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) cells.push([m.indices[p]!, m.values[p]!]);
    cells.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const top = cells.slice(0, topTerms).map(([c]) => c);
    tops.push(top);
    for (const c of top) postings[c]!.push(i);
  }
  const edges: Array<[number, number, number]> = [];
  const lastSeen = new Int32Array(m.rows).fill(-1);
  for (let i = 0; i < m.rows; i++) {
    for (const c of tops[i]!) {
      const posting = postings[c]!;
      // A term in hundreds of tickets' top terms is a general complaint word, not one concrete problem.
      if (posting.length > maxPosting) continue;
      for (const j of posting) {
        if (j <= i || lastSeen[j] === i) continue;
        lastSeen[j] = i;
        const sim = rowCosine(m, i, j, minShared);
        if (sim >= minSimilarity) edges.push([i, j, sim]);
      }
    }
  }
  return edges;
}

/**
 * Finds fine-grained recurring issues: tickets linked when their TF-IDF vectors (place and product terms boosted)
 * have cosine >= `minSimilarity` and share >= `minSharedTerms` terms, candidate pairs coming from an inverted index over each ticket's top terms
 * (near-linear); groups grow through core tickets (>= `minCoreLinks` links), other linked tickets join their most
 * similar core neighbour, the rest is noise. A group is an issue only with >= `minTickets` tickets and
 * >= `minCustomers` distinct customers (a ticket without a customer counts as its own), so one customer writing
 * ten times is not a hotspot. Issues are labelled with c-TF-IDF, ranked by {@link computeHeat}, and matched to
 * `previous` signatures so a continuing issue keeps its id.
 *
 * @param tfidf the matrix to link on; built from the corpus with `options.tfidf` when undefined.
 * @param period the period id of this run; the day of the latest ticket when omitted.
 */
export function findIssues(
  corpus: Corpus,
  tfidf: TfidfMatrix | undefined,
  options: IssueOptions = {},
  previous: StoredIssue[] = [],
  period?: string,
): IssueFinding {
  const opts = issueOptionsSchema.parse(options);
  const n = corpus.docs.length;
  const base = tfidf ?? buildTfidf(corpus, opts.tfidf);
  const m = opts.placeBoost === 1 ? base : reweightColumns(base, placeBoostWeights(base.terms, opts.placeBoost));
  let latest = -Infinity;
  for (const t of corpus.tickets) latest = Math.max(latest, t.time);
  const thisPeriod = period ?? (Number.isFinite(latest) ? periodId(latest, 'day', opts.timeZone) : '');

  const edges = linkTickets(m, opts.topTerms, opts.maxPosting, opts.minSimilarity, opts.minSharedTerms);
  const maxGroup = Math.max(opts.maxGroupMin, Math.floor(opts.maxGroupShare * n));
  const groupOf = new Int32Array(n).fill(-1);
  // Chains of pairwise links can sweep thousands of generic tickets into one group; an oversized group is
  // re-linked on its own edges at a threshold 0.1 higher until it falls apart or the threshold passes 0.95.
  let pending: Array<{ edges: Array<[number, number, number]>; threshold: number }> = [{ edges, threshold: opts.minSimilarity }];
  while (pending.length > 0) {
    const next: typeof pending = [];
    for (const { edges: part, threshold } of pending) {
      const kept = part.filter((e) => e[2] >= threshold);
      const local = denseGroups(kept, opts.minCoreLinks);
      const byRoot = new Map<number, number[]>();
      for (const [i, root] of local) {
        const list = byRoot.get(root);
        if (list) list.push(i);
        else byRoot.set(root, [i]);
      }
      for (const [root, rows] of byRoot) {
        if (rows.length > maxGroup && threshold + 0.1 <= 0.95) {
          const inside = new Set(rows);
          next.push({ edges: kept.filter(([i, j]) => inside.has(i) && inside.has(j)), threshold: threshold + 0.1 });
        } else {
          for (const i of rows) groupOf[i] = root;
        }
      }
    }
    pending = next;
  }

  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const g = groupOf[i]!;
    if (g < 0) continue;
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  }
  const groups: number[][] = [];
  for (const rows of members.values()) {
    if (rows.length < opts.minTickets) continue;
    const customers = new Set(rows.map((i) => corpus.tickets[i]?.customerHash ?? `ticket:${i}`));
    if (customers.size >= opts.minCustomers) groups.push(rows);
  }
  groups.sort((a, b) => a[0]! - b[0]!);

  const groupAssign = new Int32Array(n).fill(-1);
  groups.forEach((rows, g) => {
    for (const i of rows) groupAssign[i] = g;
  });
  const labels = labelClusters(corpus, groupAssign, groups.length, m, { terms: opts.labelTerms });
  const signatures = groups.map((rows) => signatureOf(m, rows, opts.signatureTerms));
  const matched = matchIssues(signatures, previous, opts.matchSimilarity);
  const taken = new Set(previous.map((p) => p.id));

  const drafts = groups.map((rows, g) => {
    const prev = matched[g]! >= 0 ? previous[matched[g]!] : undefined;
    const label = labels[g]!;
    const id = prev?.id ?? newIssueId(label.terms, taken);
    const times = rows.map((i) => corpus.tickets[i]?.time ?? 0);
    const customers = new Set(rows.map((i) => corpus.tickets[i]?.customerHash ?? `ticket:${i}`)).size;
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

/** The group's mean vector reduced to its `size` heaviest terms, L2-normalised. */
function signatureOf(m: TfidfMatrix, rows: number[], size: number): Array<[string, number]> {
  const sums = new Map<number, number>();
  for (const i of rows) {
    for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) sums.set(m.indices[p]!, (sums.get(m.indices[p]!) ?? 0) + m.values[p]!);
  }
  const top = [...sums].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, size);
  const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return top.map(([c, w]) => [m.terms[c] ?? '', Math.round((w / norm) * 1e6) / 1e6]);
}
