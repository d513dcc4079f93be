import type { CustomerTicket } from '../history/history-types.js';
import { routedWarning, type WarningFields } from './routed-warning.js';
import type { Evidence, Warning } from '../report/report-schema.js';
import type { TextSpan } from './detect-risk.js';
import { spanEvidence } from './evidence-context.js';
import { createIdJaccard } from './jaccard.js';
import { findSelfDeclaredRepeat, type SelfDeclaredRepeat } from './self-declared-repeat.js';
import { hammingDistance64 } from './simhash.js';
import type { SubjectLookup } from './ticket-subjects.js';
import { distinctTerms } from './warn-near-duplicates.js';
import { issueEvidence } from './warn-top-issues.js';
import { warningIndexOf, type WarningContext } from './warning-context.js';
import { warningsOptionsSchema, type WarningsOptions } from './warnings-options.js';
import { parseOptions } from '../core/parse-options.js';

const DAY_MS = 86_400_000;
/** Each ticket is compared with at most this many earlier tickets of its customer: a bulk caller must stay linear. */
const MAX_PREDECESSORS = 64;
const HEX64 = /^[0-9a-f]{16}$/;

/** One ticket of a customer: from this run (`doc` ≥ 0) or only known from the history (`doc` = -1). */
interface Node {
  /** '' for a run ticket until {@link idOf} reads it (a tie in time, or a warning): most nodes never need it. */
  ticketId: string;
  time: number;
  issueId: string;
  topicId: string;
  doc: number;
  /** Stored SimHash for a history row; '' for a run ticket until a comparison with a history row needs it. */
  simhash: string;
  markers: readonly TextSpan[];
}

/** A run ticket's self-declared repeat, memoised per corpus index; `null` when it declares none. */
type DeclaredMemo = Array<SelfDeclaredRepeat | null | undefined>;

type Link = 'issue' | 'similar' | 'near-identical' | 'marker' | 'self-declared';

/**
 * The same customer (salted hash) repeating one problem within `repeatWindowDays` days ending at the period's last
 * ticket, at least one of the tickets in the period. Two tickets of the customer are the same problem when
 * - both are on the same issue; or, on two issues or without one (a single customer's own problem rarely forms one,
 *   and a big input splits one problem over several issues),
 * - they are on the same topic and their distinct terms overlap by ≥ `repeatMinSimilarity` (Jaccard), or
 * - on any topic, both hold ≥ `simhashMinTerms` distinct terms overlapping by ≥ `repeatAnyTopicMinSimilarity`, or
 * - either says it is a repeat (a repeat marker of the lexicon: 第二次反映, 还是没解决 …) and they overlap by
 *   ≥ `repeatMarkerMinSimilarity`.
 * Tickets only known from the history (`CustomerTicket`: no terms) compare by SimHash: same topic and within
 * `repeatMaxSimhashDistance` bits, or same topic and a marker in the run's ticket. The repeats are the connected
 * groups of at least `repeatMinTickets` tickets; orange from `repeatOrangeTickets`, else yellow. Cost: the period's
 * customers' tickets only (through the shared {@link WarningIndex}).
 */
export function warnSameCustomer(
  context: WarningContext,
  subjects: SubjectLookup,
  history: readonly CustomerTicket[] = [],
  options: WarningsOptions = {},
): Warning[] {
  const o = parseOptions(warningsOptionsSchema, options, 'warnings');
  const { corpus, period, matcher } = context;
  const index = warningIndexOf(context);
  const periodDocs = index.docsByPeriod.get(period) ?? [];
  // Rows of tickets not in this run, and per ticket how many tickets its customer has in all: almost every customer
  // calls once, and looking each of them up again in every period was most of this function's cost at 100,000
  // tickets.
  const historyOf = index.foreignHistory(history);
  const customerTickets = index.customerTicketCounts(history);
  // Times and customers by number from the index's typed arrays: reading them through a million ticket objects
  // spread over the heap was most of this function's time (cache misses), and so was sorting the hash strings.
  const { times, customerOf, periodIds } = index;
  let periodEnd = -Infinity;
  const customerSet = new Set<number>();
  for (const doc of periodDocs) {
    const time = times[doc]!;
    if (time > periodEnd) periodEnd = time;
    if (customerTickets[doc]! >= o.repeatMinTickets) customerSet.add(customerOf[doc]!);
  }
  if (customerSet.size === 0) return [];
  // In the order of their hashes, as the warnings always came.
  const ranks = index.customerRanks();
  const customers = Int32Array.from(customerSet).sort((a, b) => ranks[a]! - ranks[b]!);
  const windowStart = periodEnd - o.repeatWindowDays * DAY_MS;
  // A customer's tickets come back in every period of the window: their regex scans are kept for the run.
  const declaredMemo = index.memo(corpus, 'self-declared-repeats', (): DeclaredMemo => new Array<SelfDeclaredRepeat | null | undefined>(corpus.tickets.length).fill(undefined));
  /** The ticket says in its own words that it repeats an earlier one (上次反映…又, 再次, 第三次); run tickets only. */
  const declaredOf = (node: Node): SelfDeclaredRepeat | undefined => {
    if (node.doc < 0) return undefined;
    let hit = declaredMemo[node.doc];
    if (hit === undefined) {
      hit = findSelfDeclaredRepeat(corpus.tickets[node.doc]!.text) ?? null;
      if (node.doc < declaredMemo.length) declaredMemo[node.doc] = hit;
    }
    return hit ?? undefined;
  };
  const idJaccard = index.memo(corpus, 'id-jaccard', () => createIdJaccard(corpus.vocab.terms.length));
  const NO_TERMS = new Uint32Array(0);
  // Whether a run ticket holds simhashMinTerms distinct terms, per corpus index (-1 not yet known): asked of the same
  // tickets by many pairs and periods.
  const longMemo = index.memo(corpus, `long-tickets:${o.simhashMinTerms}`, () => new Int8Array(corpus.tickets.length).fill(-1));
  const long = (doc: number): boolean => {
    let hit = longMemo[doc]!;
    if (hit < 0) longMemo[doc] = hit = distinctTerms(corpus.docs[doc]?.termIds, o.simhashMinTerms) >= o.simhashMinTerms ? 1 : 0;
    return hit === 1;
  };
  // Run tickets' ids are read from the ticket objects only when needed: reading a million of them spread over the
  // heap was the node building's main cost.
  const idOf = (node: Node): string => (node.ticketId === '' && node.doc >= 0 ? (node.ticketId = corpus.tickets[node.doc]!.id) : node.ticketId);

  const linkOf = (a: Node, b: Node): Link | undefined => {
    // Jaccard of two run tickets' distinct terms, computed once for the pair when first needed.
    let similarity = -1;
    const sim = (): number =>
      similarity >= 0 ? similarity : (similarity = idJaccard(corpus.docs[a.doc]?.termIds ?? NO_TERMS, corpus.docs[b.doc]?.termIds ?? NO_TERMS));
    // An issue is a problem a manager names (质量 · 裤子 holds thousands of tickets): one customer's two tickets on it
    // are one problem only when their texts also meet, else two unrelated reviews of one shop would be a repeat.
    if (a.issueId && a.issueId === b.issueId) {
      if (a.doc >= 0 && b.doc >= 0) {
        if (sim() >= o.repeatSameIssueMinSimilarity) return 'issue';
      } else {
        const ha = a.doc >= 0 ? index.simhash(a.doc) : a.simhash;
        const hb = b.doc >= 0 ? index.simhash(b.doc) : b.simhash;
        if (HEX64.test(ha) && HEX64.test(hb) && hammingDistance64(ha, hb) <= o.repeatSameIssueMaxSimhashDistance) return 'issue';
      }
    }
    // On two issues, or without one, the texts decide: a big input splits issues finer, and at a million tickets a
    // customer's two nearly identical tickets sat on two issues (measured: 235 of 2,500 planted repeats missed).
    const sameTopic = a.topicId !== '' && a.topicId === b.topicId;
    const marked = a.markers.length > 0 || b.markers.length > 0;
    if (a.doc >= 0 && b.doc >= 0) {
      if (sameTopic && sim() >= o.repeatMinSimilarity) return 'similar';
      if (marked && sim() >= o.repeatMarkerMinSimilarity) return 'marker';
      // Nearly the same words on two topics: a big input splits one problem over topics as well as issues.
      if (!sameTopic && long(a.doc) && long(b.doc) && sim() >= o.repeatAnyTopicMinSimilarity) return 'near-identical';
      // A weak cue (a bare 又 or 再次) links only texts that also meet: reviews say 再次光临 and 第二次购买 all the time.
      return declaredLink(b, () => sameTopic && sim() >= o.repeatMarkerMinSimilarity);
    }
    if (!sameTopic) return declaredLink(b, () => false);
    const ha = a.doc >= 0 ? index.simhash(a.doc) : a.simhash;
    const hb = b.doc >= 0 ? index.simhash(b.doc) : b.simhash;
    if (!HEX64.test(ha) || !HEX64.test(hb)) return undefined;
    if (hammingDistance64(ha, hb) <= o.repeatMaxSimhashDistance) return 'similar';
    return marked ? 'marker' : declaredLink(b, () => true);
  };
  // `later` says it repeats an earlier complaint (上次反映的多扣费问题没有处理，这个月又乱扣费了): the customer's own
  // word links it to their earlier tickets however differently worded; a bare 又 only to one sharing a topic or a word.
  // `related` is asked only of a weak cue, so most pairs never compute their similarity here.
  const declaredLink = (later: Node, related: () => boolean): Link | undefined => {
    const declared = declaredOf(later);
    return declared && (declared.strength === 'strong' || related()) ? 'self-declared' : undefined;
  };

  const warnings: Warning[] = [];
  const usedKeys = new Set<string>();
  for (const c of customers) {
    const customer = index.docsByCustomer.hashOf(c);
    // Most customers have one ticket: count the window's tickets before building anything.
    const runDocs = index.docsByCustomer.docsOf(c);
    const rows = historyOf.size === 0 ? [] : (historyOf.get(customer) ?? []);
    let candidates = 0;
    for (const doc of runDocs) {
      const time = times[doc]!;
      if (time >= windowStart && time <= periodEnd) candidates++;
    }
    for (const row of rows) if (row.time >= windowStart && row.time <= periodEnd) candidates++;
    if (candidates < o.repeatMinTickets) continue;
    const nodes: Node[] = [];
    for (const doc of runDocs) {
      const time = times[doc]!;
      if (time < windowStart || time > periodEnd) continue;
      nodes.push({
        ticketId: '',
        time,
        issueId: (subjects.issueOf.ofDoc ? subjects.issueOf.ofDoc(doc) : subjects.issueOf.get(corpus.tickets[doc]!.id))?.id ?? '',
        topicId: (subjects.topicOf.ofDoc ? subjects.topicOf.ofDoc(doc) : subjects.topicOf.get(corpus.tickets[doc]!.id))?.id ?? '',
        doc,
        simhash: '',
        markers: matcher ? index.scan(doc, matcher).repeatMarkers : [],
      });
    }
    for (const row of rows) {
      if (row.time < windowStart || row.time > periodEnd) continue;
      nodes.push({ ticketId: row.ticketId, time: row.time, issueId: row.issueId, topicId: row.topicId, doc: -1, simhash: row.simhash, markers: [] });
    }
    nodes.sort((a, b) => a.time - b.time || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
    const parent = nodes.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
      return i;
    };
    const declaredLinks = new Set<number>();
    const nearIdenticalLinks = new Set<number>();
    for (let j = 1; j < nodes.length; j++) {
      for (let i = Math.max(0, j - MAX_PREDECESSORS); i < j; i++) {
        if (find(i) === find(j)) continue;
        const link = linkOf(nodes[i]!, nodes[j]!);
        if (!link) continue;
        if (link === 'self-declared') declaredLinks.add(j);
        if (link === 'near-identical') nearIdenticalLinks.add(j);
        parent[find(i)] = find(j);
      }
    }
    const groups = new Map<number, Node[]>();
    nodes.forEach((node, i) => {
      const root = find(i);
      const g = groups.get(root);
      if (g) g.push(node);
      else groups.set(root, [node]);
    });
    for (const members of groups.values()) {
      const current = members.filter((m) => m.doc >= 0 && periodIds[m.doc] === period);
      if (current.length === 0 || members.length < o.repeatMinTickets) continue;
      for (const m of members) idOf(m);
      const declared = members.filter((m) => declaredLinks.has(nodes.indexOf(m)));
      const nearIdentical = members.some((m) => nearIdenticalLinks.has(nodes.indexOf(m)));
      warnings.push(buildWarning(members, current, customer, declared, nearIdentical));
    }
  }
  return warnings;

  function buildWarning(members: Node[], current: Node[], customer: string, declared: Node[], nearIdentical: boolean): Warning {
    const subject = mostCommon(members.map((m) => m.issueId)) || (mostCommon(members.map((m) => m.topicId)) ? `topic:${mostCommon(members.map((m) => m.topicId))}` : members[0]!.ticketId);
    let key = `repeat:same-customer:${customer}:${subject}`;
    if (usedKeys.has(key)) key = `${key}:${members[0]!.ticketId}`;
    usedKeys.add(key);
    const labelTicket = members.find((m) => m.doc >= 0 && (subject.startsWith('topic:') ? true : m.issueId === subject)) ?? current[0]!;
    const issue = subjects.issueOf.get(labelTicket.ticketId);
    const topic = subjects.topicOf.get(labelTicket.ticketId);
    const label = issue?.label ?? topic?.label ?? subject;
    const terms = issue?.terms ?? topic?.terms ?? [];
    const total = members.length;
    const level = total >= o.repeatOrangeTickets ? 'orange' : 'yellow';
    const spanDays = Math.max(1, Math.ceil((members[members.length - 1]!.time - members[0]!.time) / DAY_MS));
    const earlier = members.filter((m) => m.doc < 0);
    const runMembers = members.filter((m) => m.doc >= 0);
    const ticketIds = [...earlier, ...runMembers].map((m) => m.ticketId);
    const markerSpans = runMembers.flatMap((m) => m.markers.map((s) => ({ ticketId: m.ticketId, doc: m.doc, ...s })));
    // The customer's own words that it is a repeat come first: the lexicon's markers, then cues like 上次反映 / 又.
    for (const m of declared) {
      const span = declaredOf(m)!.span;
      if (!markerSpans.some((s) => s.ticketId === m.ticketId && s.start < span.end && span.start < s.end)) markerSpans.push({ ticketId: m.ticketId, doc: m.doc, ...span });
    }
    const markerEvidence: Evidence[] = markerSpans.slice(0, o.examplesPerWarning).map((s) => spanEvidence(corpus.tickets[s.doc]!, s.start, s.end));
    const evidence = [
      ...markerEvidence,
      ...issueEvidence(context, { terms, examples: [] }, current.map((m) => m.doc), o.examplesPerWarning).filter(
        (e) => !markerEvidence.some((m) => m.ticketId === e.ticketId),
      ),
    ].slice(0, Math.max(o.examplesPerWarning, markerEvidence.length + 1));
    const sameIssue = members.every((m) => m.issueId !== '' && m.issueId === members[0]!.issueId);
    const matchedBy = sameIssue ? 'issue' : declared.length > 0 ? 'self-declared' : markerSpans.length > 0 ? 'marker' : nearIdentical ? 'near-identical' : 'similar';
    const how = {
      issue: '同一问题',
      'self-declared': '客户自述的重复问题（措辞不同）',
      marker: '相近内容且客户自述重复',
      'near-identical': '措辞几乎相同的内容',
      similar: '同一主题的相近内容',
    }[matchedBy];
    const title = `重复投诉：同一客户 ${spanDays} 天内 ${total} 次反映“${label}”`;
    const fields: WarningFields = {
      kind: 'repeat',
      level,
      title,
      reason:
        `同一客户（加盐哈希 ${customer.slice(0, 8)}…）在 ${o.repeatWindowDays} 天窗口内就${how}提交 ${total} 张工单` +
        `（本期 ${current.length} 张，此前 ${total - current.length} 张）` +
        `${markerSpans.length > 0 ? `，工单中写明“${[...new Set(markerSpans.map((s) => s.term))].slice(0, 2).join('、')}”` : ''}；` +
        `≥${o.repeatMinTickets} 张为重复投诉，≥${o.repeatOrangeTickets} 张为橙色。`,
      ticketIds,
      evidence,
      metrics: {
        tickets: total,
        currentTickets: current.length,
        earlierTickets: total - current.length,
        windowDays: o.repeatWindowDays,
        spanDays,
        customerHash: customer,
        subject,
        matchedBy,
        ...(markerSpans.length > 0 ? { markers: [...new Set(markerSpans.map((s) => s.term))].join(',') } : {}),
      },
      category: 'same-customer',
    };
    return { ...routedWarning(key, period, fields, context.routing, [label, ...terms]), repeatKind: 'same-customer' };
  }
}

/** The most frequent non-empty value (the earliest on a tie), or ''. */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  let best = '';
  let bestN = 0;
  for (const v of values) {
    if (!v) continue;
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestN) [best, bestN] = [v, n];
  }
  return best;
}
