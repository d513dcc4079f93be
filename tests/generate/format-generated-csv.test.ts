import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formatGeneratedCsv } from '../../src/generate/format-generated-csv.js';
import { EXPORT_COLUMNS, generateExport } from '../../src/generate/generate-export.js';

describe('formatGeneratedCsv', () => {
  it('formatGeneratedCsv(result) starts with a BOM and the header, and parses back to the rows', () => {
    const result = generateExport({ n: 150, seed: 5 });
    const csv = formatGeneratedCsv(result);
    expect(csv.startsWith(`\uFEFF${EXPORT_COLUMNS.join(',')}\r\n`)).toBe(true);
    const parsed = parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(parsed).toEqual(result.rows);
  });

  it('formatGeneratedCsv(result) quotes commas, quotes and newlines in cells', () => {
    const row = Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, 'x'])) as Record<string, string>;
    row['投诉内容'] = 'a,"b"\nc';
    const csv = formatGeneratedCsv({ rows: [row] });
    expect(csv).toContain('"a,""b""\nc"');
    expect(parse(csv, { bom: true, columns: true })).toEqual([row]);
  });
});
