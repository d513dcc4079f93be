import { HotspotsError } from '../core/errors.js';
import type { PeriodKind } from '../core/periods.js';
import type { PeriodTermCounts } from '../terms/period-term-counts.js';
import type {
  CustomerTicket,
  HistoryStore,
  HistoryUpdate,
  PeriodSource,
  PeriodSummary,
  RangeCounts,
  StoredIssue,
  StoredWarning,
  StoredWord,
} from './history-types.js';

interface FingerprintCounts {
  tickets: number;
  counts: Map<string, number>;
  sketch?: number[];
  summary?: PeriodSummary;
}

const clone = <T>(value: T): T => structuredClone(value);

/** Versions of one issue or warning, by the period each was last seen in. */
type Versions<T> = Map<string, T>;

/**
 * Each id's version for its latest period before `before` (the latest when undefined), last seen on or after
 * `since`, copied and ordered by id like the DuckDB store's.
 */
function asOf<T extends { lastPeriod: string }>(all: Map<string, Versions<T>>, since: string | undefined, before: string | undefined): T[] {
  const out: Array<[string, T]> = [];
  for (const [id, versions] of all) {
    let latest: T | undefined;
    for (const [period, v] of versions) {
      if (before !== undefined && period >= before) continue;
      if (latest === undefined || period > latest.lastPeriod) latest = v;
    }
    if (latest !== undefined && (since === undefined || latest.lastPeriod >= since)) out.push([id, clone(latest)]);
  }
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}

/** Upserts `rows` as versions by id and last period, then drops versions before `keepFrom` other than each id's latest. */
function upsertVersions<T extends { lastPeriod: string }>(
  all: Map<string, Versions<T>>,
  rows: readonly T[],
  idOf: (row: T) => string,
  keepFrom: string | undefined,
): Map<string, Versions<T>> {
  const next = new Map([...all].map(([id, v]) => [id, new Map(v)]));
  for (const row of rows) {
    let versions = next.get(idOf(row));
    if (!versions) next.set(idOf(row), (versions = new Map()));
    versions.set(row.lastPeriod, clone(row));
  }
  if (keepFrom !== undefined) {
    for (const versions of next.values()) {
      let latestOld: string | undefined;
      for (const period of versions.keys()) if (period < keepFrom && (latestOld === undefined || period > latestOld)) latestOld = period;
      for (const period of [...versions.keys()]) if (period < keepFrom && period !== latestOld) versions.delete(period);
    }
  }
  return next;
}

/**
 * A {@link HistoryStore} held in memory, for tests and for embedding without a state file. Same semantics as the
 * DuckDB store: a commit replaces the period counts of its fingerprint and deletes those it `replaces`, upserts
 * issues, warnings and words by id/key/word and last period (versions, for loads "as of before" a period), and either applies
 * fully or not at all (it is built aside and swapped in). Returned objects are copies.
 */
export function createMemoryHistoryStore(): HistoryStore {
  // kind -> period -> fingerprint -> counts
  let periods = new Map<PeriodKind, Map<string, Map<string, FingerprintCounts>>>();
  // id -> last period -> the issue as it stood after that period; the same for warnings by key.
  let issues = new Map<string, Versions<StoredIssue>>();
  let warnings = new Map<string, Versions<StoredWarning>>();
  let words = new Map<string, Versions<StoredWord>>();
  // customerHash -> ticketId -> ticket
  let customers = new Map<string, Map<string, CustomerTicket>>();
  let model: string | undefined;
  let closed = false;

  const open = (): void => {
    if (closed) throw new HotspotsError('history store: expected an open store, got one already closed', 'E_HISTORY_CLOSED');
  };

  return {
    path: undefined,

    async loadPeriodCounts(kind, before, limit, options = {}): Promise<PeriodTermCounts[]> {
      open();
      const byPeriod = periods.get(kind) ?? new Map<string, Map<string, FingerprintCounts>>();
      const only = options.terms === undefined ? undefined : new Set(options.terms);
      const out: PeriodTermCounts[] = [];
      for (const [period, byPrint] of byPeriod) {
        const counts = new Map<string, number>();
        let tickets = 0;
        let any = false;
        for (const [print, c] of byPrint) {
          if (print === options.excludeFingerprint) continue;
          any = true;
          tickets += c.tickets;
          for (const [term, n] of c.counts) if (!only || only.has(term)) counts.set(term, (counts.get(term) ?? 0) + n);
        }
        if (any && period < before) out.push({ period, tickets, counts });
      }
      out.sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));
      return out.slice(0, Math.max(0, limit));
    },

    async loadRangeCounts(kind, from, through): Promise<RangeCounts> {
      open();
      const totals = new Map<string, number>();
      const counts = new Map<string, number>();
      for (const [period, byPrint] of periods.get(kind) ?? []) {
        if (period < from || period > through) continue;
        for (const c of byPrint.values()) {
          totals.set(period, (totals.get(period) ?? 0) + c.tickets);
          for (const [term, n] of c.counts) counts.set(term, (counts.get(term) ?? 0) + n);
        }
      }
      const list = [...totals].sort(([a], [b]) => (a < b ? -1 : 1)).map(([period, tickets]) => ({ period, tickets }));
      return { periods: list, counts };
    },

    async loadPeriodSummaries(kind, from, through): Promise<PeriodSummary[]> {
      open();
      const out: PeriodSummary[] = [];
      const byPeriod = periods.get(kind) ?? new Map<string, Map<string, FingerprintCounts>>();
      for (const period of [...byPeriod.keys()].sort()) {
        if (period < from || period > through) continue;
        const byPrint = byPeriod.get(period)!;
        for (const [, c] of [...byPrint].sort(([a], [b]) => (a < b ? -1 : 1))) if (c.summary) out.push(clone(c.summary));
      }
      return out;
    },

    async loadPeriodSources(kind, wanted, options = {}): Promise<PeriodSource[]> {
      open();
      const out: PeriodSource[] = [];
      for (const period of [...new Set(wanted)].sort()) {
        const byPrint = periods.get(kind)?.get(period) ?? new Map<string, FingerprintCounts>();
        for (const [fingerprint, c] of [...byPrint].sort(([a], [b]) => (a < b ? -1 : 1))) {
          if (fingerprint === options.excludeFingerprint) continue;
          out.push({ period, fingerprint, tickets: c.tickets, sketch: c.sketch?.slice() });
        }
      }
      return out;
    },

    async loadIssues(sincePeriod, options = {}): Promise<StoredIssue[]> {
      open();
      return asOf(issues, sincePeriod, options.before);
    },

    async loadWarnings(sincePeriod, options = {}): Promise<StoredWarning[]> {
      open();
      return asOf(warnings, sincePeriod, options.before);
    },

    async loadWords(sincePeriod, options = {}): Promise<StoredWord[]> {
      open();
      return asOf(words, sincePeriod, options.before);
    },

    async loadCustomerTickets(customerHashes, sinceMs, options = {}): Promise<CustomerTicket[]> {
      open();
      const out: CustomerTicket[] = [];
      // A first run asks about every customer of a big export; an empty store need not index the question.
      if (customers.size === 0) return out;
      for (const hash of new Set(customerHashes)) {
        for (const t of customers.get(hash)?.values() ?? []) {
          if (t.time >= sinceMs && (options.beforeMs === undefined || t.time < options.beforeMs)) out.push(clone(t));
        }
      }
      return out;
    },

    async loadModel(): Promise<string | undefined> {
      open();
      return model;
    },

    async commit(update: HistoryUpdate): Promise<void> {
      open();
      // Build the next state on copies and swap at the end, so a throw midway leaves the old state whole.
      const nextPeriods = new Map([...periods].map(([k, v]) => [k, new Map([...v].map(([p, f]) => [p, new Map(f)]))]));
      const byPeriod = nextPeriods.get(update.kind) ?? new Map<string, Map<string, FingerprintCounts>>();
      nextPeriods.set(update.kind, byPeriod);
      for (const r of update.replaces ?? []) byPeriod.get(r.period)?.delete(r.fingerprint);
      for (const [period, byPrint] of byPeriod) {
        byPrint.delete(update.fingerprint);
        if (byPrint.size === 0) byPeriod.delete(period);
      }
      for (const p of update.periodCounts) {
        if (!Number.isInteger(p.tickets) || p.tickets < 0) {
          throw new HotspotsError(`history commit: expected a non-negative integer ticket count for ${p.period}, got ${p.tickets}`, 'E_HISTORY_UPDATE');
        }
        let byPrint = byPeriod.get(p.period);
        if (!byPrint) byPeriod.set(p.period, (byPrint = new Map()));
        const prev = byPrint.get(update.fingerprint);
        const counts = new Map(prev?.counts ?? []);
        for (const [term, n] of p.counts) counts.set(term, (counts.get(term) ?? 0) + n);
        byPrint.set(update.fingerprint, { tickets: (prev?.tickets ?? 0) + p.tickets, counts });
      }
      for (const sketch of update.periodSketches ?? []) {
        const stored = byPeriod.get(sketch.period)?.get(update.fingerprint);
        if (stored) stored.sketch = sketch.sketch.slice();
      }
      // Kept only beside counts of the same period and export, so it goes wherever they go.
      for (const summary of update.periodSummaries ?? []) {
        const stored = byPeriod.get(summary.period)?.get(update.fingerprint);
        if (stored) stored.summary = clone(summary);
      }
      if (update.keepDetailFrom) {
        for (const [period, byPrint] of byPeriod) {
          if (period >= update.keepDetailFrom.period) continue;
          for (const [print, c] of byPrint) byPrint.set(print, { tickets: c.tickets, counts: new Map() });
        }
      }
      const nextIssues = upsertVersions(issues, update.issues, (i) => i.id, update.keepVersionsFrom);
      const nextWarnings = upsertVersions(warnings, update.warnings, (w) => w.key, update.keepVersionsFrom);
      const nextWords = upsertVersions(words, update.words ?? [], (w) => w.word, undefined);
      if (update.keepWordsFrom !== undefined) {
        for (const [word, versions] of nextWords) {
          for (const period of [...versions.keys()]) if (period < update.keepWordsFrom) versions.delete(period);
          if (versions.size === 0) nextWords.delete(word);
        }
      }
      const nextCustomers = new Map([...customers].map(([k, v]) => [k, new Map(v)]));
      for (const t of update.customerTickets) {
        let byTicket = nextCustomers.get(t.customerHash);
        if (!byTicket) nextCustomers.set(t.customerHash, (byTicket = new Map()));
        byTicket.set(t.ticketId, clone(t));
      }
      if (update.keepDetailFrom) {
        for (const [hash, byTicket] of nextCustomers) {
          for (const [id, t] of byTicket) if (t.time < update.keepDetailFrom.timeMs) byTicket.delete(id);
          if (byTicket.size === 0) nextCustomers.delete(hash);
        }
      }
      periods = nextPeriods;
      issues = nextIssues;
      warnings = nextWarnings;
      words = nextWords;
      customers = nextCustomers;
      if (update.model !== undefined) model = update.model;
    },

    async close(): Promise<void> {
      closed = true;
    },
  };
}
