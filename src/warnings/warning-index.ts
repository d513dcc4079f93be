import type { Corpus } from '../core/corpus.js';
import type { CustomerTicket } from '../history/history-types.js';
import type { Issue, Topic } from '../report/report-schema.js';
import type { RiskMatcher } from './create-risk-matcher.js';
import { EMPTY_RISK_SCAN, scanRiskText, type RiskScan } from './detect-risk.js';
import { corpusSimhash } from './corpus-simhashes.js';
import { corpusTicketIndex } from './corpus-ticket-index.js';
import { indexCustomerDocs, type CustomerDocs } from './customer-docs.js';
import { corpusSubjects, type SubjectLookup } from './ticket-subjects.js';

/**
 * Per-run indexes the warn-* functions share, built once so that warning one period costs in proportion to that
 * period's tickets, not to the whole input (analyze warns every period of the input in turn). Everything that
 * depends on an argument (an issue, a matcher, a history array) is computed on first use and memoised by object
 * identity, so the same arrays passed for every period are indexed once.
 */
export interface WarningIndex {
  readonly corpus: Corpus;
  readonly periodIds: readonly string[];
  /** Corpus index of each ticket id. */
  readonly ticketIndex: ReadonlyMap<string, number>;
  /** Corpus indexes of each period's tickets, in corpus order. */
  readonly docsByPeriod: ReadonlyMap<string, readonly number[]>;
  /** Corpus indexes of each customer's tickets (by salted hash), oldest first. */
  readonly docsByCustomer: CustomerDocs;
  /** The docs of one issue grouped by period (memoised per issue object). */
  issueDocs(issue: Pick<Issue, 'ticketIds'>): ReadonlyMap<string, readonly number[]>;
  /** Issue and topic of each ticket id (memoised per pair of arrays). */
  subjects(issues: readonly Issue[], topics: readonly Topic[]): SubjectLookup;
  /** Risk triggers and repeat markers of ticket `doc` (one automaton scan per ticket and matcher, memoised). */
  scan(doc: number, matcher: RiskMatcher): RiskScan;
  /** Distinct term ids of ticket `doc` (memoised). */
  termSet(doc: number): ReadonlySet<number>;
  /** SimHash of ticket `doc`'s terms (memoised). */
  simhash(doc: number): string;
  /**
   * A number per customer hash for each ticket (-1 without customer), so per-ticket customer bookkeeping works on
   * numbers instead of hashing the 16-character hash strings again.
   */
  readonly customerOf: Int32Array;
  /**
   * Time of each ticket by corpus index: loops over a period's or a customer's tickets read it here, not through
   * ticket objects spread over the heap (at a million tickets those reads were seconds of cache misses).
   */
  readonly times: Float64Array;
  /** Each customer number's place among the customers' hashes sorted as `Array#sort` sorts strings (memoised). */
  customerRanks(): Int32Array;
  /** History rows grouped by customer hash (memoised per history array). */
  historyByCustomer(history: readonly CustomerTicket[]): ReadonlyMap<string, readonly CustomerTicket[]>;
  /**
   * The history rows of tickets not in this run, grouped by customer hash (memoised per history array): analyze
   * passes this run's own rows along with the earlier ones, and every repeat check skips them.
   */
  foreignHistory(history: readonly CustomerTicket[]): ReadonlyMap<string, readonly CustomerTicket[]>;
  /**
   * For each ticket, how many tickets its customer has in this run and in the foreign history together (0 without
   * customer; memoised per history array). A ticket whose customer has one cannot be a repeat of anything.
   */
  customerTicketCounts(history: readonly CustomerTicket[]): Int32Array;
  /** A per-run memo for derived results (e.g. near-duplicate groups), keyed by the caller. */
  memo<T>(owner: object, key: string, compute: () => T): T;
}


function groupDocs(ids: Iterable<number>, periodIds: readonly string[]): Map<string, number[]> {
  const byPeriod = new Map<string, number[]>();
  for (const doc of ids) {
    const p = periodIds[doc];
    if (p === undefined) continue;
    const list = byPeriod.get(p);
    if (list) list.push(doc);
    else byPeriod.set(p, [doc]);
  }
  return byPeriod;
}

/**
 * Builds the shared indexes of a run: one pass over the tickets; the rest is computed on first use. `presetScans`
 * are the scans of every ticket with `matcher` made beforehand (in a worker: see `startRiskScans`), which `scan`
 * then returns for that matcher instead of scanning again.
 */
export function createWarningIndex(
  corpus: Corpus,
  periodIds: readonly string[],
  presetScans?: { matcher: RiskMatcher; scans: ReadonlyArray<RiskScan | undefined> },
): WarningIndex {
  const ticketIndex = corpusTicketIndex(corpus);
  const times = Float64Array.from(corpus.tickets, (t) => t.time);
  const { docs: docsByCustomer, customerOf } = indexCustomerDocs(corpus, times);
  const docsByPeriod = groupDocs(corpus.tickets.keys(), periodIds);
  const issueMemo = new WeakMap<object, Map<string, number[]>>();
  const scanMemo = new WeakMap<RiskMatcher, Array<RiskScan | undefined>>();
  // Pre-sized, because filling an empty array in period order (not index order) made it sparse, i.e. a slow
  // dictionary-mode array.
  const slots = <T>(): Array<T | undefined> => new Array<T | undefined>(corpus.tickets.length).fill(undefined);
  const termSets = slots<ReadonlySet<number>>();
  if (presetScans && presetScans.scans.length === corpus.tickets.length) scanMemo.set(presetScans.matcher, [...presetScans.scans]);
  const historyMemo = new WeakMap<object, Map<string, CustomerTicket[]>>();
  const memos = new WeakMap<object, Map<string, unknown>>();
  let ranks: Int32Array | undefined;
  return {
    corpus,
    periodIds,
    ticketIndex,
    docsByPeriod,
    docsByCustomer,
    customerOf,
    times,
    customerRanks() {
      if (!ranks) {
        const hashes = Array.from({ length: docsByCustomer.size }, (_, c) => docsByCustomer.hashOf(c));
        const order = hashes.map((_, c) => c).sort((a, b) => (hashes[a]! < hashes[b]! ? -1 : hashes[a]! > hashes[b]! ? 1 : 0));
        ranks = new Int32Array(hashes.length);
        order.forEach((c, rank) => (ranks![c] = rank));
      }
      return ranks;
    },
    issueDocs(issue) {
      let hit = issueMemo.get(issue);
      if (!hit) {
        const docs: number[] = [];
        for (const id of issue.ticketIds) {
          const doc = ticketIndex.get(id);
          if (doc !== undefined) docs.push(doc);
        }
        hit = groupDocs(docs, periodIds);
        issueMemo.set(issue, hit);
      }
      return hit;
    },
    subjects(issues, topics) {
      return corpusSubjects(ticketIndex, issues, topics);
    },
    scan(doc, matcher) {
      let cache = scanMemo.get(matcher);
      if (!cache) scanMemo.set(matcher, (cache = slots<RiskScan>()));
      let hit = cache[doc];
      if (!hit) {
        hit = scanRiskText(corpus.tickets[doc]?.text ?? '', matcher);
        // 97% of generated tickets hold neither: one shared frozen result instead of three live objects per ticket
        // for the garbage collector to trace for the rest of the run.
        if (hit.matches.length === 0 && hit.repeatMarkers.length === 0) hit = EMPTY_RISK_SCAN;
        if (doc < cache.length) cache[doc] = hit;
      }
      return hit;
    },
    termSet(doc) {
      let hit = termSets[doc];
      if (!hit) {
        hit = new Set(corpus.docs[doc]?.termIds ?? []);
        if (doc < termSets.length) termSets[doc] = hit;
      }
      return hit;
    },
    simhash(doc) {
      return corpusSimhash(corpus, doc);
    },
    historyByCustomer(history) {
      let hit = historyMemo.get(history);
      if (!hit) {
        hit = new Map();
        for (const row of history) {
          const list = hit.get(row.customerHash);
          if (list) list.push(row);
          else hit.set(row.customerHash, [row]);
        }
        historyMemo.set(history, hit);
      }
      return hit;
    },
    foreignHistory(history) {
      return this.memo(history, 'foreign-history', () => {
        const byCustomer = new Map<string, CustomerTicket[]>();
        for (const row of history) {
          if (ticketIndex.has(row.ticketId)) continue;
          const list = byCustomer.get(row.customerHash);
          if (list) list.push(row);
          else byCustomer.set(row.customerHash, [row]);
        }
        return byCustomer;
      });
    },
    customerTicketCounts(history) {
      return this.memo(history, 'customer-ticket-counts', () => {
        const foreign = this.foreignHistory(history);
        // From the numbers, with one lookup per foreign customer rather than one per run customer.
        const foreignCount = new Int32Array(docsByCustomer.size);
        for (const [customer, rows] of foreign) {
          const c = docsByCustomer.numberOf(customer);
          if (c !== undefined) foreignCount[c] = rows.length;
        }
        const counts = new Int32Array(corpus.tickets.length);
        for (let doc = 0; doc < counts.length; doc++) {
          const c = customerOf[doc]!;
          if (c >= 0) counts[doc] = docsByCustomer.countOf(c) + foreignCount[c]!;
        }
        return counts;
      });
    },
    memo<T>(owner: object, key: string, compute: () => T): T {
      let byKey = memos.get(owner);
      if (!byKey) memos.set(owner, (byKey = new Map()));
      if (!byKey.has(key)) byKey.set(key, compute());
      return byKey.get(key) as T;
    },
  };
}
