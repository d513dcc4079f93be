import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { parseOptions } from '../core/parse-options.js';
import { batchRows, emptyValues, prefetchFirstBatch, rawRowStream, uniqueHeaders, type RawRow, type RawRowStream } from './raw-row.js';
import { readHead } from './read-csv.js';
import { readOptionsSchema } from './read-options.js';

/** Options of {@link readXlsx}: the sheet to read (the first when left out). */
export const xlsxReadOptionsSchema = z.strictObject({ sheet: readOptionsSchema.shape.sheet });

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Text of one cell. Date cells become local wall-clock text (`2019-02-28 11:25:05`): Excel dates carry no zone and
 * exceljs hands them over as UTC, so the UTC fields are the wall clock the configured time zone applies to.
 */
export function xlsxCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`;
  }
  if (typeof value === 'object') {
    const v = value as { richText?: Array<{ text?: string }>; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text ?? '').join('').trim();
    if ('result' in v) return xlsxCellText(v.result);
    if ('error' in v) return '';
    if ('text' in v) return xlsxCellText(v.text);
  }
  return String(value);
}

function rowCells(values: unknown): string[] {
  // exceljs row.values is 1-based and sparse: index 0 is unused, empty cells are holes.
  const arr = Array.isArray(values) ? values : [];
  const cells: string[] = [];
  for (let i = 1; i < arr.length; i++) cells.push(xlsxCellText(arr[i]));
  return cells;
}

/**
 * Streams an XLSX export with exceljs's streaming WorkbookReader (rows are not all held at once): the first sheet,
 * or the one named `sheet`. The header is the first non-empty row; data rows are numbered from it (row 1 is the
 * row under the header). Date cells become local wall-clock text; plain numbers stay numbers (Excel serials are
 * recognised by `parseTime`). Cells beyond the header get `column N` names. Throws `InputError` when the file
 * cannot be read, is not an XLSX workbook, or has no such sheet.
 */
export async function readXlsx(path: string, options: z.input<typeof xlsxReadOptionsSchema> = {}): Promise<RawRowStream> {
  const wantedSheet = parseOptions(xlsxReadOptionsSchema, options, 'read').sheet;
  await readHead(path, 1);
  // Imported here, not at the top: loading exceljs costs ~130-180 ms, which every run reading CSV would pay.
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  let headers: string[] | undefined;
  const seenSheets: string[] = [];

  async function* rows(): AsyncGenerator<RawRow> {
    let headerRow = 0;
    try {
      for await (const sheet of reader) {
        const name = (sheet as unknown as { name?: string }).name ?? '';
        seenSheets.push(name);
        const wanted = wantedSheet === undefined ? seenSheets.length === 1 : name === wantedSheet;
        if (!wanted) {
          // Unread sheets must still be drained, or the zip stream stalls.
          for await (const _row of sheet) void _row;
          continue;
        }
        for await (const row of sheet) {
          const cells = rowCells(row.values);
          if (headers === undefined) {
            if (cells.every((c) => c === '')) continue;
            headers = uniqueHeaders(cells);
            headerRow = row.number;
            continue;
          }
          if (cells.every((c) => c === '')) continue;
          const values = emptyValues();
          cells.forEach((cell, i) => {
            if (cell === '' && i >= (headers as string[]).length) return;
            values[(headers as string[])[i] ?? `column ${i + 1}`] = cell;
          });
          yield { row: row.number - headerRow, values };
        }
        return;
      }
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw new InputError(path, `expected an XLSX workbook, got unreadable content (${(err as Error).message})`, undefined, { cause: err });
    }
    if (wantedSheet !== undefined) {
      throw new InputError(path, `expected a sheet named "${wantedSheet}", got sheets: ${seenSheets.join(', ') || 'none'}`);
    }
  }

  // ExcelJS hands out rows one by one; they are passed on in batches like the other readers'.
  const all = await prefetchFirstBatch(batchRows(rows(), 1024)[Symbol.asyncIterator]());
  return rawRowStream(headers ?? [], all);
}
