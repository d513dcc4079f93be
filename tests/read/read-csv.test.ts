import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import type { RawRow } from '../../src/read/raw-row.js';
import { readCsv } from '../../src/read/read-csv.js';
import { useTempDir } from './temp-dir.js';

const tmp = useTempDir();
const CSV = '工单编号,投诉内容,受理时间\n1,宽带经常掉线,2024/3/1 09:00\n2,"信号差,打不通",2024/3/1 10:00\n';

async function collect(rows: AsyncIterable<RawRow>): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe('readCsv', () => {
  it.each([
    ['utf8', Buffer.from(CSV, 'utf8'), 'utf8'],
    ['utf8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')]), 'utf8'],
    ['gbk', iconv.encode(CSV, 'gbk'), 'gb18030'],
    ['gb18030', iconv.encode(CSV, 'gb18030'), 'gb18030'],
    ['utf16le-bom', iconv.encode(CSV, 'utf16le', { addBOM: true }), 'utf16le'],
  ])('readCsv(%s file) detects the encoding and reads the same rows', async (name, bytes, encoding) => {
    const result = await readCsv(tmp.write(`${name}.csv`, bytes));
    expect(result.encoding).toBe(encoding);
    expect(result.headers).toEqual(['工单编号', '投诉内容', '受理时间']);
    expect(await collect(result.rows)).toEqual([
      { row: 1, values: { 工单编号: '1', 投诉内容: '宽带经常掉线', 受理时间: '2024/3/1 09:00' } },
      { row: 2, values: { 工单编号: '2', 投诉内容: '信号差,打不通', 受理时间: '2024/3/1 10:00' } },
    ]);
  });

  it('readCsv(gbk file) decodes characters split across stream chunks', async () => {
    const lines = ['id,text'];
    for (let i = 0; i < 30_000; i++) lines.push(`${i},用户反映${i}号小区宽带掉线`);
    const result = await readCsv(tmp.write('big-gbk.csv', iconv.encode(lines.join('\n'), 'gbk')));
    const rows = await collect(result.rows);
    expect(rows).toHaveLength(30_000);
    expect(rows.every((r, i) => r.values.text === `用户反映${i}号小区宽带掉线`)).toBe(true);
  });

  it('readCsv(file, { encoding }) uses the given encoding', async () => {
    const path = tmp.write('forced.csv', iconv.encode('id,text\n1,掉线\n', 'gbk'));
    const rows = await collect((await readCsv(path, { encoding: 'gb18030' })).rows);
    expect(rows[0]?.values.text).toBe('掉线');
  });

  it('readCsv(file) streams on after an unclosed quote and reports that row', async () => {
    const path = tmp.write('broken.csv', 'a,b\n1,x\n2,"broken\n3,y\n\n4,z\n');
    const rows = await collect((await readCsv(path)).rows);
    expect(rows.map((r) => [r.row, r.values.a ?? '', r.problem === undefined])).toEqual([
      [1, '1', true],
      [2, '', false],
      [3, '3', true],
      [4, '4', true],
    ]);
    expect(rows[1]?.problem).toMatch(/never closed/);
  });

  it('readCsv(file, { maxRecordChars }) cuts a runaway quote short and reads the rows after it', async () => {
    const path = tmp.write('runaway.csv', `a,b\n1,"${'x'.repeat(5000)}\n2,y\n3,z\n`);
    const rows = await collect((await readCsv(path, { maxRecordChars: 1000 })).rows);
    expect(rows.map((r) => [r.row, r.values.a ?? '', r.problem === undefined])).toEqual([
      [1, '', false],
      [2, '2', true],
      [3, '3', true],
    ]);
    expect(rows[0]?.problem).toMatch(/record size limit/);
  });

  it('readCsv(file) marks wrong column counts with exact row numbers', async () => {
    const path = tmp.write('counts.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n');
    const rows = await collect((await readCsv(path)).rows);
    expect(rows.filter((r) => r.problem !== undefined).map((r) => r.row)).toEqual([2, 3]);
  });

  it('readCsv(missing file) throws an InputError naming it', async () => {
    const missing = `${tmp.dir}/nope.csv`;
    await expect(readCsv(missing)).rejects.toThrow(InputError);
    await expect(readCsv(missing)).rejects.toThrow(`${missing}: expected a readable file, got ENOENT`);
  });
});
