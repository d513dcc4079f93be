import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formatCsv, neutraliseFormula, quoteCsvCell } from '../../src/report/format-csv.js';
import { renderWarningsCsv } from '../../src/report/render-warnings-csv.js';
import { HOSTILE, sampleReport } from './sample-report.js';

describe('renderWarningsCsv', () => {
  const csv = renderWarningsCsv(sampleReport());
  const rows = parse(csv, { bom: true }) as string[][];

  it('renderWarningsCsv(report) starts with a BOM and a header, one row per warning, red first', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(rows[0]?.[0]).toBe('预警编号');
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['red', 'orange', 'yellow']);
    expect(rows[2]?.[10]).toBe('T1 T2');
  });

  it('renderWarningsCsv(report) neutralises formula cells and round-trips quotes', () => {
    const yellow = rows[3] ?? [];
    expect(yellow[5]).toBe(`'${HOSTILE.formula}`);
    expect(yellow[6]).toBe("'-1+1");
    expect(rows[1]?.[6]).toBe(HOSTILE.attr);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('renderWarningsCsv(report) shows each evidence sentence with the words marked 【】, the repeat kind and the digest', () => {
    const red = rows[1] ?? [];
    expect(rows[0]?.slice(11)).toEqual(['证据', '状态', '重复类型', '摘要']);
    expect(red[11]).toBe(`T5: 再不修就【投诉到工信部】 ${HOSTILE.img}`);
    expect(rows.slice(1).map((r) => r[14])).toEqual(['1', '1', '1']);
    const cut = parse(renderWarningsCsv(sampleReport({ digest: [{ period: '2026-11-09', warningIds: ['W-3'] }] })), { bom: true }) as string[][];
    expect(cut.slice(1).map((r) => r[14])).toEqual(['', '', '1']);
  });

  it('neutraliseFormula(value) prefixes = + - @ tab and CR only at the start', () => {
    for (const v of ['=1', '+1', '-1', '@A', '\tx', '\rx']) expect(neutraliseFormula(v)).toBe(`'${v}`);
    expect(neutraliseFormula('a=1')).toBe('a=1');
  });

  it('quoteCsvCell(value) quotes only when needed and doubles quotes', () => {
    expect(quoteCsvCell('宽带')).toBe('宽带');
    expect(quoteCsvCell('a,b')).toBe('"a,b"');
    expect(quoteCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvCell('a\nb')).toBe('"a\nb"');
    expect(formatCsv(['h'], [['x']])).toBe('h\r\nx\r\n');
  });
});
