import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvHeaderError } from '../../src/read/csv-records.js';
import { CsvScanner } from '../../src/read/csv-scanner.js';
import { parseCsv } from '../../src/read/parse-csv.js';
import type { RawTable } from '../../src/read/raw-row.js';
import { fuzzRuns, hostileText, messyCsv } from './fuzz-helpers.js';
import { referenceParseCsv } from './reference-csv-parse.js';

/** A table, or the header error, so two parsers can be compared on any input. */
function tableOrHeaderError(parse: () => RawTable): RawTable | 'header-error' {
  try {
    return parse();
  } catch (err) {
    if (err instanceof CsvHeaderError) return 'header-error';
    throw err;
  }
}

/** Scans `text` pushed in pieces cut at `cuts` (fractions of its length). */
function scanInPieces(text: string, cuts: number[], maxRecordChars = 1_000_000): RawTable {
  const scanner = new CsvScanner(',', maxRecordChars);
  const at = [...new Set(cuts.map((c) => Math.floor(c * text.length)))].sort((a, b) => a - b);
  let from = 0;
  for (const to of [...at, text.length]) {
    scanner.push(text.slice(from, to));
    from = to;
  }
  scanner.end();
  return { headers: scanner.headers ?? [], rows: scanner.takeRows() };
}

const quote = (s: string): string => `"${s.replaceAll('"', '""')}"`;
/** A well-formed CSV (RFC 4180: every cell quoted, quotes doubled) of hostile Unicode cells. */
const wellFormedCsv = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(hostileText(5), { minLength: 4, maxLength: 4 }), { maxLength: 10 }), fc.constantFrom('\n', '\r\n'))
  .map(([columns, rows, eol]) => {
    const header = Array.from({ length: columns }, (_, i) => `h${i}`).join(',');
    return `${header}${eol}${rows.map((cells) => `${cells.slice(0, columns).map(quote).join(',')}${eol}`).join('')}`;
  });

describe('CsvScanner against csv-parse', () => {
  it('parseCsv(messy CSV) gives the rows the csv-parse reader gave, problems and row numbers included', () => {
    fc.assert(
      fc.property(messyCsv(16), (text) => {
        expect(tableOrHeaderError(() => parseCsv(text, { delimiter: ',' }))).toEqual(tableOrHeaderError(() => referenceParseCsv(text)));
      }),
      fuzzRuns(1000),
    );
  });

  it('parseCsv(random code units) gives what the csv-parse reader gave', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', '宽', '\uFEFF', '\uD800'), maxLength: 60 });
    fc.assert(
      fc.property(text, (s) => {
        expect(tableOrHeaderError(() => parseCsv(s, { delimiter: ',' }))).toEqual(tableOrHeaderError(() => referenceParseCsv(s)));
      }),
      fuzzRuns(2000),
    );
  });

  it('parseCsv(messy CSV, small maxRecordChars) cuts the same records as the csv-parse reader', () => {
    // ASCII only: csv-parse counted the cell being read in UTF-8 bytes, the scanner counts characters.
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' '), maxLength: 80 });
    fc.assert(
      fc.property(text, (s) => {
        const input = `h1,h2\n${s}`;
        const mine = tableOrHeaderError(() => parseCsv(input, { delimiter: ',', maxRecordChars: 12 }));
        const theirs = tableOrHeaderError(() => referenceParseCsv(input, ',', 12));
        // Near the limit the two count delimiters and quotes differently; only compare well inside or well past it.
        fc.pre(mine !== 'header-error' && theirs !== 'header-error' && mine.rows.length === theirs.rows.length);
        expect(mine.rows.map((r) => r.problem === undefined)).toEqual(theirs.rows.map((r) => r.problem === undefined));
      }),
      fuzzRuns(500),
    );
  });

  it('parseCsv(well-formed CSV) gives the cells csv-parse gives with its default options', () => {
    fc.assert(
      fc.property(wellFormedCsv, (text) => {
        const records = parse(text, { relax_column_count: true }) as string[][];
        const table = parseCsv(text, { delimiter: ',' });
        const headers = records[0] ?? [];
        expect(table.headers).toEqual(headers);
        expect(table.rows.map((r) => headers.map((h) => r.values[h]))).toEqual(records.slice(1).map((cells) => cells.map((c) => c.replace(/\r\n?/g, '\n').trim())));
      }),
      fuzzRuns(500),
    );
  });
});

describe('CsvScanner in chunks', () => {
  it('CsvScanner.push(text cut anywhere) gives the rows parseCsv(text) gives', () => {
    fc.assert(
      fc.property(messyCsv(16), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (text, cuts) => {
        const whole = tableOrHeaderError(() => parseCsv(text.replace(/^\uFEFF/, ''), { delimiter: ',' }));
        expect(tableOrHeaderError(() => scanInPieces(text.replace(/^\uFEFF/, ''), cuts))).toEqual(whole);
      }),
      fuzzRuns(1000),
    );
  });

  it('CsvScanner.push(text cut between the halves of a surrogate pair or of a CRLF) keeps both', () => {
    const text = 'id,text\r\n1,"👍\r\n🇨🇳"\r\n2,b\r\n';
    for (let cut = 1; cut < text.length; cut++) expect(scanInPieces(text, [cut / text.length])).toEqual(parseCsv(text));
    expect(parseCsv(text).rows.map((r) => r.values.text)).toEqual(['👍\n🇨🇳', 'b']);
  });

  it('CsvScanner.push(a runaway record over many chunks) drops only its first line', () => {
    const text = `a,b\n1,"${'x'.repeat(50)}\n${'y'.repeat(20)}\n2,z\n`;
    const pieces = Array.from({ length: 20 }, (_, i) => (i + 1) / 21);
    const table = scanInPieces(text, pieces, 30);
    expect(table.rows.map((r) => [r.row, r.values.a, r.problem?.split(':')[0]])).toEqual([
      [1, undefined, 'record too long'],
      [2, 'y'.repeat(20), 'wrong column count'],
      [3, '2', undefined],
    ]);
  });
});
