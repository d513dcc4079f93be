import type { CustomerTicket } from '../history/history-types.js';
import { routedWarning, type WarningFields } from './routed-warning.js';
import type { Warning } from '../report/report-schema.js';
import { ticketEvidence } from './find-evidence.js';
import { simhashBands } from './simhash.js';
import { warningIndexOf, type WarningContext } from './warning-context.js';
import type { WarningIndex } from './warning-index.js';
import { warningsOptionsSchema, type WarningsOptions } from './warnings-options.js';
import { parseOptions } from '../core/parse-options.js';

interface Node {
  ticketId: string;
  customer: string;
  time: number;
  hash: string;
  /** Corpus index, or -1 for a ticket known only from the history. */
  doc: number;
}

const NO_HISTORY: readonly CustomerTicket[] = [];
const HEX64 = /^[0-9a-f]{16}$/;

/** Distinct values of `ids`, counting no further than `atLeast` (a short linear scan: tickets have tens of terms). */
export function distinctTerms(ids: ArrayLike<number> | undefined, atLeast: number): number {
  if (!ids) return 0;
  const seen: number[] = [];
  for (let i = 0; i < ids.length && seen.length < atLeast; i++) if (!seen.includes(ids[i]!)) seen.push(ids[i]!);
  return seen.length;
}

/** The 32-bit word of 8 lower-case hex digits of `hash` from `from` (a SimHash half), without slicing. */
function hexWord(hash: string, from: number): number {
  let x = 0;
  for (let k = from; k < from + 8; k++) {
    const c = hash.charCodeAt(k);
    x = (x << 4) | (c <= 0x39 ? c - 0x30 : c - 0x57);
  }
  return x >>> 0;
}

function popcount32(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The near-duplicate groups (≥ 2 tickets) of the whole run and history: SimHash candidates from the four 16-bit
 * bands (pigeonhole: ≤3 differing bits leave one band equal), linked within one customer (or among tickets without
 * one), grouped by connected components. Candidates are numbered run tickets first (corpus order), then history
 * rows (in their order); `nodes` holds the groups' members only, which `groups` index.
 *
 * Hashes are compared as two 32-bit words and candidates kept in typed arrays, one customer's band buckets at a
 * time: an object and four string keys per candidate were ~100 MB at a million tickets.
 */
function nearDuplicateGroups(
  index: WarningIndex,
  history: readonly CustomerTicket[],
  minTerms: number,
  maxDistance: number,
): { nodes: Node[]; groups: number[][]; groupOfDoc: Map<number, number> } {
  const { corpus, customerOf, docsByCustomer } = index;
  // Links stay within one customer, so a customer with a single ticket (run and history together) can never be in
  // a group: most customers call once, and skipping them before hashing and bucketing cut this from ~10 µs to
  // well under 1 µs a ticket. Tickets without customer all link among themselves and are always kept.
  const counts = index.customerTicketCounts(history);
  const foreign = index.foreignHistory(history);
  const runDocs: number[] = [];
  for (let doc = 0; doc < corpus.tickets.length; doc++) {
    const customer = corpus.tickets[doc]!.customerHash ?? '';
    if ((customer !== '' && counts[doc]! < 2) || distinctTerms(corpus.docs[doc]?.termIds, minTerms) < minTerms) continue;
    runDocs.push(doc);
  }
  // History rows in their given order (the order decides which 64 predecessors of a bucket are compared); only
  // customers with a ticket in this run can join a group of the run, and the others cost nothing.
  const rows: CustomerTicket[] = [];
  for (const row of history) {
    if (!HEX64.test(row.simhash) || !foreign.has(row.customerHash)) continue;
    const run = docsByCustomer.get(row.customerHash)?.length ?? 0;
    if (row.customerHash !== '' && run + foreign.get(row.customerHash)!.length < 2) continue;
    if (index.ticketIndex.has(row.ticketId)) continue;
    rows.push(row);
  }
  const r = runDocs.length;
  const n = r + rows.length;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const hash = i < r ? index.simhash(runDocs[i]!) : rows[i - r]!.simhash;
    hi[i] = hexWord(hash, 0);
    lo[i] = hexWord(hash, 8);
  }
  // The candidates of each customer in candidate order: run tickets by customer number (0 for none) through a
  // counting sort, then history rows under their customer's number or a number of their own.
  const keyOf = new Int32Array(n);
  const foreignKeys = new Map<string, number>();
  let keys = docsByCustomer.size + 1;
  for (let i = 0; i < n; i++) {
    if (i < r) keyOf[i] = customerOf[runDocs[i]!]! + 1;
    else {
      const hash = rows[i - r]!.customerHash;
      const c = hash === '' ? -1 : docsByCustomer.numberOf(hash);
      if (c !== undefined) keyOf[i] = c + 1;
      else {
        let k = foreignKeys.get(hash);
        if (k === undefined) foreignKeys.set(hash, (k = keys++));
        keyOf[i] = k;
      }
    }
  }
  const start = new Int32Array(keys + 1);
  for (let i = 0; i < n; i++) start[keyOf[i]! + 1]! += 1;
  for (let k = 0; k < keys; k++) start[k + 1]! += start[k]!;
  const byKey = new Int32Array(n);
  const fill = start.slice(0, keys);
  for (let i = 0; i < n; i++) byKey[fill[keyOf[i]!]!++] = i;

  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const buckets = new Map<number, number[]>();
  for (let k = 0; k < keys; k++) {
    if (start[k + 1]! - start[k]! < 2) continue;
    buckets.clear();
    for (let m = start[k]!; m < start[k + 1]!; m++) {
      const i = byKey[m]!;
      for (let b = 0; b < 4; b++) {
        const word = b < 2 ? hi[i]! : lo[i]!;
        const key = b * 0x10000 + ((b & 1) === 0 ? word >>> 16 : word & 0xffff);
        const list = buckets.get(key);
        if (!list) {
          buckets.set(key, [i]);
          continue;
        }
        // Compare with the latest 64 of the bucket only: links are transitive, and a bucket of thousands of
        // template tickets must not cost a quadratic number of comparisons.
        for (let q = Math.max(0, list.length - 64); q < list.length; q++) {
          const j = list[q]!;
          if (find(i) !== find(j) && popcount32(hi[i]! ^ hi[j]!) + popcount32(lo[i]! ^ lo[j]!) <= maxDistance) parent[find(i)] = find(j);
        }
        list.push(i);
      }
    }
  }
  // Groups in order of their first candidate, members in candidate order, as nodes of their own.
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) size[find(i)]! += 1;
  const groupOfRoot = new Int32Array(n).fill(-1);
  const nodes: Node[] = [];
  const groups: number[][] = [];
  const groupOfDoc = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    if (size[root]! < 2) continue;
    let g = groupOfRoot[root]!;
    if (g < 0) {
      g = groupOfRoot[root] = groups.length;
      groups.push([]);
    }
    groups[g]!.push(nodes.length);
    if (i < r) {
      const doc = runDocs[i]!;
      const t = corpus.tickets[doc]!;
      nodes.push({ ticketId: t.id, customer: t.customerHash ?? '', time: t.time, hash: index.simhash(doc), doc });
      groupOfDoc.set(doc, g);
    } else {
      const row = rows[i - r]!;
      nodes.push({ ticketId: row.ticketId, customer: row.customerHash, time: row.time, hash: row.simhash, doc: -1 });
    }
  }
  return { nodes, groups, groupOfDoc };
}

/**
 * A key for a template group that the next night's copies of the same text find again (tickets without customer
 * are not kept in the history, so the group's ticket ids are of no use then): the 16-bit SimHash band most of its
 * tickets share, as `<band index>:<hex>`, the smallest on a tie. Copies of one text share all four bands.
 */
function templateKey(hashes: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const h of hashes) simhashBands(h).forEach((band, b) => counts.set(`${b}:${band}`, (counts.get(`${b}:${band}`) ?? 0) + 1));
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/**
 * Near-duplicate re-submissions: tickets of the period whose 64-bit SimHash is within `simhashMaxDistance` bits
 * of another ticket of the same customer (or of another ticket without customer id when neither has one), in
 * this run or in `history`. Candidates come from the four 16-bit bands (pigeonhole: ≤3 differing bits leave one
 * band equal), so the work stays near-linear. Tickets with fewer than `simhashMinTerms` distinct terms are skipped:
 * short texts collide by accident. Groups are the connected components; `skipTicketIds` (already reported as
 * same-customer repeats) drop a group whose period tickets they all cover. A group of one customer is `重复提交`
 * (category `near-duplicate`, `repeatKind: 'same-customer'`, key `repeat:near-duplicate:<first ticket id>`); a group
 * without customer is `模板内容` (category and `repeatKind` `template`, key `repeat:template:<shared SimHash band>`,
 * so later periods and nights see it as continuing).
 */
export function warnNearDuplicates(
  context: WarningContext,
  history: readonly CustomerTicket[] = NO_HISTORY,
  options: WarningsOptions = {},
  skipTicketIds: ReadonlySet<string> = new Set(),
): Warning[] {
  const o = parseOptions(warningsOptionsSchema, options, 'warnings');
  const { corpus, periodIds, period } = context;
  const index = warningIndexOf(context);
  // The groups do not depend on the period: built once per run and history, then each period reads its own.
  const { nodes, groupOfDoc, groups } = index.memo(history, `near-duplicates:${o.simhashMinTerms}:${o.simhashMaxDistance}`, () =>
    nearDuplicateGroups(index, history, o.simhashMinTerms, o.simhashMaxDistance),
  );
  const touched = new Set<number>();
  for (const doc of index.docsByPeriod.get(period) ?? []) {
    const g = groupOfDoc.get(doc);
    if (g !== undefined) touched.add(g);
  }
  const warnings: Warning[] = [];
  for (const g of [...touched].sort((a, b) => a - b)) {
    const members = [...groups[g]!];
    const current = members.filter((i) => nodes[i]!.doc >= 0 && periodIds[nodes[i]!.doc] === period);
    if (current.length === 0 || current.every((i) => skipTicketIds.has(nodes[i]!.ticketId))) continue;
    members.sort((a, b) => nodes[a]!.time - nodes[b]!.time || (nodes[a]!.ticketId < nodes[b]!.ticketId ? -1 : 1));
    const first = nodes[members[0]!]!;
    // The term most of the group's run tickets share points the reader at what was re-submitted.
    const counts = new Map<string, number>();
    for (const i of members) {
      const doc = nodes[i]!.doc;
      if (doc >= 0) for (const id of index.termSet(doc)) {
        const term = corpus.vocab.terms[id] ?? '';
        counts.set(term, (counts.get(term) ?? 0) + 1);
      }
    }
    const shared = [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([t]) => t);
    const evidence = current
      .slice(0, o.examplesPerWarning)
      .map((i) => ticketEvidence(corpus, nodes[i]!.doc, shared.slice(0, 5)))
      .filter((e) => e !== undefined);
    const n = members.length;
    const level = n >= o.repeatOrangeTickets ? 'orange' : 'yellow';
    const terms = shared.slice(0, 3).join('、');
    const similar = `${n} 张工单（本期 ${current.length} 张）的 64 位 SimHash 两两相连、海明距离 ≤${o.simhashMaxDistance}`;
    // Without a customer id nobody can tell one person re-submitting from many people sending one form letter or
    // pasting one description: 模板内容, raised once and then continuing, never 重复提交.
    const template = first.customer === '';
    const fields: WarningFields = {
      kind: 'repeat',
      level,
      title: template ? `模板内容：${n} 张内容几乎相同的工单（无客户标识；${terms}）` : `重复提交：同一客户 ${n} 张内容几乎相同的工单（${terms}）`,
      reason: template
        ? `${similar}，均无客户标识：模板信、批量投诉或多人转述同一问题，按一条预警处理，之后各期同一内容记为“继续”；≥${o.repeatOrangeTickets} 张为橙色。`
        : `${similar}，来自同一客户，视为重复提交；≥${o.repeatOrangeTickets} 张为橙色。`,
      ticketIds: members.map((i) => nodes[i]!.ticketId),
      evidence,
      metrics: { tickets: n, currentTickets: current.length, maxDistance: o.simhashMaxDistance, simhash: first.hash },
      category: template ? 'template' : 'near-duplicate',
    };
    const key = template ? `repeat:template:${templateKey(members.map((i) => nodes[i]!.hash))}` : `repeat:near-duplicate:${first.ticketId}`;
    warnings.push({ ...routedWarning(key, period, fields, context.routing, shared.slice(0, 10)), repeatKind: template ? 'template' : 'same-customer' });
  }
  return warnings;
}
