import { InputError } from '../core/errors.js';

/** The header row itself is broken (an unclosed quote), so no row can be mapped. An {@link InputError}. */
export class CsvHeaderError extends InputError {
  /** The csv-parse style code of the problem (`CSV_QUOTE_NOT_CLOSED` …). */
  readonly errorCode: string;
  /** What is wrong, without the file: readers that know the file name their own error with it. */
  readonly detail: string;

  constructor(errorCode: string, file = '<csv text>') {
    const detail = `expected a header row, got one with broken quoting (${errorCode})`;
    super(file, detail);
    this.errorCode = errorCode;
    this.detail = detail;
  }
}

/** Default limit on one CSV record (characters) before it is taken for an unclosed quote. */
export const DEFAULT_MAX_RECORD_CHARS = 1_000_000;

/** Why a CSV record could not be read: the codes csv-parse uses, plus the stray-quote guard's own. */
export type CsvProblemCode = 'CSV_QUOTE_NOT_CLOSED' | 'CSV_MAX_RECORD_SIZE' | 'CSV_STRAY_QUOTE' | 'CSV_INVALID_CLOSING_QUOTE';

const REASONS: Record<string, string> = {
  CSV_INVALID_CLOSING_QUOTE: 'broken quoting: characters after a closing quote',
  CSV_QUOTE_NOT_CLOSED: 'broken quoting: a quote opened in this row is never closed',
  CSV_STRAY_QUOTE: 'broken quoting: a quote opened in this row closes only rows later',
  CSV_MAX_RECORD_SIZE: 'record too long: runs past the record size limit (a quote opened in this row never closes, or one huge field)',
};

/** The reject reason for a CSV parse error code; never the raw row, which may hold personal data. */
export function csvProblem(code: string): string {
  return REASONS[code] ?? `unparseable CSV row (${code})`;
}

/**
 * A cell kept verbatim from a stray opening quote to a quote lines later (relaxed quoting): it starts with the
 * quote and holds another quote after a line break. A well-quoted multi-line cell has that shape only when it
 * starts with an escaped quote and holds another one on a later line, which real exports hardly ever do.
 */
export function isStrayQuotedCell(cell: string): boolean {
  if (!cell.startsWith('"')) return false;
  const nl = cell.indexOf('\n');
  return nl > 0 && cell.indexOf('"', nl) > 0;
}
