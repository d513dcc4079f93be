/** The byte-order mark Excel needs to open UTF-8 CSV as UTF-8 rather than the system code page. */
export const UTF8_BOM = '\uFEFF';

/**
 * Prefixes `'` to a cell a spreadsheet would read as a formula (OWASP CSV injection: a leading `=`, `+`, `-`, `@`,
 * tab or carriage return), so `=HYPERLINK(…)` in a ticket text stays text.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Quotes a cell per RFC 4180 when it holds a comma, quote, CR, LF or edge whitespace; quotes are doubled. */
export function quoteCsvCell(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * CSV text of a header and rows, CRLF line ends (what Excel writes), optionally with a UTF-8 BOM and formula
 * neutralisation. Written by hand because csv-parse has no writer and csv-stringify is not a dependency: the
 * quoting rule is two regular expressions.
 */
export function formatCsv(
  header: readonly string[],
  rows: Iterable<readonly string[]>,
  options: { bom?: boolean; neutraliseFormulas?: boolean } = {},
): string {
  return [...formatCsvLines(header, rows, options)].join('');
}

/** {@link formatCsv} line by line (each with its CRLF; the BOM starts the first), for writing without the whole text. */
export function* formatCsvLines(
  header: readonly string[],
  rows: Iterable<readonly string[]>,
  options: { bom?: boolean; neutraliseFormulas?: boolean } = {},
): Generator<string> {
  const cell = options.neutraliseFormulas ? (v: string) => quoteCsvCell(neutraliseFormula(v)) : quoteCsvCell;
  yield `${options.bom ? UTF8_BOM : ''}${header.map(cell).join(',')}\r\n`;
  for (const row of rows) yield `${row.map(cell).join(',')}\r\n`;
}
