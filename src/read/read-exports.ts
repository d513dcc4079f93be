import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { HotspotsError, InputError } from '../core/errors.js';
import { Messages } from '../core/messages.js';
import type { ReadResult, ReadStream, Ticket } from '../core/ticket.js';
import { detectFields, listHeaders } from './detect-fields.js';
import type { FieldMap } from './field-map.js';
import type { DecodeStats } from './decode-text-chunks.js';
import { rawRowStream, type RawRow, type RawRowStream } from './raw-row.js';
import { createInterner } from './own-strings.js';
import { readCsv } from './read-csv.js';
import { readJsonl } from './read-jsonl.js';
import { readOptionsSchema, type ReadOptions, type ResolvedReadOptions } from './read-options.js';
import { readXlsx } from './read-xlsx.js';
import { rowToTicket, type RowMapping } from './rows-to-tickets.js';
import { parseOptions } from '../core/parse-options.js';

/** The kind of export a path holds, by extension; undefined for an extension no reader handles. */
export function exportKind(path: string): 'csv' | 'jsonl' | 'xlsx' | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl';
  if (ext === '.xlsx') return 'xlsx';
  return undefined;
}

/** Opens one export with the reader its extension calls for. Throws `InputError` for an unknown extension. */
export async function openExport(path: string, options: ResolvedReadOptions, messages?: Messages): Promise<RawRowStream> {
  switch (exportKind(path)) {
    case 'csv': {
      const csv = await readCsv(path, {
        encoding: options.encoding,
        delimiter: extname(path).toLowerCase() === '.tsv' && options.delimiter === 'auto' ? '\t' : options.delimiter,
        maxRecordChars: Math.max(1_000_000, options.maxTextLength * 10),
      });
      messages?.info('encoding', `read as ${csv.encoding}`, { file: path });
      return rawRowStream(csv.headers, warnMixedEncoding(csv.batches, csv.decodeStats, path, messages));
    }
    case 'jsonl':
      return readJsonl(path, { sampleRows: options.sampleRows });
    case 'xlsx':
      return readXlsx(path, options.sheet === undefined ? {} : { sheet: options.sheet });
    default:
      throw new InputError(path, `expected a .csv, .tsv, .txt, .jsonl, .ndjson, .json or .xlsx file, got "${extname(path) || 'no extension'}"`);
  }
}

/** Passes batches through; once they are all read, warns when lines of a UTF-8 file had to be read as GB18030. */
async function* warnMixedEncoding(batches: AsyncIterable<RawRow[]>, stats: DecodeStats, path: string, messages: Messages | undefined): AsyncGenerator<RawRow[]> {
  yield* batches;
  if (stats.gb18030Lines > 0) {
    messages?.warn('encoding-mixed', `expected one encoding for the whole file, got ${stats.gb18030Lines} line(s) of GB18030 in UTF-8; read each line in its own encoding`, { file: path });
  }
}

/**
 * Short, unique id prefixes for files: the file name, or as many trailing path segments as it takes to tell apart
 * files of the same name (three exports all called `car_complain.csv`). The same path given twice keeps one prefix,
 * so its rows count as duplicates.
 */
export function idPrefixes(paths: readonly string[]): string[] {
  const parts = paths.map((p) => p.split(/[\\/]+/).filter((s) => s !== ''));
  return parts.map((segments, i) => {
    for (let n = 1; n <= segments.length; n++) {
      const label = segments.slice(-n).join('/');
      const clash = parts.some((other, j) => paths[j] !== paths[i] && other.slice(-n).join('/') === label);
      if (!clash) return label;
    }
    return `${segments.join('/')}@${i + 1}`;
  });
}

function checkFixedColumns(path: string, headers: readonly string[], fields: ResolvedReadOptions['fields']): void {
  if (fields === undefined) return;
  const columns = [...(fields.text ?? []), fields.id, fields.time, fields.customer, fields.region, fields.channel, fields.category];
  for (const column of columns) {
    if (column !== undefined && !headers.includes(column)) {
      throw new InputError(path, `--fields column "${column}" not found; expected one of the headers: ${listHeaders(headers)}`);
    }
  }
}

/**
 * Reads one or more exports (.csv/.tsv/.txt, .jsonl/.ndjson/.json, .xlsx) into tickets, streaming each file.
 * Columns come from `options.fields` and auto-detection; every row ends up accepted, rejected (with a reason)
 * or counted as a duplicate id (the first one seen across all files is kept), so
 * `rowsRead = accepted + rejected + duplicates`. Non-fatal notes (encoding, no id or time column, rejected
 * rows, replacement characters) go to `messages`. {@link streamExports} reads the same without keeping the tickets.
 *
 * Throws `ConfigError` for invalid options and `InputError` (naming the file) for a missing or unreadable file,
 * an unknown extension, an export without data rows, a `--fields` column the header lacks, no text column, or
 * a mix of dated and undated files. Exports without a time column (and no `defaultTime`) are read as undated
 * (`undated: true`, one period `all`).
 */
export async function readExports(paths: string[], options: ReadOptions = {}, messages: Messages = new Messages()): Promise<ReadResult> {
  const stream = await streamExports(paths, options, messages);
  const tickets: Ticket[] = [];
  for await (const batch of stream.batches) for (const ticket of batch) tickets.push(ticket);
  const result: ReadResult = { files: stream.files, tickets, rejects: stream.rejects, duplicates: stream.duplicates, rowsRead: stream.rowsRead };
  if (stream.undated) result.undated = true;
  return result;
}

/**
 * Reads exports as {@link readExports} does, handing out tickets in batches of `batchSize` instead of keeping
 * them: the nightly job normalizes each batch while the next is read. Options are checked and every file is
 * looked up before this resolves, so a bad option or a missing file fails before any work; the errors of
 * {@link readExports} about a file's content come from iterating `batches`.
 */
export async function streamExports(
  paths: string[],
  options: ReadOptions = {},
  messages: Messages = new Messages(),
  batchSize = 8192,
): Promise<ReadStream> {
  const resolved = parseOptions(readOptionsSchema, options, 'read');
  for (const path of paths) await checkReadable(path);
  const stream: ReadStream = { files: [...paths], batches: { [Symbol.asyncIterator]: () => once() }, rejects: [], duplicates: 0, rowsRead: 0, accepted: 0 };
  let started = false;
  const once = (): AsyncIterator<Ticket[]> => {
    if (started) throw new HotspotsError('streamExports: expected its batches to be iterated once, got a second iteration');
    started = true;
    return ticketBatches(paths, resolved, messages, stream, Math.max(1, batchSize));
  };
  return stream;
}

/** Throws `InputError` naming `path` when it is missing, a folder, or unreadable. */
async function checkReadable(path: string): Promise<void> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(path, 'expected a file, got a folder or device');
    await access(path, constants.R_OK);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(path, `expected a readable file, got ${code ?? (error as Error).message}`, undefined, { cause: error });
  }
}

async function* ticketBatches(
  paths: readonly string[],
  opts: ResolvedReadOptions,
  messages: Messages,
  stream: ReadStream,
  batchSize: number,
): AsyncGenerator<Ticket[]> {
  const prefixes = idPrefixes(paths);
  const seen = new Set<string>();
  const intern = createInterner();
  let batch: Ticket[] = [];

  for (const [index, path] of paths.entries()) {
    const source = await openExport(path, opts, messages);
    const iterator = source.batches[Symbol.asyncIterator]();
    // Closed when the reader stops early (a consumer's error, a later file's failure), not left to the GC.
    let exhausted = false;
    try {
      // Whole batches, of which the first `sampleRows` rows are the sample.
      const sample: RawRow[] = [];
      while (sample.length < opts.sampleRows) {
        const next = await iterator.next();
        if (next.done) break;
        for (const row of next.value) sample.push(row);
      }
      if (sample.length === 0) throw new InputError(path, `empty export: expected data rows under the header, got none`);
      checkFixedColumns(path, source.headers, opts.fields);
      const map: FieldMap = detectFields(
        source.headers,
        sample.slice(0, opts.sampleRows).filter((r) => r.problem === undefined).map((r) => r.values),
        opts.fields ?? {},
        path,
      );
      if (map.time === undefined) {
        if (opts.defaultTime === undefined) {
          // A plain list of complaints is still worth analysing: it becomes one undated period.
          if (index > 0 && stream.undated !== true) {
            throw new InputError(path, `expected a time column like the earlier files (e.g. 受理时间, 投诉时间, date), got headers: ${listHeaders(source.headers)}; map it with --fields time=COL or analyze undated files on their own`);
          }
          stream.undated = true;
          messages.warn(
            'no-time-column',
            `no time column found (headers: ${listHeaders(source.headers)}); the export is analyzed as one undated period "all": rising terms, growth and repeats within days are skipped (map a time column with --fields time=COL to get them)`,
            { file: path },
          );
        } else {
          messages.warn('no-time-column', `no time column found; every ticket gets the default time ${new Date(opts.defaultTime).toISOString()}`, { file: path });
        }
      } else if (stream.undated === true) {
        throw new InputError(path, `expected no time column like the earlier undated files, got time column "${map.time}"; analyze dated and undated exports separately`);
      }
      if (map.id === undefined) messages.info('no-id-column', `no id column found; ids are made from the file name and row (${prefixes[index]}#1, …)`, { file: path });

      const mapping: RowMapping = { file: path, idPrefix: prefixes[index] as string, map, options: opts, intern };
      let rejected = 0;
      let replacement = 0;
      const take = (row: RawRow): void => {
        stream.rowsRead++;
        const out = rowToTicket(row, mapping);
        if (out.reject) {
          stream.rejects.push(out.reject);
          rejected++;
        } else if (seen.has(out.ticket.id)) {
          stream.duplicates++;
        } else {
          seen.add(out.ticket.id);
          if (out.ticket.text.includes('\uFFFD')) replacement++;
          stream.accepted++;
          batch.push(out.ticket);
        }
      };
      for (const row of sample) {
        take(row);
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
      sample.length = 0;
      for (;;) {
        const next = await iterator.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        for (const row of next.value) {
          take(row);
          if (batch.length >= batchSize) {
            yield batch;
            batch = [];
          }
        }
      }
      if (rejected > 0) messages.warn('rows-rejected', `${rejected} rows rejected; see rejects.jsonl for row numbers and reasons`, { file: path });
      if (replacement > 0) {
        messages.warn('encoding-suspect', `${replacement} tickets hold U+FFFD replacement characters; expected one encoding for the whole file (set encoding)`, { file: path });
      }
    } finally {
      if (!exhausted) await iterator.return?.();
    }
  }
  if (batch.length > 0) yield batch;
}
