import { parse } from 'csv-parse/sync';
import { CsvRecordSink, CsvRestart, DEFAULT_MAX_RECORD_CHARS, resumeAfterBadLine } from './csv-records.js';
import { detectDelimiter } from './detect-encoding.js';
import type { RawRow, RawTable } from './raw-row.js';

/** Options of {@link parseCsv} and the CSV file reader. */
export interface CsvParseOptions {
  /** Field delimiter; `auto` (default) picks it from the header line. */
  delimiter?: 'auto' | ',' | '\t' | ';' | '|';
  /** A record longer than this (characters) is taken for an unclosed quote and rejected. */
  maxRecordChars?: number;
}

/** The delimiter to use for a text whose first line is `headerLine`. */
export function resolveDelimiter(option: CsvParseOptions['delimiter'], headerLine: string): string {
  return option === undefined || option === 'auto' ? detectDelimiter(headerLine) : option;
}

/**
 * Parses a whole CSV/TSV text (already decoded) into headers and raw rows. Rows with a wrong column count or
 * broken quoting come out with a `problem` instead of stopping the parse; an unclosed quote costs only the row
 * that opened it. The pure counterpart of `readCsv`. Throws `CsvHeaderError` when the header row itself is broken.
 */
export function parseCsv(text: string, options: CsvParseOptions = {}): RawTable {
  // Line endings folded as readCsv does, so mixed CRLF/LF/CR files keep one record per line.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const firstLine = body.slice(0, Math.max(0, body.indexOf('\n')) || body.length);
  const sink = new CsvRecordSink(resolveDelimiter(options.delimiter, firstLine), options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS);
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
