import { periodIdsOf } from '../core/periods.js';
import { UNDATED_PERIOD } from '../core/ticket.js';
import { sketchOfHashes, ticketKeyHash, type PeriodSketch } from '../history/ticket-sketch.js';
import type { HotTerm } from '../report/report-schema.js';
import { countRegionTickets } from '../rising/count-region-tickets.js';
import { corpusPairIds, CorpusPairCounter } from '../terms/count-adjacent-pairs.js';
import { countTermsByPeriod } from '../terms/count-terms-by-period.js';
import { findPhrases } from '../terms/find-phrases.js';
import type { PeriodTermCounts, PeriodTermDetail } from '../terms/period-term-counts.js';
import { withEntries } from '../terms/period-slot-map.js';
import { rankHotTerms } from '../terms/rank-hot-terms.js';
import { corpusSlots } from '../terms/ticket-term-slots.js';
import type { PreparedTexts } from './prepare-texts-step.js';

/** The run's term statistics, beside what step 1 gave. */
export interface CountedTerms extends PreparedTexts {
  /** Period id of every ticket of the corpus. */
  periodIds: string[];
  /** The input's periods, oldest first. */
  periods: string[];
  /** Hot terms and phrases of the whole input. */
  hotTerms: HotTerm[];
  /** Per period: ticket counts of every term, phrase, region and region × term, with customers and ticket ids. */
  periodCounts: PeriodTermDetail[];
  /**
   * Per period, what the history keeps and so the only form a baseline may take, whether its periods come from this
   * input or from the state: single terms, regions, and every adjacent pair held by 2+ tickets.
   */
  storedCounts: PeriodTermCounts[];
  /** Per period, a sketch of its ticket ids, to tell a re-export of it. */
  sketches: PeriodSketch[];
}

/** Step 2 of a run: periods, phrases, hot terms, and the counts of each period (what rising terms compare). */
export function countTerms(texts: PreparedTexts): CountedTerms {
  const { corpus, undated, run } = texts;
  const opts = run.options;
  run.stage('counting terms');
  const periodIds = undated ? new Array<string>(corpus.tickets.length).fill(UNDATED_PERIOD) : periodIdsOf(corpus.tickets.map((t) => t.time), opts.period, opts.timeZone);
  // Every adjacent pair's id, made once for the phrases and every period's stored pair counts.
  const pairs = corpusPairIds(corpus, opts.terms.phraseMaxGap);
  const phrases = findPhrases(corpus, opts.terms, pairs);
  // Every ticket's slot lists and the customer order, made once for the hot terms and the period counts.
  const slots = corpusSlots(corpus, phrases, opts.terms.phraseMaxGap);
  const hotTerms = rankHotTerms(corpus, phrases, opts.terms, slots);
  const ticketsByPeriod = indexByPeriod(periodIds);
  const periodCounts = countTermsByPeriod(corpus, periodIds, phrases, opts.terms, slots).map((d) =>
    mergeRegionCounts(d, countRegionTickets(corpus, d.period, { ticketIndexes: ticketsByPeriod.get(d.period) ?? [] })),
  );
  const pairCounter = new CorpusPairCounter(pairs, corpus.vocab.terms);
  const storedCounts = periodCounts.map((d): PeriodTermCounts => {
    const counts = new Map<string, number>();
    for (const [term, n] of d.counts) if (!isPhrase(term)) counts.set(term, n);
    for (const [pair, n] of pairCounter.count(ticketsByPeriod.get(d.period) ?? [], 2)) counts.set(pair, n);
    return { period: d.period, tickets: d.tickets, counts };
  });
  const sketches = storedCounts.map((d): PeriodSketch => {
    const indexes = ticketsByPeriod.get(d.period) ?? [];
    const hashes = new Float64Array(indexes.length);
    for (let k = 0; k < indexes.length; k++) hashes[k] = ticketKeyHash(corpus.tickets[indexes[k]!]!.id, corpus.tickets[indexes[k]!]!.time);
    return { period: d.period, tickets: indexes.length, sketch: sketchOfHashes(hashes) };
  });
  return { ...texts, periodIds, periods: periodCounts.map((d) => d.period), hotTerms, periodCounts, storedCounts, sketches };
}

function indexByPeriod(periodIds: readonly string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  periodIds.forEach((p, i) => {
    const list = map.get(p);
    if (list) list.push(i);
    else map.set(p, [i]);
  });
  return map;
}

function mergeRegionCounts(terms: PeriodTermDetail, regions: PeriodTermDetail): PeriodTermDetail {
  // Into the term counts' own map (this step made it), and as views over both for the rest, rather than copies of
  // every term's entry.
  for (const [k, v] of regions.counts) terms.counts.set(k, v);
  return {
    period: terms.period,
    tickets: terms.tickets,
    counts: terms.counts,
    customers: withEntries(terms.customers, regions.customers),
    ticketIds: withEntries(terms.ticketIds, regions.ticketIds),
  };
}

/** A phrase term (`宽带+掉线`), as opposed to a word or a region key (`region:济宁`, `region:济宁|宽带+掉线`). */
function isPhrase(term: string): boolean {
  return term.includes('+') && !term.startsWith('region:');
}
