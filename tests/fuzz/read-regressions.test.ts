import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { Messages } from '../../src/core/messages.js';
import { detectEncoding } from '../../src/read/detect-encoding.js';
import { parseCsv } from '../../src/read/parse-csv.js';
import { parseJsonl } from '../../src/read/parse-jsonl.js';
import { readCsv } from '../../src/read/read-csv.js';
import { readExports } from '../../src/read/read-exports.js';
import { rowsToTickets } from '../../src/read/rows-to-tickets.js';
import { useTempDir } from '../read/temp-dir.js';
import { collect } from './fuzz-helpers.js';

// One test per reader bug the fuzz tests found; each failed before its fix in src/read.
const tmp = useTempDir();

describe('reader bugs found by fuzzing', () => {
  it('readCsv(file) keeps the good rows parsed just before an unclosed quote at the end', async () => {
    const rows = await collect((await readCsv(tmp.write('lost.csv', 'a,b\n1,x\n"'))).rows);
    expect(rows.map((r) => [r.row, r.values.a, r.problem === undefined])).toEqual([
      [1, '1', true],
      [2, undefined, false],
    ]);
  });

  it('parseCsv(text) and readCsv(file) keep one record per line when CRLF, LF and CR are mixed', async () => {
    const text = 'id,text,time\r\n1,a,2024-03-01\r\n2,b,2024-03-01\n3,c,2024-03-01\r\n4,"多\r\n行",2024-03-01\r5,e,2024-03-01\n';
    const expected = [['1', 'a'], ['2', 'b'], ['3', 'c'], ['4', '多\n行'], ['5', 'e']];
    const parsed = parseCsv(text).rows;
    expect(parsed.map((r) => [r.values.id, r.values.text])).toEqual(expected);
    expect(parsed.every((r) => r.problem === undefined)).toBe(true);
    const read = await collect((await readCsv(tmp.write('eol.csv', text))).rows);
    expect(read).toEqual(parsed);
  });

  it('readExports(UTF-8 file with a GBK line) reads both encodings and warns once', async () => {
    const utf8Lines = Array.from({ length: 20 }, (_, i) => `${i},宽带掉线${i},2024-03-01`).join('\n');
    const bytes = Buffer.concat([Buffer.from(`id,text,time\n${utf8Lines}\n`), iconv.encode('99,信号很差,2024-03-02\n', 'gbk'), Buffer.from('100,网速慢,2024-03-03\n')]);
    expect(detectEncoding(bytes)).toBe('utf8');
    const messages = new Messages();
    const result = await readExports([tmp.write('mixed.csv', bytes)], {}, messages);
    expect(result.tickets.map((t) => t.text).slice(-3)).toEqual(['宽带掉线19', '信号很差', '网速慢']);
    expect(messages.list.filter((m) => m.code === 'encoding-mixed').map((m) => m.message)).toEqual([expect.stringMatching(/1 line\(s\) of GB18030/)]);
  });

  it('detectEncoding(GBK text) still picks GB18030', () => {
    const gbk = iconv.encode('工单编号,投诉内容\n1,用户反映小区宽带经常掉线，网速很慢，客服态度差，要求赔偿\n', 'gbk');
    expect(detectEncoding(gbk)).toBe('gb18030');
  });

  it('parseCsv(text) keeps the value of a column named __proto__', () => {
    expect(parseCsv('__proto__,text\n宽带,掉线\n').rows[0]?.values.__proto__).toBe('宽带');
    expect(parseJsonl('{"__proto__":"宽带"}').rows[0]?.values.__proto__).toBe('宽带');
  });

  it('rowsToTickets(rows lacking a column named like an Object method) rejects instead of crashing', () => {
    const out = rowsToTickets([{ row: 1, values: { a: '掉线' } }], { text: ['toString'], time: 'valueOf' });
    expect(out.rejects.map((r) => r.reason)).toEqual([expect.stringMatching(/^no text/)]);
    const timed = rowsToTickets([{ row: 1, values: { a: '掉线' } }], { text: ['a'], time: 'constructor' });
    expect(timed.rejects.map((r) => r.reason)).toEqual([expect.stringMatching(/^no time/)]);
  });

  it('parseJsonl(null line) says it got null', () => {
    expect(parseJsonl('null').rows[0]?.problem).toBe('bad JSON line: expected a JSON object, got null');
  });

  it('readExports(thousands of columns, none a text column) names a few headers, not all of them', async () => {
    const headers = Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',');
    const err = await readExports([tmp.write('wide.csv', `${headers}\n${headers}\n`)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toMatch(/c0, c1, .*c29, … \(4970 more\)/);
    expect((err as InputError).message.length).toBeLessThan(1000);
  });

  it('parseCsv(an unquoted record over the size limit) calls it too long, not a quote problem', () => {
    const rows = parseCsv(`a,b\n1,${'x'.repeat(2000)}\n2,y\n`, { maxRecordChars: 1000 }).rows;
    expect(rows[0]?.problem).toMatch(/^record too long/);
    expect(rows[1]?.values).toEqual({ a: '2', b: 'y' });
  });
});

describe('stray quotes', () => {
  it('parseCsv(a stray opening quote closed by a quote rows later) rejects only the row that opened it', () => {
    const table = parseCsv('id,text\n1,"坏引号\n2,正常\n3,他说"网速慢"\n4,好\n');
    expect(table.rows.map((r) => [r.row, r.values.id, r.problem])).toEqual([
      [1, undefined, 'broken quoting: a quote opened in this row closes only rows later'],
      [2, '2', undefined],
      [3, '3', undefined],
      [4, '4', undefined],
    ]);
  });
});
