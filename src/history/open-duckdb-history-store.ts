import { existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { HotspotsError, StateError } from '../core/errors.js';
import type { PeriodTermCounts } from '../terms/period-term-counts.js';
import { HISTORY_APP, HISTORY_SCHEMA_VERSION, HISTORY_TABLES_SQL, PERIOD_SKETCHES_SQL, PERIOD_SUMMARIES_SQL, WORDS_SQL } from './history-schema.js';
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
import { stateFileError } from './state-file-error.js';

type DuckDb = typeof import('@duckdb/node-api');
let duckdb: Promise<DuckDb> | undefined;
/** DuckDB's native module, loaded on the first open: importing it costs ~40 ms that runs without a state never need. */
const loadDuckDb = (): Promise<DuckDb> => (duckdb ??= import('@duckdb/node-api'));

// DuckDB's file lock is per process (POSIX record locks), so a second open in the same process would succeed
// (checked: two DuckDBInstance.create on one file both open) and two stores could interleave writes.
const openInThisProcess = new Set<string>();

/** Refuses a file that exists but does not start like a DuckDB database, before DuckDB ever opens it. */
function checkHeader(file: string): void {
  const stat = statSync(file);
  if (!stat.isFile()) throw new StateError(file, 'io', 'expected a state file, got a directory or special file');
  const header = Buffer.alloc(12);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 12, 0);
  } finally {
    closeSync(fd);
  }
  // A DuckDB file has an 8-byte checksum, then the magic bytes "DUCK".
  if (stat.size < 12 || header.toString('latin1', 8, 12) !== 'DUCK') {
    throw new StateError(file, 'corrupt', 'expected a DuckDB state file, got a file that is not a DuckDB database; it was left untouched');
  }
}

async function readMeta(conn: DuckDBConnection): Promise<Map<string, string> | undefined> {
  if (!(await hasTable(conn, 'meta'))) return undefined;
  try {
    const rows = (await conn.runAndReadAll('SELECT key::VARCHAR, value::VARCHAR FROM meta')).getRows();
    return new Map(rows.map((r) => [String(r[0]), String(r[1])]));
  } catch {
    return undefined;
  }
}

/** Throws unless `meta` says the file is ours and of a schema version this code reads; returns that version. */
function checkMeta(file: string, meta: Map<string, string> | undefined): number {
  if (meta?.get('app') !== HISTORY_APP) {
    throw new StateError(file, 'foreign', `expected a ${HISTORY_APP} state file, got a DuckDB database of another application; it was left untouched`);
  }
  const version = Number(meta.get('schema_version'));
  if (!Number.isInteger(version) || version > HISTORY_SCHEMA_VERSION) {
    throw new StateError(file, 'version', `expected state schema version ${HISTORY_SCHEMA_VERSION} or older, got ${meta.get('schema_version')}`);
  }
  return version;
}

/** Inspects an existing file read-only, so a foreign database is never written to, not even by a checkpoint. */
async function inspectExisting(file: string, { DuckDBInstance }: DuckDb): Promise<void> {
  checkHeader(file);
  let instance: DuckDBInstance | undefined;
  try {
    instance = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
    const conn = await instance.connect();
    try {
      checkMeta(file, await readMeta(conn));
    } finally {
      conn.closeSync();
    }
  } catch (error) {
    throw stateFileError(file, error);
  } finally {
    instance?.closeSync();
  }
}

const sqlString = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/**
 * Opens (or creates) the DuckDB history state file at `path`. Refuses with a {@link StateError}: `corrupt` for a
 * file that is not a DuckDB database, `foreign` for a DuckDB database without complaint-hotspots' meta table,
 * `version` for a newer schema, `locked` while another run (this process or another) has it open. Such files
 * are never written. Reads run during the analysis; all writes go through `commit`, one transaction.
 */
export async function openDuckdbHistoryStore(path: string): Promise<HistoryStore> {
  const file = resolve(path);
  const lib = await loadDuckDb();
  if (openInThisProcess.has(file)) {
    throw new StateError(file, 'locked', 'expected the state file to be free, but this process already has it open');
  }
  openInThisProcess.add(file);
  let instance: DuckDBInstance | undefined;
  try {
    const existed = existsSync(file);
    if (existed) await inspectExisting(file, lib);
    instance = await lib.DuckDBInstance.create(file);
    const conn = await instance.connect();
    let version = HISTORY_SCHEMA_VERSION;
    if (!existed) {
      await conn.run('BEGIN TRANSACTION');
      await conn.run(HISTORY_TABLES_SQL);
      await conn.run(
        `INSERT INTO meta VALUES ('app', ${sqlString(HISTORY_APP)}), ('schema_version', '${HISTORY_SCHEMA_VERSION}')`,
      );
      await conn.run('COMMIT');
    } else {
      version = checkMeta(file, await readMeta(conn));
    }
    const tables = {
      hasSketches: await hasTable(conn, 'period_sketches'),
      hasSummaries: await hasTable(conn, 'period_summaries'),
      hasWords: await hasTable(conn, 'words'),
    };
    return createDuckdbStore(file, instance, conn, lib.listValue, tables, version);
  } catch (error) {
    instance?.closeSync();
    openInThisProcess.delete(file);
    throw stateFileError(file, error);
  }
}

async function hasTable(conn: DuckDBConnection, name: string): Promise<boolean> {
  const rows = await conn.runAndReadAll(
    "SELECT count(*)::INTEGER FROM information_schema.tables WHERE table_schema = 'main' AND table_name = $name",
    { name },
  );
  return rows.getRows()[0]?.[0] === 1;
}

function createDuckdbStore(
  file: string,
  instance: DuckDBInstance,
  conn: DuckDBConnection,
  listValue: DuckDb['listValue'],
  tables: { hasSketches: boolean; hasSummaries: boolean; hasWords: boolean },
  fileVersion: number,
): HistoryStore {
  let closed = false;
  // An older file lacks the tables later versions added until a commit adds them (opening never writes: classify reads).
  let schema: StoreSchema = { ...tables, version: fileVersion };
  // One connection, one transaction at a time: calls are queued so a load cannot land inside a commit.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(() => {
      if (closed) throw new StateError(file, 'io', 'expected an open history store, got one already closed');
      return task();
    });
    queue = run.catch(() => undefined);
    return run.catch((error: unknown) => {
      throw stateFileError(file, error);
    });
  };

  return {
    path: file,

    loadPeriodCounts: (kind, before, limit, options = {}) =>
      serial(async (): Promise<PeriodTermCounts[]> => {
        if (limit <= 0) return [];
        const params: Record<string, string | ReturnType<DuckDb['listValue']>> = { kind, before };
        let exclude = '';
        if (options.excludeFingerprint !== undefined) {
          exclude = 'AND fingerprint <> $exclude';
          params.exclude = options.excludeFingerprint;
        }
        const totals = (
          await conn.runAndReadAll(
            `SELECT period, SUM(tickets)::BIGINT FROM period_totals
             WHERE kind = $kind AND period < $before ${exclude}
             GROUP BY period ORDER BY period DESC LIMIT $limit`,
            { ...params, limit: Math.trunc(limit) },
          )
        ).getRows();
        if (totals.length === 0) return [];
        const byPeriod = new Map<string, PeriodTermCounts>();
        for (const [period, tickets] of totals) {
          byPeriod.set(String(period), { period: String(period), tickets: Number(tickets), counts: new Map() });
        }
        const oldest = String(totals[totals.length - 1]?.[0]);
        if (options.terms !== undefined && options.terms.length === 0) return [...byPeriod.values()];
        const only = options.terms === undefined ? '' : 'AND term IN (SELECT unnest($terms::VARCHAR[]))';
        if (options.terms !== undefined) params.terms = listValue([...new Set(options.terms)]);
        // A plain range on `period` (not IN over a list) so zone maps skip every older row group.
        const columns = (
          await conn.runAndReadAll(
            `SELECT period, term, SUM(tickets)::BIGINT FROM period_counts
             WHERE kind = $kind AND period >= $oldest AND period < $before ${exclude} ${only}
             GROUP BY period, term`,
            { ...params, oldest },
          )
        ).getColumns();
        const [periods = [], terms = [], counts = []] = columns;
        for (let i = 0; i < periods.length; i++) {
          byPeriod.get(String(periods[i]))?.counts.set(String(terms[i]), Number(counts[i]));
        }
        return [...byPeriod.values()];
      }),

    loadRangeCounts: (kind, from, through) =>
      serial(async (): Promise<RangeCounts> => {
        const range = { kind, from, through };
        const totals = (
          await conn.runAndReadAll(
            `SELECT period, SUM(tickets)::BIGINT FROM period_totals WHERE kind = $kind AND period >= $from AND period <= $through
             GROUP BY period ORDER BY period`,
            range,
          )
        ).getRows();
        const counts = new Map<string, number>();
        if (totals.length > 0) {
          const [terms = [], sums = []] = (
            await conn.runAndReadAll(
              `SELECT term, SUM(tickets)::BIGINT FROM period_counts WHERE kind = $kind AND period >= $from AND period <= $through
               GROUP BY term`,
              range,
            )
          ).getColumns();
          for (let i = 0; i < terms.length; i++) counts.set(String(terms[i]), Number(sums[i]));
        }
        return { periods: totals.map((r) => ({ period: String(r[0]), tickets: Number(r[1]) })), counts };
      }),

    loadPeriodSummaries: (kind, from, through) =>
      serial(async (): Promise<PeriodSummary[]> => {
        if (!schema.hasSummaries) return [];
        const rows = (
          await conn.runAndReadAll(
            `SELECT summary FROM period_summaries WHERE kind = $kind AND period >= $from AND period <= $through ORDER BY period, fingerprint`,
            { kind, from, through },
          )
        ).getRows();
        return rows.map((r) => JSON.parse(String(r[0])) as PeriodSummary);
      }),

    loadPeriodSources: (kind, periods, options = {}) =>
      serial(async (): Promise<PeriodSource[]> => {
        if (periods.length === 0) return [];
        const sketchJoin = schema.hasSketches
          ? 'LEFT JOIN period_sketches s ON s.kind = t.kind AND s.period = t.period AND s.fingerprint = t.fingerprint'
          : '';
        const rows = (
          await conn.runAndReadAll(
            `SELECT t.period, t.fingerprint, t.tickets, ${schema.hasSketches ? 's.sketch' : 'NULL'} FROM period_totals t ${sketchJoin}
             WHERE t.kind = $kind AND t.period IN (SELECT unnest($periods::VARCHAR[])) AND t.fingerprint <> $exclude
             ORDER BY t.period, t.fingerprint`,
            { kind, periods: listValue([...new Set(periods)]), exclude: options.excludeFingerprint ?? '' },
          )
        ).getRows();
        return rows.map((r) => ({
          period: String(r[0]),
          fingerprint: String(r[1]),
          tickets: Number(r[2]),
          sketch: r[3] === null ? undefined : (JSON.parse(String(r[3])) as number[]),
        }));
      }),

    loadIssues: (sincePeriod, options = {}) =>
      serial(async (): Promise<StoredIssue[]> => {
        const rows = await latestVersions(conn, 'issues', 'id', 'id, label, terms, first_period, last_period, history', sincePeriod, options.before);
        return rows.map((r) => ({
          id: String(r[0]),
          label: String(r[1]),
          terms: JSON.parse(String(r[2])) as StoredIssue['terms'],
          firstPeriod: String(r[3]),
          lastPeriod: String(r[4]),
          history: JSON.parse(String(r[5])) as StoredIssue['history'],
        }));
      }),

    loadWarnings: (sincePeriod, options = {}) =>
      serial(async (): Promise<StoredWarning[]> => {
        const rows = await latestVersions(conn, 'warnings', 'key', 'key, level, tickets, first_period, last_period', sincePeriod, options.before);
        return rows.map((r) => ({
          key: String(r[0]),
          level: String(r[1]) as StoredWarning['level'],
          tickets: Number(r[2]),
          firstPeriod: String(r[3]),
          lastPeriod: String(r[4]),
        }));
      }),

    loadWords: (sincePeriod, options = {}) =>
      serial(async (): Promise<StoredWord[]> => {
        if (!schema.hasWords) return [];
        const rows = await latestVersions(conn, 'words', 'word', 'word, kind, first_period, last_period, tickets, cohesion, entropy, score', sincePeriod, options.before);
        return rows.map((r) => ({
          word: String(r[0]),
          kind: String(r[1]) as StoredWord['kind'],
          firstPeriod: String(r[2]),
          lastPeriod: String(r[3]),
          tickets: Number(r[4]),
          cohesion: Number(r[5]),
          entropy: Number(r[6]),
          score: Number(r[7]),
        }));
      }),

    loadCustomerTickets: (customerHashes, sinceMs, options = {}) =>
      serial(async (): Promise<CustomerTicket[]> => {
        if (customerHashes.length === 0) return [];
        const before = options.beforeMs === undefined ? '' : 'AND time < $before';
        const rows = (
          await conn.runAndReadAll(
            `SELECT customer_hash, ticket_id, issue_id, topic_id, time, simhash FROM customer_tickets
             WHERE time >= $since ${before} AND customer_hash IN (SELECT unnest($hashes::VARCHAR[]))
             ORDER BY customer_hash, time, ticket_id`,
            {
              since: BigInt(Math.trunc(sinceMs)),
              ...(options.beforeMs === undefined ? {} : { before: BigInt(Math.ceil(options.beforeMs)) }),
              hashes: listValue([...new Set(customerHashes)]),
            },
          )
        ).getRows();
        return rows.map((r) => ({
          customerHash: String(r[0]),
          ticketId: String(r[1]),
          issueId: String(r[2]),
          topicId: String(r[3]),
          time: Number(r[4]),
          simhash: String(r[5]),
        }));
      }),

    loadModel: () =>
      serial(async (): Promise<string | undefined> => {
        const row = (await conn.runAndReadAll('SELECT json FROM model LIMIT 1')).getRows()[0];
        return row === undefined ? undefined : String(row[0]);
      }),

    commit: (update) =>
      serial(async () => {
        await commitUpdate(conn, update, schema);
        schema = { hasSketches: true, hasSummaries: true, hasWords: true, version: HISTORY_SCHEMA_VERSION };
      }),

    close: async (): Promise<void> => {
      await queue;
      if (closed) return;
      closed = true;
      conn.closeSync();
      instance.closeSync();
      openInThisProcess.delete(file);
    },
  };
}

/** Which of the tables later schema versions added a file holds, and its version. */
interface StoreSchema {
  hasSketches: boolean;
  hasSummaries: boolean;
  hasWords: boolean;
  version: number;
}

/** `WHERE` clause and parameters of a versioned load: rows last seen in `[since, before)`, either bound optional. */
function asOfFilter(since: string | undefined, before: string | undefined): { where: string; params: Record<string, string> } {
  const clauses: string[] = [];
  const params: Record<string, string> = {};
  if (since !== undefined) {
    clauses.push('last_period >= $since');
    params.since = since;
  }
  if (before !== undefined) {
    clauses.push('last_period < $before');
    params.before = before;
  }
  return { where: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params };
}

/** Writes a whole run in one transaction: delete the fingerprint's old rows, bulk-append the new ones. */
async function commitUpdate(conn: DuckDBConnection, update: HistoryUpdate, schema: StoreSchema): Promise<void> {
  // Merge duplicates first (a period given twice, an issue id twice) so the tables keep one row per key.
  const totals = new Map<string, number>();
  const counts = new Map<string, Map<string, number>>();
  for (const p of update.periodCounts) {
    if (!Number.isInteger(p.tickets) || p.tickets < 0) {
      throw new HotspotsError(`history commit: expected a non-negative integer ticket count for ${p.period}, got ${p.tickets}`, 'E_HISTORY_UPDATE');
    }
    totals.set(p.period, (totals.get(p.period) ?? 0) + p.tickets);
    let byTerm = counts.get(p.period);
    if (!byTerm) counts.set(p.period, (byTerm = new Map()));
    for (const [term, n] of p.counts) byTerm.set(term, (byTerm.get(term) ?? 0) + n);
  }
  // One row per id (key) and period it was last seen in: each is a version, see HistoryStore.loadIssues.
  const issues = new Map(update.issues.map((i) => [`${i.id}\u0000${i.lastPeriod}`, i]));
  const warnings = new Map(update.warnings.map((w) => [`${w.key}\u0000${w.lastPeriod}`, w]));
  const words = new Map((update.words ?? []).map((w) => [`${w.word}\u0000${w.lastPeriod}`, w]));
  const tickets = new Map(update.customerTickets.map((t) => [`${t.customerHash}\u0000${t.ticketId}`, t]));

  await conn.run('BEGIN TRANSACTION');
  try {
    if (!schema.hasSketches) await conn.run(PERIOD_SKETCHES_SQL);
    if (!schema.hasSummaries) await conn.run(PERIOD_SUMMARIES_SQL);
    if (!schema.hasWords) await conn.run(WORDS_SQL);
    if (schema.version < HISTORY_SCHEMA_VERSION) {
      await conn.run(`UPDATE meta SET value = '${HISTORY_SCHEMA_VERSION}' WHERE key = 'schema_version'`);
    }
    const key = { kind: update.kind, fingerprint: update.fingerprint };
    for (const table of ['period_counts', 'period_totals', 'period_sketches', 'period_summaries']) {
      await conn.run(`DELETE FROM ${table} WHERE kind = $kind AND fingerprint = $fingerprint`, key);
      for (const r of update.replaces ?? []) {
        await conn.run(`DELETE FROM ${table} WHERE kind = $kind AND period = $period AND fingerprint = $fingerprint`, { kind: update.kind, ...r });
      }
    }
    const periods = [...totals.keys()].sort();
    const totalsAppender = await conn.createAppender('period_totals');
    for (const period of periods) {
      totalsAppender.appendVarchar(update.kind);
      totalsAppender.appendVarchar(period);
      totalsAppender.appendVarchar(update.fingerprint);
      totalsAppender.appendBigInt(BigInt(totals.get(period) ?? 0));
      totalsAppender.endRow();
    }
    totalsAppender.closeSync();
    // Appended period by period, oldest first, so each row group covers a narrow period range (zone maps).
    const countsAppender = await conn.createAppender('period_counts');
    for (const period of periods) {
      for (const [term, n] of counts.get(period) ?? []) {
        countsAppender.appendVarchar(update.kind);
        countsAppender.appendVarchar(period);
        countsAppender.appendVarchar(update.fingerprint);
        countsAppender.appendVarchar(term);
        countsAppender.appendInteger(n);
        countsAppender.endRow();
      }
    }
    countsAppender.closeSync();
    const stored = new Set(periods);
    const sketchAppender = await conn.createAppender('period_sketches');
    for (const s of update.periodSketches ?? []) {
      if (!stored.has(s.period)) continue;
      sketchAppender.appendVarchar(update.kind);
      sketchAppender.appendVarchar(s.period);
      sketchAppender.appendVarchar(update.fingerprint);
      sketchAppender.appendVarchar(JSON.stringify(s.sketch));
      sketchAppender.endRow();
    }
    sketchAppender.closeSync();
    const summaryAppender = await conn.createAppender('period_summaries');
    // One summary per period, the last given, as the memory store keeps it.
    for (const s of new Map((update.periodSummaries ?? []).map((x) => [x.period, x])).values()) {
      if (!stored.has(s.period)) continue;
      summaryAppender.appendVarchar(update.kind);
      summaryAppender.appendVarchar(s.period);
      summaryAppender.appendVarchar(update.fingerprint);
      summaryAppender.appendVarchar(JSON.stringify(s));
      summaryAppender.endRow();
    }
    summaryAppender.closeSync();

    // Versions of an issue, a warning or a word are stored by key and last period: this run's replace its own.
    await replaceVersions(conn, 'issues', 'id', issues.values(), (a, i) => {
      a.appendVarchar(i.id);
      a.appendVarchar(i.label);
      a.appendVarchar(JSON.stringify(i.terms));
      a.appendVarchar(i.firstPeriod);
      a.appendVarchar(i.lastPeriod);
      a.appendVarchar(JSON.stringify(i.history));
    });
    await replaceVersions(conn, 'warnings', 'key', warnings.values(), (a, w) => {
      a.appendVarchar(w.key);
      a.appendVarchar(w.level);
      a.appendInteger(w.tickets);
      a.appendVarchar(w.firstPeriod);
      a.appendVarchar(w.lastPeriod);
    });
    await replaceVersions(conn, 'words', 'word', words.values(), (a, w) => {
      a.appendVarchar(w.word);
      a.appendVarchar(w.kind);
      a.appendVarchar(w.firstPeriod);
      a.appendVarchar(w.lastPeriod);
      a.appendInteger(w.tickets);
      a.appendDouble(w.cohesion);
      a.appendDouble(w.entropy);
      a.appendDouble(w.score);
    });
    if (update.keepWordsFrom !== undefined) {
      // A load keeps a word only when its latest version before the run is in the window: older versions never count.
      await conn.run('DELETE FROM words WHERE last_period < $keep', { keep: update.keepWordsFrom });
    }
    if (tickets.size > 0) {
      await conn.run('CREATE OR REPLACE TEMP TABLE stage_tickets AS SELECT * FROM customer_tickets LIMIT 0');
      const a = await conn.createAppender('stage_tickets', 'main', 'temp');
      for (const t of tickets.values()) {
        a.appendVarchar(t.customerHash);
        a.appendVarchar(t.ticketId);
        a.appendVarchar(t.issueId);
        a.appendVarchar(t.topicId);
        a.appendBigInt(BigInt(Math.trunc(t.time)));
        a.appendVarchar(t.simhash);
        a.endRow();
      }
      a.closeSync();
      await conn.run(
        `DELETE FROM customer_tickets c USING temp.stage_tickets s
         WHERE c.customer_hash = s.customer_hash AND c.ticket_id = s.ticket_id`,
      );
      await conn.run('INSERT INTO customer_tickets SELECT * FROM temp.stage_tickets');
      await conn.run('DROP TABLE temp.stage_tickets');
    }
    if (update.keepVersionsFrom !== undefined) {
      // Each id keeps its latest version before the bound, so a load "as of" any period from the bound on is unchanged.
      for (const [table, id] of [['issues', 'id'], ['warnings', 'key']] as const) {
        await conn.run(
          `DELETE FROM ${table} o WHERE o.last_period < $keep AND EXISTS (
             SELECT 1 FROM ${table} n WHERE n.${id} = o.${id} AND n.last_period > o.last_period AND n.last_period < $keep)`,
          { keep: update.keepVersionsFrom },
        );
      }
    }
    if (update.keepDetailFrom !== undefined) {
      const keep = { kind: update.kind, period: update.keepDetailFrom.period };
      for (const table of ['period_counts', 'period_sketches', 'period_summaries']) {
        await conn.run(`DELETE FROM ${table} WHERE kind = $kind AND period < $period`, keep);
      }
      await conn.run('DELETE FROM customer_tickets WHERE time < $time', { time: BigInt(Math.trunc(update.keepDetailFrom.timeMs)) });
    }
    if (update.model !== undefined) {
      await conn.run('DELETE FROM model');
      await conn.run('INSERT INTO model VALUES ($json)', { json: update.model });
    }
    await conn.run('COMMIT');
  } catch (error) {
    await conn.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

type Appender = Awaited<ReturnType<DuckDBConnection['createAppender']>>;

/**
 * Writes `rows` into `table` through a staging table, replacing the stored rows with the same `key` and last period
 * (a re-run of a period replaces its versions; other periods' versions stay). Nothing is run for no rows.
 */
async function replaceVersions<T>(conn: DuckDBConnection, table: string, key: string, rows: Iterable<T>, append: (a: Appender, row: T) => void): Promise<void> {
  const staged = [...rows];
  if (staged.length === 0) return;
  await conn.run(`CREATE OR REPLACE TEMP TABLE stage_${table} AS SELECT * FROM ${table} LIMIT 0`);
  const a = await conn.createAppender(`stage_${table}`, 'main', 'temp');
  for (const row of staged) {
    append(a, row);
    a.endRow();
  }
  a.closeSync();
  await conn.run(`DELETE FROM ${table} t USING temp.stage_${table} s WHERE t.${key} = s.${key} AND t.last_period = s.last_period`);
  await conn.run(`INSERT INTO ${table} SELECT * FROM temp.stage_${table}`);
  await conn.run(`DROP TABLE temp.stage_${table}`);
}

/**
 * Each key's latest stored version before `before` (all versions when omitted) of `table`, last seen on or after
 * `sincePeriod`, ordered by key: issues, warnings and words are stored as versions by key and last period.
 */
async function latestVersions(conn: DuckDBConnection, table: string, key: string, columns: string, sincePeriod: string | undefined, before: string | undefined) {
  const { where, params } = asOfFilter(sincePeriod, before);
  const reader = await conn.runAndReadAll(
    `SELECT ${columns} FROM ${table} ${where}
     QUALIFY row_number() OVER (PARTITION BY ${key} ORDER BY last_period DESC) = 1 ORDER BY ${key}`,
    params,
  );
  return reader.getRows();
}
