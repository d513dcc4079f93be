import { HotspotsError } from '../core/errors.js';
import type { PeriodKind } from '../core/periods.js';
import type { PeriodTermCounts } from '../terms/period-term-counts.js';
import type { CustomerTicket, HistoryStore, HistoryUpdate, PeriodSource, StoredIssue, StoredWarning } from './history-types.js';

interface FingerprintCounts {
  tickets: number;
  counts: Map<string, number>;
  sketch?: number[];
}

const clone = <T>(value: T): T => structuredClone(value);

/**
 * A {@link HistoryStore} held in memory, for tests and for embedding without a state file. Same semantics as the
 * DuckDB store: a commit replaces the period counts of its fingerprint and deletes those it `replaces`, upserts
 * issues and warnings by id/key, and either applies fully or not at all (it is built aside and swapped in).
 * Returned objects are copies.
 */
export function createMemoryHistoryStore(): HistoryStore {
  // kind -> period -> fingerprint -> counts
  let periods = new Map<PeriodKind, Map<string, Map<string, FingerprintCounts>>>();
  let issues = new Map<string, StoredIssue>();
  let warnings = new Map<string, StoredWarning>();
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
      const out: PeriodTermCounts[] = [];
      for (const [period, byPrint] of byPeriod) {
        const counts = new Map<string, number>();
        let tickets = 0;
        let any = false;
        for (const [print, c] of byPrint) {
          if (print === options.excludeFingerprint) continue;
          any = true;
          tickets += c.tickets;
          for (const [term, n] of c.counts) counts.set(term, (counts.get(term) ?? 0) + n);
        }
        if (any && period < before) out.push({ period, tickets, counts });
      }
      out.sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));
      return out.slice(0, Math.max(0, limit));
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

    async loadIssues(sincePeriod): Promise<StoredIssue[]> {
      open();
      return [...issues.values()].filter((i) => sincePeriod === undefined || i.lastPeriod >= sincePeriod).map(clone);
    },

    async loadWarnings(sincePeriod): Promise<StoredWarning[]> {
      open();
      return [...warnings.values()].filter((w) => sincePeriod === undefined || w.lastPeriod >= sincePeriod).map(clone);
    },

    async loadCustomerTickets(customerHashes, sinceMs): Promise<CustomerTicket[]> {
      open();
      const out: CustomerTicket[] = [];
      // A first run asks about every customer of a big export; an empty store need not index the question.
      if (customers.size === 0) return out;
      for (const hash of new Set(customerHashes)) {
        for (const t of customers.get(hash)?.values() ?? []) if (t.time >= sinceMs) out.push(clone(t));
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
      const nextIssues = new Map(issues);
      for (const i of update.issues) nextIssues.set(i.id, clone(i));
      const nextWarnings = new Map(warnings);
      for (const w of update.warnings) nextWarnings.set(w.key, clone(w));
      const nextCustomers = new Map([...customers].map(([k, v]) => [k, new Map(v)]));
      for (const t of update.customerTickets) {
        let byTicket = nextCustomers.get(t.customerHash);
        if (!byTicket) nextCustomers.set(t.customerHash, (byTicket = new Map()));
        byTicket.set(t.ticketId, clone(t));
      }
      periods = nextPeriods;
      issues = nextIssues;
      warnings = nextWarnings;
      customers = nextCustomers;
      if (update.model !== undefined) model = update.model;
    },

    async close(): Promise<void> {
      closed = true;
    },
  };
}
