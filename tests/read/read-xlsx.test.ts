import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { parseTime } from '../../src/read/parse-time.js';
import type { RawRow } from '../../src/read/raw-row.js';
import { readXlsx } from '../../src/read/read-xlsx.js';
import { useTempDir } from './temp-dir.js';

const tmp = useTempDir();
let path = '';

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const other = wb.addWorksheet('说明');
  other.addRow(['这是说明页']);
  const sheet = wb.addWorksheet('工单');
  sheet.addRow([]);
  sheet.addRow(['工单编号', '投诉内容', '受理时间', '客户号码']);
  // exceljs writes a Date as its UTC fields: the wall clock in the sheet.
  sheet.addRow(['T1', '宽带掉线', new Date(Date.UTC(2019, 1, 28, 11, 25, 5)), 13800000000]);
  sheet.getCell('C3').numFmt = 'yyyy-mm-dd hh:mm:ss';
  sheet.addRow(['T2', { richText: [{ text: '信号' }, { text: '很差' }] }, 43524.5, null]);
  sheet.addRow(['T3', { formula: '"扣"&"费"', result: '扣费' }, '2019/3/1 08:00', 'C9', '多余']);
  path = tmp.write('t.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
});

async function collect(rows: AsyncIterable<RawRow>): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe('readXlsx', () => {
  it('readXlsx(file) reads the first sheet by default', async () => {
    const stream = await readXlsx(path);
    expect(stream.headers).toEqual(['这是说明页']);
    expect(await collect(stream.rows)).toEqual([]);
  });

  it('readXlsx(file, { sheet }) reads the named sheet: dates, serials, rich text, formulas, extra cells', async () => {
    const stream = await readXlsx(path, { sheet: '工单' });
    expect(stream.headers).toEqual(['工单编号', '投诉内容', '受理时间', '客户号码']);
    const rows = await collect(stream.rows);
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(rows[0]?.values).toEqual({ 工单编号: 'T1', 投诉内容: '宽带掉线', 受理时间: '2019-02-28 11:25:05', 客户号码: '13800000000' });
    expect(rows[1]?.values.投诉内容).toBe('信号很差');
    expect(parseTime(rows[1]?.values.受理时间 ?? '', 'Asia/Shanghai')).toBe(Date.parse('2019-02-28T04:00:00Z'));
    expect(rows[2]?.values).toEqual({ 工单编号: 'T3', 投诉内容: '扣费', 受理时间: '2019/3/1 08:00', 客户号码: 'C9', 'column 5': '多余' });
  });

  it('readXlsx(file, { sheet }) throws an InputError listing the sheets when the name is wrong', async () => {
    await expect(readXlsx(path, { sheet: '没有' })).rejects.toThrow(/expected a sheet named "没有", got sheets: 说明, 工单/);
  });

  it('readXlsx(not a workbook) throws an InputError', async () => {
    const bad = tmp.write('bad.xlsx', 'not a zip');
    await expect(readXlsx(bad)).rejects.toThrow(InputError);
  });
});
