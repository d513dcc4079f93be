import type { PeriodKind } from '../core/periods.js';
import type { RisingTerm, Warning } from '../report/report-schema.js';
import type { PeriodTermCounts } from '../terms/period-term-counts.js';
import type { PeriodSketch } from './ticket-sketch.js';

/** A recurring issue as kept between runs, so a continuing issue keeps its id. */
export interface StoredIssue {
  id: string;
  label: string;
  /** The issue's signature: its distinctive terms with weights (an L2-normalised sparse centroid). */
  terms: Array<[term: string, weight: number]>;
  /** Period id the issue was first and last seen in. */
  firstPeriod: string;
  lastPeriod: string;
  /** Ticket count in each period it was seen, oldest first (for persistence and growth). */
  history: Array<[period: string, tickets: number]>;
}

/**
 * A word or entity the new-word discovery found (not one pinned in `models/new-words.txt`), kept between runs so a
 * nightly run whose own sample is too small to find it again still adds it to its segmenter.
 */
export interface StoredWord {
  word: string;
  /** 'entity' when it ends in a firm, place or product suffix, else 'word' (as the discovery classed it). */
  kind: 'entity' | 'word';
  /** Period id of the first run that saw it, and the last period of the latest run that saw it (like an issue's). */
  firstPeriod: string;
  lastPeriod: string;
  /** Sample texts holding the word, as the discovery counted them in the run of `lastPeriod`. */
  tickets: number;
  /** Cohesion, neighbour entropy and score the discovery measured the last time it found the word. */
  cohesion: number;
  entropy: number;
  score: number;
}

/** A warning already raised, kept for suppression ("continuing" instead of raising it again). */
export interface StoredWarning {
  /** Stable key: kind + subject, e.g. `top:ISSUE-ab12`, `high-risk:regulator:ticket-123`, `burst:宽带+掉线`. */
  key: string;
  level: 'red' | 'orange' | 'yellow';
  /** The volume it was raised at (tickets), to tell an escalation by volume. */
  tickets: number;
  firstPeriod: string;
  lastPeriod: string;
}

/** One ticket of a customer, kept for repeat detection across runs. Only the salted hash of the customer id. */
export interface CustomerTicket {
  customerHash: string;
  ticketId: string;
  /** Issue id the ticket was assigned to, or '' when none. */
  issueId: string;
  /** Topic id of the ticket. */
  topicId: string;
  time: number;
  /** 64-bit SimHash of the ticket's terms as 16 hex digits, for near-duplicate re-submissions. */
  simhash: string;
}

/** A period as an earlier run stored it: its export's fingerprint, ticket count and (from schema 2 on) sketch. */
export interface PeriodSource {
  period: string;
  fingerprint: string;
  tickets: number;
  /** Undefined for periods stored before sketches were kept: their overlap cannot be told. */
  sketch: number[] | undefined;
}

/** A period's ticket total as stored, summed over the exports that hold it. */
export interface PeriodTotal {
  period: string;
  tickets: number;
}

/** Periods of a range with their totals, and the ticket counts of every stored term summed over them. */
export interface RangeCounts {
  /** The stored periods of the range, oldest first. */
  periods: PeriodTotal[];
  /** term -> tickets holding it, summed over the periods (ticket frequencies add up: a ticket is in one period). */
  counts: Map<string, number>;
}

/** One issue of a period as a roll-up needs it: its tickets and customers in the period and a few masked sentences. */
export interface PeriodIssue {
  id: string;
  label: string;
  terms: string[];
  /** Tickets and distinct customers of the issue in this period (a ticket without a customer counts as its own). */
  tickets: number;
  customers: number;
  entity?: string;
  problem?: string[];
  /** The issue's representative sentence, PII-masked like every stored text. */
  sentence?: string;
  /** A few example tickets, their normalized (PII-masked) text cut to a bounded length. */
  examples: Array<{ ticketId: string; text: string }>;
}

/**
 * What the history keeps of one period's report for roll-ups (周报/旬报/月报 from the state), bounded in size: its
 * largest issues with masked example sentences, its warnings (the digest's first, ticket ids and evidence cut),
 * and its rising terms. Stored per export like the period counts, so a re-run replaces it.
 */
export interface PeriodSummary {
  period: string;
  issues: PeriodIssue[];
  warnings: Warning[];
  risingTerms: RisingTerm[];
}

/** Bounds a load to the history as it stood before a period (`undefined`: as it stands now). */
export interface AsOfPeriod {
  before?: string | undefined;
}

/** Everything one run writes to the history, applied in one transaction by {@link HistoryStore.commit}. */
export interface HistoryUpdate {
  /** Fingerprint of the run's input (hash of the files' bytes or of the tickets): re-running it replaces, not adds. */
  fingerprint: string;
  kind: PeriodKind;
  periodCounts: PeriodTermCounts[];
  /** Bounded summaries of the run's periods for roll-ups (see {@link PeriodSummary}); replaced like the counts. */
  periodSummaries?: PeriodSummary[];
  /** Sketches of the tickets behind `periodCounts`, one per period, so a later export can tell its overlap with them. */
  periodSketches?: PeriodSketch[];
  /** Other exports' stored periods this run's counts replace (see `reconcileOverlappingExports`); deleted in the commit. */
  replaces?: Array<{ period: string; fingerprint: string }>;
  /**
   * Issues seen this run, each as it stood after its `lastPeriod`: upserted by id and `lastPeriod`, so the versions
   * of earlier periods stay and a re-run of one of them can load the issues as they stood before it.
   */
  issues: StoredIssue[];
  /** Warning state rows this run wrote, one per key and period it touched, upserted by key and `lastPeriod`. */
  warnings: StoredWarning[];
  /**
   * Discovered words the run saw, each as it stood after its `lastPeriod`: upserted by word and `lastPeriod` like
   * issues, so a re-run of a period loads the words as they stood before it. None written when omitted.
   */
  words?: StoredWord[];
  /**
   * Word versions last seen before this period are deleted: a run's words are those last seen in its window
   * (`HistoryStore.loadWords`), which starts here for this run and later for later ones. Nothing is pruned when omitted.
   */
  keepWordsFrom?: string;
  /**
   * Versions of issues and warnings last seen before this period are deleted, except each id's (key's) latest: loads
   * with `before` on or after it stay exact, and the tables do not grow with every night. Nothing is pruned when omitted.
   */
  keepVersionsFrom?: string;
  /**
   * Retention (`history.keepDays`): periods of `kind` before `period` lose their term counts, sketches and summaries
   * (their ticket totals stay, for the charts), and customer tickets before `timeMs` are deleted. Nothing is pruned
   * when omitted.
   */
  keepDetailFrom?: { period: string; timeMs: number };
  customerTickets: CustomerTicket[];
  /** Serialized classifier model (JSON), replacing the previous one. */
  model?: string;
}

/**
 * The history kept between nightly runs. Reads happen during a run; every write happens in {@link commit}, one
 * transaction, so a run killed midway leaves the history as it was.
 */
export interface HistoryStore {
  /** The state file, or undefined for an in-memory store. */
  readonly path: string | undefined;
  /**
   * The `limit` most recent periods of `kind` strictly before `before`, newest first, summed over fingerprints.
   * With `terms`, only those terms' counts are read (an empty list: the ticket totals alone), for trend charts.
   */
  loadPeriodCounts(
    kind: PeriodKind,
    before: string,
    limit: number,
    options?: { excludeFingerprint?: string; terms?: readonly string[] },
  ): Promise<PeriodTermCounts[]>;
  /** The stored periods of `kind` from `from` through `through` (inclusive) with their totals and summed term counts. */
  loadRangeCounts(kind: PeriodKind, from: string, through: string): Promise<RangeCounts>;
  /** Stored summaries of periods of `kind` from `from` through `through` (inclusive), one per period and export, by period. */
  loadPeriodSummaries(kind: PeriodKind, from: string, through: string): Promise<PeriodSummary[]>;
  /**
   * Every stored source of these periods of `kind` (one per export fingerprint), with its ticket count and sketch.
   * Optional so stores written before it still work: without it a run adds its counts, as it did before.
   */
  loadPeriodSources?(kind: PeriodKind, periods: readonly string[], options?: { excludeFingerprint?: string }): Promise<PeriodSource[]>;
  /**
   * Issues as they stood before period `options.before` (each id's version stored for its latest period before it;
   * the latest version of each when omitted), ordered by id, that were last seen on or after `sincePeriod` (all when
   * omitted). A run loads them before its own first period, so running the same periods again sees what the first
   * run saw.
   */
  loadIssues(sincePeriod?: string, options?: AsOfPeriod): Promise<StoredIssue[]>;
  /** Warning state as it stood before period `options.before` (see {@link loadIssues}), last raised on or after `sincePeriod`. */
  loadWarnings(sincePeriod?: string, options?: AsOfPeriod): Promise<StoredWarning[]>;
  /**
   * Discovered words as they stood before period `options.before` (each word's version stored for its latest period
   * before it; the latest when omitted), ordered by word, that were last seen on or after `sincePeriod` (all when
   * omitted). Optional so stores written before it still work: without it a run keeps no words from earlier runs.
   */
  loadWords?(sincePeriod?: string, options?: AsOfPeriod): Promise<StoredWord[]>;
  /** Tickets of these customers at or after `sinceMs`, and before `options.beforeMs` when given. */
  loadCustomerTickets(customerHashes: string[], sinceMs: number, options?: { beforeMs?: number | undefined }): Promise<CustomerTicket[]>;
  /** The latest serialized classifier model, if any run stored one. */
  loadModel(): Promise<string | undefined>;
  /** Applies all of a run's writes in one transaction, or none. */
  commit(update: HistoryUpdate): Promise<void>;
  close(): Promise<void>;
}
