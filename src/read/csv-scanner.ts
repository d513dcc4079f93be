/**
 * A hand-written streaming CSV/TSV scanner (RFC 4180 quoting, relaxed the way exports need it).
 *
 * Why not csv-parse: the project must read 1,000,000 tickets (≈240 MB) end to end in 60 s on 2 cores, so reading
 * must reach 40-50 MB/s. csv-parse 7 measured 4.4 MB/s on the generated 24 MB export with the options the readers
 * need (relax_column_count, relax_quotes, on_record, on_skip …) and 8-10 MB/s with defaults, and its recovery from an
 * unclosed quote meant re-reading the file from its start once per bad quote. This scanner works on decoded string
 * chunks with native `indexOf` jumps and recovers in place (see bench/read.bench.ts and the report for figures).
 *
 * It reproduces what the csv-parse based reader gave (tests/fuzz/reference-csv-parse.ts is kept as the oracle):
 * - line ends CRLF, LF and CR, also mixed in one file; inside quoted cells each becomes LF;
 * - a quote opens a quoted cell only at the start of a cell; elsewhere it is an ordinary character; `""` inside a
 *   quoted cell is one quote; a closing quote followed by anything but a delimiter or line end is kept verbatim with
 *   the rest of the cell (relaxed quoting: `"abc"x` stays `"abc"x`);
 * - empty lines are skipped; a leading BOM is dropped (also right after a dropped line, as a fresh parser would);
 * - lone surrogates become U+FFFD (what a UTF-8 round trip gives);
 * - a record that never closes its quote, runs past `maxRecordChars`, or holds a stray-quoted cell (see
 *   {@link isStrayQuotedCell}) costs only its first line: that line becomes a row with a problem and scanning
 *   resumes on the next line.
 */
import { CsvHeaderError, csvProblem, isStrayQuotedCell, type CsvProblemCode } from './csv-records.js';
import { cellsToRow, uniqueHeaders, type RawRow } from './raw-row.js';

const LF = 10;
const CR = 13;
const QUOTE = 34;
const BOM = 0xfeff;
/** `indexOf` found nothing: larger than any position, so cached "next occurrence" values need no -1 checks. */
const NONE = Number.MAX_SAFE_INTEGER;

/** Outcome of scanning one record. */
const OK = 0;
const NEED_MORE = 1;
const NOT_CLOSED = 2;

interface WellFormedString {
  isWellFormed(): boolean;
  toWellFormed(): string;
}
const isWellFormed = (s: string): boolean => (s as unknown as WellFormedString).isWellFormed();
const toWellFormed = (s: string): string => (s as unknown as WellFormedString).toWellFormed();
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

const foldLineEnds = (s: string): string => s.replace(/\r\n?/g, '\n');

/**
 * Scans CSV text pushed in chunks into {@link RawRow}s: the first record gives the headers, every later one a row
 * numbered from 1. Rows collect in `rows` until taken with {@link CsvScanner.takeRows}. Throws
 * {@link CsvHeaderError} when the header record itself is broken.
 */
export class CsvScanner {
  /** Headers (unique, see `uniqueHeaders`), once the first record has been scanned. */
  headers: string[] | undefined;
  /** Rows scanned and not yet taken. */
  rows: RawRow[] = [];

  private readonly delimiter: string;
  private readonly delimiterCode: number;
  private nextRow = 1;
  /** Text of a record cut by the end of the last chunk: scanned again with the next chunk. */
  private carry = '';
  /** A high surrogate that ended the last chunk, held back until its low half comes. */
  private pendingHigh = '';
  /** BOMs still to drop at the current start (1 at the very start and right after a dropped line). */
  private bomsToSkip = 1;
  /** The rest of a dropped line runs past the text seen so far: drop input up to the next line end. */
  private skippingLine = false;
  private readonly cells: string[] = [];
  /** Cells that went through the quoted path, for the stray-quote check. */
  private readonly quotedCells: string[] = [];
  private recordEnd = 0;
  // Next occurrence at or after the last query position in the current text; NONE when there is none.
  private text = '';
  private nextQuote = -1;
  private nextDelimiter = -1;
  private nextLf = -1;
  private nextCr = -1;

  constructor(
    delimiter: string,
    private readonly maxRecordChars: number,
  ) {
    if (delimiter.length !== 1) throw new RangeError(`expected a one-character delimiter, got ${JSON.stringify(delimiter)}`);
    this.delimiter = delimiter;
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  /** Scans the next chunk of decoded text. */
  push(chunk: string): void {
    let text = this.pendingHigh + chunk;
    this.pendingHigh = '';
    if (text.length > 0 && isHighSurrogate(text.charCodeAt(text.length - 1))) {
      this.pendingHigh = text.slice(-1);
      text = text.slice(0, -1);
    }
    this.scan(text, false);
  }

  /** Scans what is left at the end of the input. */
  end(): void {
    const text = this.pendingHigh;
    this.pendingHigh = '';
    this.scan(text, true);
  }

  /** Takes the rows scanned so far. */
  takeRows(): RawRow[] {
    const out = this.rows;
    this.rows = [];
    return out;
  }

  private scan(chunk: string, final: boolean): void {
    let text = this.carry === '' ? chunk : this.carry + chunk;
    this.carry = '';
    if (!isWellFormed(text)) text = toWellFormed(text);
    this.setText(text);
    const len = text.length;
    let pos = 0;
    if (this.skippingLine) {
      const end = this.lineEndAt(0);
      if (end === NONE) return;
      this.skippingLine = false;
      pos = this.afterLineEnd(end);
    }
    for (;;) {
      if (this.bomsToSkip > 0 && pos < len) {
        if (text.charCodeAt(pos) === BOM) pos++;
        this.bomsToSkip = 0;
      }
      // Empty lines are skipped (a line of blanks is a record, as csv-parse has it).
      while (pos < len) {
        const c = text.charCodeAt(pos);
        if (c !== LF && c !== CR) break;
        pos++;
      }
      if (pos >= len) return;
      const start = pos;
      const outcome = this.scanRecord(start, final);
      const size = (outcome === OK ? this.contentEnd : len) - start;
      let problem: CsvProblemCode | undefined;
      if (size > this.maxRecordChars) problem = 'CSV_MAX_RECORD_SIZE';
      else if (outcome === NEED_MORE) {
        this.carry = text.slice(start);
        return;
      } else if (outcome === NOT_CLOSED) problem = 'CSV_QUOTE_NOT_CLOSED';
      else if (this.headers !== undefined && this.hasStrayQuotedCell()) problem = 'CSV_STRAY_QUOTE';
      if (problem === undefined) {
        this.emit();
        pos = this.recordEnd;
        continue;
      }
      // A broken record costs only its first line: report it, resume on the next line with a fresh state.
      if (this.headers === undefined) throw new CsvHeaderError(problem);
      this.rows.push({ row: this.nextRow++, values: {}, problem: csvProblem(problem) });
      this.bomsToSkip = 1;
      const end = Math.min(find(text, '\n', start), find(text, '\r', start));
      if (end === NONE) {
        if (!final) this.skippingLine = true;
        return;
      }
      pos = this.afterLineEnd(end);
      // Scanning went past the resume point: the cached positions may skip occurrences before them.
      this.setText(text);
    }
  }

  /** Position after the line end at `end` (CRLF counts as one). */
  private afterLineEnd(end: number): number {
    return this.text.charCodeAt(end) === CR && this.text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
  }

  private setText(text: string): void {
    this.text = text;
    this.nextQuote = -1;
    this.nextDelimiter = -1;
    this.nextLf = -1;
    this.nextCr = -1;
  }

  // Cached "next occurrence" lookups: each text is searched forward once per character kind, so scanning stays
  // linear even when a character is rare (one indexOf per query would rescan the rest of the chunk each time).
  private quoteAt(pos: number): number {
    if (this.nextQuote < pos) this.nextQuote = find(this.text, '"', pos);
    return this.nextQuote;
  }

  private delimiterAt(pos: number): number {
    if (this.nextDelimiter < pos) this.nextDelimiter = find(this.text, this.delimiter, pos);
    return this.nextDelimiter;
  }

  private crAt(pos: number): number {
    if (this.nextCr < pos) this.nextCr = find(this.text, '\r', pos);
    return this.nextCr;
  }

  private lineEndAt(pos: number): number {
    if (this.nextLf < pos) this.nextLf = find(this.text, '\n', pos);
    if (this.nextCr < pos) this.nextCr = find(this.text, '\r', pos);
    return this.nextLf < this.nextCr ? this.nextLf : this.nextCr;
  }

  /** End of the last scanned record's content (before its line end). */
  private contentEnd = 0;

  /**
   * Scans the record starting at `pos` into `cells`. OK sets `contentEnd` and `recordEnd`; NEED_MORE means the
   * text ends inside the record; NOT_CLOSED means the input ends inside a quoted cell.
   */
  private scanRecord(pos: number, final: boolean): number {
    const text = this.text;
    const len = text.length;
    const cells = this.cells;
    cells.length = 0;
    this.quotedCells.length = 0;
    for (;;) {
      let cell: string;
      let after: number;
      if (pos < len && text.charCodeAt(pos) === QUOTE) {
        const cr = this.crAt(pos);
        let content = '';
        let from = pos + 1;
        let closed = -1;
        for (;;) {
          const q = this.quoteAt(from);
          if (q === NONE) return final ? NOT_CLOSED : NEED_MORE;
          if (q + 1 >= len) {
            if (!final) return NEED_MORE;
            closed = q;
            break;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            content += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          closed = q;
          break;
        }
        content += text.slice(from, closed);
        const next = closed + 1 < len ? text.charCodeAt(closed + 1) : -1;
        if (next === -1 || next === this.delimiterCode || next === LF || next === CR) {
          cell = content;
          after = closed + 1;
        } else if (next === 0) {
          // csv-parse took a NUL after a quote for the end of its input and closed the quote; the cell then goes on.
          const end = this.unquotedEnd(closed + 1);
          if (end === NONE && !final) return NEED_MORE;
          after = end === NONE ? len : end;
          cell = content + text.slice(closed + 1, after);
        } else {
          // Relaxed quoting: a quote closing before other characters is kept, with the rest of the cell, verbatim.
          const end = this.unquotedEnd(closed + 1);
          if (end === NONE) {
            if (!final) return NEED_MORE;
            cell = `"${content}"${text.slice(closed + 1)}`;
            after = len;
          } else {
            cell = `"${content}"${text.slice(closed + 1, end)}`;
            after = end;
          }
        }
        if (cr < after) cell = foldLineEnds(cell);
        this.quotedCells.push(cell);
      } else {
        const end = this.unquotedEnd(pos);
        if (end === NONE) {
          if (!final) return NEED_MORE;
          cell = text.slice(pos);
          after = len;
        } else {
          cell = text.slice(pos, end);
          after = end;
        }
      }
      cells.push(cell);
      if (after >= len) {
        this.contentEnd = len;
        this.recordEnd = len;
        return OK;
      }
      const c = text.charCodeAt(after);
      if (c === this.delimiterCode) {
        pos = after + 1;
        // A delimiter that ends the text may be followed by more cells in the next chunk.
        if (pos >= len && !final) return NEED_MORE;
        continue;
      }
      this.contentEnd = after;
      this.recordEnd = this.afterLineEnd(after);
      // A CR ending the chunk may be the first half of a CRLF; the LF then reads as an empty line, which is skipped.
      return OK;
    }
  }

  /** Where an unquoted cell starting at `pos` ends: the next delimiter or line end, or NONE. */
  private unquotedEnd(pos: number): number {
    const d = this.delimiterAt(pos);
    const e = this.lineEndAt(pos);
    return d < e ? d : e;
  }

  private hasStrayQuotedCell(): boolean {
    for (const cell of this.quotedCells) if (isStrayQuotedCell(cell)) return true;
    return false;
  }

  private emit(): void {
    if (this.headers === undefined) this.headers = uniqueHeaders(this.cells);
    else this.rows.push(cellsToRow(this.headers, this.cells, this.nextRow++));
  }
}

function find(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? NONE : at;
}
