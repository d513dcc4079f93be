import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/read/parse-csv.js';
import { detectDelimiter, detectEncoding } from '../../src/read/detect-encoding.js';
import iconv from 'iconv-lite';

describe('parseCsv', () => {
  it('parseCsv(text) numbers data rows from 1 and keeps quoted commas and newlines', () => {
    const table = parseCsv('\uFEFFid,text\r\n1,"断网,没信号"\r\n2,"第一行\n第二行"\r\n');
    expect(table.headers).toEqual(['id', 'text']);
    expect(table.rows).toEqual([
      { row: 1, values: { id: '1', text: '断网,没信号' } },
      { row: 2, values: { id: '2', text: '第一行\n第二行' } },
    ]);
  });

  it('parseCsv(text) marks rows with a wrong column count but keeps reading', () => {
    const { rows } = parseCsv('a,b,c\n1,2\n3,4,5,6\n7,8,9\n10,11,12,,\n');
    expect(rows.map((r) => [r.row, r.problem ?? 'ok'])).toEqual([
      [1, 'wrong column count: expected 3 fields, got 2'],
      [2, 'wrong column count: expected 3 fields, got 4'],
      [3, 'ok'],
      [4, 'ok'],
    ]);
  });

  it('parseCsv(text) loses only the row of an unclosed quote', () => {
    const { rows } = parseCsv('a,b\n1,x\n2,"broken\n3,y\n\n4,z\n');
    expect(rows.map((r) => [r.row, r.values.a ?? '', r.problem === undefined])).toEqual([
      [1, '1', true],
      [2, '', false],
      [3, '3', true],
      [4, '4', true],
    ]);
    expect(rows[1]?.problem).toMatch(/never closed/);
  });

  it('parseCsv(text) keeps a stray quote inside an unquoted field', () => {
    expect(parseCsv('a,b\n1,他说"不行"吧\n').rows[0]?.values.b).toBe('他说"不行"吧');
  });

  it('parseCsv(text) reads tab-separated text and names empty and repeated headers', () => {
    const table = parseCsv('内容\t\t内容\nx\ty\tz\n');
    expect(table.headers).toEqual(['内容', 'column 2', '内容_2']);
    expect(table.rows[0]?.values).toEqual({ 内容: 'x', 'column 2': 'y', 内容_2: 'z' });
  });

  it('parseCsv(header only) has headers and no rows', () => {
    expect(parseCsv('a,b\n')).toEqual({ headers: ['a', 'b'], rows: [] });
    expect(parseCsv('')).toEqual({ headers: [], rows: [] });
  });
});

describe('detectEncoding / detectDelimiter', () => {
  it('detectEncoding(bytes) reads BOMs, valid UTF-8, else GB18030', () => {
    expect(detectEncoding(Buffer.from('\uFEFF投诉', 'utf8'))).toBe('utf8');
    expect(detectEncoding(Buffer.from('投诉内容', 'utf8'))).toBe('utf8');
    expect(detectEncoding(Buffer.from('投诉内容', 'utf8').subarray(0, 5))).toBe('utf8');
    expect(detectEncoding(iconv.encode('投诉内容', 'gbk'))).toBe('gb18030');
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x61, 0]))).toBe('utf16le');
  });

  it('detectDelimiter(line) counts only delimiters outside quotes', () => {
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('"a,b,c";d;e')).toBe(';');
    expect(detectDelimiter('a,b|c,d')).toBe(',');
  });
});
