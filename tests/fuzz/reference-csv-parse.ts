/**
 * The csv-parse based CSV reader this project used before its hand-written scanner (src/read/csv-scanner.ts), kept
 * here only as the oracle of differential tests: on any text, the scanner must give the rows this gives.
 */
import type { CsvError, InfoRecord, Options as CsvParseOptions } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { cellsToRow, uniqueHeaders, type RawRow, type RawTable } from '../../src/read/raw-row.js';
import { CsvHeaderError, csvProblem } from '../../src/read/csv-records.js';

/**
 * Thrown from csv-parse's `on_skip` when a quote is never closed (or a record grows past the size limit, which is
 * what an unclosed quote looks like in a large file): the reader restarts after the last good record instead of
 * letting one stray quote swallow the rest of the file.
 */
export class CsvRestart extends Error {
  constructor(readonly errorCode: string) {
    super(`csv restart: ${errorCode}`);
  }
}

/**
 * A cell that csv-parse (relax_quotes) kept verbatim from a stray opening quote to a quote lines later: it starts
 * with the quote and holds another quote after a line break. A well-quoted multi-line cell has that shape only when
 * it starts with an escaped quote and holds another one on a later line, which real exports hardly ever do.
 */
function isStrayQuotedCell(cell: string): boolean {
  if (!cell.startsWith('"')) return false;
  const nl = cell.indexOf('\n');
  return nl > 0 && cell.indexOf('"', nl) > 0;
}

/**
 * The state of one CSV read across restarts: headers, the next data row number, the absolute line of the last
 * good record, and rows that failed to parse (to be emitted in row order among the parsed ones).
 */
export class CsvRecordSink {
  headers: string[] | undefined;
  nextRow = 1;
  /** Lines consumed before the current parse segment (csv-parse counts lines from 1 in each segment). */
  lineOffset = 0;
  /** Absolute line on which the last good record (or the header) ended. */
  lastLine = 0;
  readonly pending: RawRow[] = [];
  /** When set, parsed rows are pushed here instead of being returned to csv-parse (sync parsing). */
  collect: RawRow[] | undefined;
  /**
   * When set (streaming), every row handed to csv-parse is also queued here until the consumer takes it: a restart
   * destroys the parser, and rows still in its readable buffer would otherwise be lost without a trace.
   */
  inflight: RawRow[] | undefined;

  constructor(
    private readonly delimiter: string,
    private readonly maxRecordChars: number,
  ) {}

  /** csv-parse options wired to this sink: records become {@link RawRow}s, the header row becomes `headers`. */
  parseOptions(): CsvParseOptions {
    return {
      delimiter: this.delimiter,
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      max_record_size: this.maxRecordChars,
      // csv-parse's typings make on_record return the input record type; it really passes any value through.
      on_record: ((record: string[], context: InfoRecord): RawRow | null => {
        const line = this.lineOffset + context.lines;
        // With relax_quotes, a stray opening quote runs on to a quote rows later and that "cell" comes out verbatim,
        // swallowing every row in between into one ticket (measured: half of a 200k-row file with one stray quote
        // per 1,000 rows lost that way).
        if (line > this.lastLine + 1 && this.headers !== undefined && record.some(isStrayQuotedCell)) {
          throw new CsvRestart('CSV_STRAY_QUOTE');
        }
        this.lastLine = line;
        if (this.headers === undefined) {
          this.headers = uniqueHeaders(record);
          return null;
        }
        const row = cellsToRow(this.headers, record, this.nextRow++);
        if (this.collect === undefined) {
          this.inflight?.push(row);
          return row;
        }
        this.collect.push(row);
        return null;
      }) as unknown as CsvParseOptions['on_record'],
      on_skip: (err: CsvError | undefined) => {
        const code = err?.code ?? 'CSV_UNKNOWN';
        if (code === 'CSV_QUOTE_NOT_CLOSED' || code === 'CSV_MAX_RECORD_SIZE') throw new CsvRestart(code);
        this.pending.push({ row: this.nextRow++, values: {}, problem: csvProblem(code) });
        if (typeof err?.lines === 'number') this.lastLine = this.lineOffset + err.lines;
        return undefined;
      },
    };
  }

  /** Records the bad line a restart drops, as a rejected row, and moves the line offset past it. */
  dropLine(absoluteLine: number, code: string): RawRow {
    if (this.headers === undefined) throw new CsvHeaderError(code);
    this.lineOffset = absoluteLine;
    this.lastLine = absoluteLine;
    return { row: this.nextRow++, values: {}, problem: csvProblem(code) };
  }

  /** Takes the failed rows numbered before `row` (all when omitted), in order. */
  takePending(row = Infinity): RawRow[] {
    if (this.pending.length === 0 || (this.pending[0] as RawRow).row > row) return [];
    const out: RawRow[] = [];
    while (this.pending.length > 0 && (this.pending[0] as RawRow).row < row) out.push(this.pending.shift() as RawRow);
    return out;
  }
}

/**
 * Where to resume after a restart: skips `afterLine` lines of `text`, then blank lines, then the first non-blank
 * line (the one that opened the bad quote). Returns the line number of the dropped line and the text after it,
 * or undefined when nothing but blank lines follows.
 */
export function resumeAfterBadLine(text: string, afterLine: number): { badLine: number; rest: string } | undefined {
  let pos = 0;
  let line = 0;
  while (line < afterLine) {
    const nl = text.indexOf('\n', pos);
    if (nl < 0) return undefined;
    pos = nl + 1;
    line++;
  }
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const content = text.slice(pos, nl < 0 ? text.length : nl);
    line++;
    if (content.trim() !== '') return { badLine: line, rest: nl < 0 ? '' : text.slice(nl + 1) };
    if (nl < 0) return undefined;
    pos = nl + 1;
  }
}

export function referenceParseCsv(text: string, delimiter = ',', maxRecordChars = 1_000_000): RawTable {
  // Line endings folded as readCsv does, so mixed CRLF/LF/CR files keep one record per line.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const sink = new CsvRecordSink(delimiter, maxRecordChars);
  const rows: RawRow[] = [];
  sink.collect = rows;
  let segment = body;
  for (;;) {
    try {
      parse(segment, sink.parseOptions());
      break;
    } catch (err) {
      if (!(err instanceof CsvRestart)) throw err;
      const resume = resumeAfterBadLine(segment, sink.lastLine - sink.lineOffset);
      if (resume === undefined) break;
      const bad = sink.dropLine(sink.lineOffset + resume.badLine, err.errorCode);
      rows.push(...sink.takePending(), bad);
      segment = resume.rest;
    }
  }
  rows.push(...sink.takePending());
  rows.sort((a, b) => a.row - b.row);
  return { headers: sink.headers ?? [], rows };
}
