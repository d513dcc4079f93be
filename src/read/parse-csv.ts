import { z } from 'zod';
import { parseOptions } from '../core/parse-options.js';
import { DEFAULT_MAX_RECORD_CHARS } from './csv-records.js';
import { CsvScanner } from './csv-scanner.js';
import { detectDelimiter } from './detect-encoding.js';
import type { RawTable } from './raw-row.js';
import { readOptionsSchema } from './read-options.js';

/** Options of {@link parseCsv} and the CSV file reader. */
export const csvParseOptionsSchema = z.strictObject({
  /** Field delimiter; `auto` (default) picks it from the header line. */
  delimiter: readOptionsSchema.shape.delimiter,
  /** A record longer than this (characters) is taken for an unclosed quote and rejected. */
  maxRecordChars: z.number().int().positive().default(DEFAULT_MAX_RECORD_CHARS),
});

/** Options of {@link parseCsv} as a caller passes them. */
export type CsvParseOptions = z.input<typeof csvParseOptionsSchema>;

/** The delimiter to use for a text whose first line is `headerLine`. */
export function resolveDelimiter(option: CsvParseOptions['delimiter'], headerLine: string): string {
  return option === undefined || option === 'auto' ? detectDelimiter(headerLine) : option;
}

/** The first non-empty line of `text` (line ends CR, LF or CRLF): the header line delimiter detection reads. */
export function firstLine(text: string): string {
  const m = /[^\r\n][^\r\n]*/.exec(text);
  return m === null ? '' : m[0];
}

/**
 * Parses a whole CSV/TSV text (already decoded) into headers and raw rows. Rows with a wrong column count or
 * broken quoting come out with a `problem` instead of stopping the parse; an unclosed quote costs only the row
 * that opened it. CRLF, LF and CR line ends are all read, also mixed. The pure counterpart of `readCsv` (same
 * scanner, see csv-scanner.ts). Throws `CsvHeaderError` when the header row itself is broken.
 */
export function parseCsv(text: string, options: CsvParseOptions = {}): RawTable {
  const o = parseOptions(csvParseOptionsSchema, options, 'read');
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const scanner = new CsvScanner(resolveDelimiter(o.delimiter, firstLine(body)), o.maxRecordChars);
  scanner.push(body);
  scanner.end();
  return { headers: scanner.headers ?? [], rows: scanner.takeRows() };
}
