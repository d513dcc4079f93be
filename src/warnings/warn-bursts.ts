import type { Corpus } from '../core/corpus.js';
import { parseOptions } from '../core/parse-options.js';
import type { Evidence, RisingTerm, Warning } from '../report/report-schema.js';
import { findTermSpan } from '../rising/find-term-span.js';
import { parseRegionKey } from '../rising/region-keys.js';
import { burstWarningOptionsSchema, type BurstWarningOptions, type ResolvedBurstWarningOptions } from '../rising/rising-options.js';
import { corpusTicketIndex } from './corpus-ticket-index.js';
import { routeByTable } from './route-warning.js';
import type { WarningContext } from './warning-context.js';
import { makeWarningId } from './warning-id.js';

const fmtRatio = (x: number): string => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const fmtCount = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));
const fmtP = (p: number): string => (p === 0 ? '< 1e-300' : p < 0.001 ? p.toExponential(1) : p.toFixed(3));

/** Level of a burst by the documented rule of {@link burstWarningOptionsSchema}. */
export function burstLevel(r: RisingTerm, o: ResolvedBurstWarningOptions): Warning['level'] {
  if (r.tickets >= o.redMinTickets && (r.ratio >= o.redRatio || r.pValue <= o.redPValue)) return 'red';
  if (r.tickets >= o.orangeMinTickets && r.ratio >= o.orangeRatio) return 'orange';
  return 'yellow';
}

/** Suppression key of a term's burst, as kept in the history: `burst:宽带+掉线`, `burst:region:济宁`. */
export function burstWarningKey(term: string): string {
  return `burst:${term}`;
}

/**
 * Deterministic warning id, in the warnings stage's `key@period` form (`burst:宽带+掉线@2026-11-21`) so
 * suppression recognises the same burst on the next night.
 */
export function burstWarningId(period: string, term: string): string {
  return makeWarningId(burstWarningKey(term), period);
}

function describe(r: RisingTerm): { title: string; subject: string; category: string } {
  const region = parseRegionKey(r.term);
  const ratio = fmtRatio(r.ratio);
  if (region && region.term === undefined) {
    return {
      title: `地域投诉突增：${region.region} 本期 ${r.tickets} 单，较基线上升 ${ratio} 倍`,
      subject: `${region.region}地区`,
      category: 'region',
    };
  }
  if (region && region.term !== undefined) {
    return {
      title: `地域热词异常：${region.region} ${region.term} 较基线上升 ${ratio} 倍`,
      subject: `${region.region}地区含“${region.term}”`,
      category: 'region-term',
    };
  }
  if (r.isNew) return { title: `新增热词：${r.term} 本期 ${r.tickets} 单（基线期未出现）`, subject: `含“${r.term}”`, category: 'new-term' };
  return { title: `热词异常：${r.term} 较基线上升 ${ratio} 倍`, subject: `含“${r.term}”`, category: 'term' };
}

function evidenceOf(r: RisingTerm, corpus: Corpus, index: Map<string, number>, o: ResolvedBurstWarningOptions): Evidence[] {
  const region = parseRegionKey(r.term);
  const term = region ? region.term : r.term;
  const out: Evidence[] = [];
  for (const ticketId of r.ticketIds) {
    if (out.length >= o.maxEvidence) break;
    const i = index.get(ticketId);
    if (i === undefined) continue;
    const ticket = corpus.tickets[i];
    const doc = corpus.docs[i];
    if (!ticket || !doc) continue;
    // A region-only burst has no word to point at: the start of the (PII-masked) text shows what came in.
    const span =
      term === undefined
        ? { start: 0, end: Math.min(ticket.text.length, o.regionEvidenceChars) }
        : findTermSpan(doc, corpus.vocab, term);
    if (!span || span.end <= span.start) continue;
    out.push({ ticketId, start: span.start, end: span.end, text: ticket.text.slice(span.start, span.end) });
  }
  return out;
}

/**
 * Burst warnings (kind `burst`) for the rising terms and region bursts of the context's period (those of other
 * periods are left out): a level by the documented rule, a Chinese title and a reason sentence with observed and
 * expected tickets, ratio and p-value, the tickets as evidence with the span of the term's words in each ticket's
 * normalized text, metrics, a deterministic id, and the route the context's routing table gives. Pure: no I/O.
 */
export function warnBursts(rising: readonly RisingTerm[], context: WarningContext, options: BurstWarningOptions = {}): Warning[] {
  const o = parseOptions(burstWarningOptionsSchema, options, 'bursts');
  const { corpus, period } = context;
  const index = corpusTicketIndex(corpus);
  return rising.filter((r) => r.period === period).map((r) => {
    const { title, subject, category } = describe(r);
    const baseline = r.isNew ? `基线期内未出现（按下限 ${fmtCount(r.expected)} 单计）` : `基线预期 ${fmtCount(r.expected)} 单`;
    const reason =
      `${r.period} ${subject}的工单 ${r.tickets} 单，${baseline}，为基线的 ${fmtRatio(r.ratio)} 倍；` +
      `泊松检验 p=${fmtP(r.pValue)}，经 Benjamini–Hochberg 校正后显著。`;
    const unrouted: Omit<Warning, 'route'> = {
      id: burstWarningId(r.period, r.term),
      kind: 'burst',
      level: burstLevel(r, o),
      period: r.period,
      title,
      reason,
      ticketIds: [...r.ticketIds],
      evidence: evidenceOf(r, corpus, index, o),
      metrics: { term: r.term, tickets: r.tickets, expected: r.expected, ratio: r.ratio, pValue: r.pValue, isNew: r.isNew },
      category,
    };
    return { ...unrouted, route: routeByTable(unrouted, context.routing, {}) };
  });
}
