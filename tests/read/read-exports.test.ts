import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { existsSync, mkdirSync, readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, InputError } from '../../src/core/errors.js';
import { Messages } from '../../src/core/messages.js';
import { UNDATED_TIME } from '../../src/core/ticket.js';
import { idPrefixes, readExports, streamExports } from '../../src/read/read-exports.js';
import { useTempDir } from './temp-dir.js';

const tmp = useTempDir();

describe('readExports', () => {
  it('readExports(csv, jsonl, xlsx) counts accepted, rejected and duplicate rows across files', async () => {
    const csv = tmp.write(
      'a.csv',
      iconv.encode('工单编号,投诉内容,受理时间,客户号码\nT1,宽带掉线,2024/3/1 08:00,C1\nT2,,2024/3/1 09:00,C2\nT3,信号差,2024/2/30,C3\nT1,重复,2024/3/1 10:00,C1\nT4,扣费\nT5,"未闭合\nT6,网速慢,2024/3/2 08:00,C4\n', 'gbk'),
    );
    const jsonl = tmp.write(
      'b.jsonl',
      '{"工单编号":"T6","投诉内容":"网速慢","受理时间":"2024-03-02 08:00"}\n{"工单编号":"J1","投诉内容":"停机","受理时间":"2024-03-02"}\nnot json\n',
    );
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('s');
    ws.addRow(['工单编号', '投诉内容', '受理时间']);
    ws.addRow(['X1', '营业厅态度差', 45352.5]);
    ws.addRow(['J1', '停机', '2024-03-02']);
    const xlsx = tmp.write('c.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));

    const messages = new Messages();
    const result = await readExports([csv, jsonl, xlsx], {}, messages);
    expect(result.tickets.map((t) => t.id)).toEqual(['T1', 'T6', 'J1', 'X1']);
    expect(result.rejects.map((r) => [r.file, r.row])).toEqual([
      [csv, 2],
      [csv, 3],
      [csv, 5],
      [csv, 6],
      [jsonl, 3],
    ]);
    expect(result.duplicates).toBe(3);
    expect(result.rowsRead).toBe(12);
    expect(result.rowsRead).toBe(result.tickets.length + result.rejects.length + result.duplicates);
    expect(result.tickets[0]?.customerId).toBe('C1');
    expect(result.tickets[3]?.time).toBe(Date.parse('2024-03-01T04:00:00Z'));
    expect(messages.list.some((m) => m.code === 'rows-rejected' && m.file === csv)).toBe(true);
  });

  it('readExports(files without an id column) makes distinct ids for files of the same name', async () => {
    mkdirSync(join(tmp.dir, 'x'));
    mkdirSync(join(tmp.dir, 'y'));
    const a = tmp.write('x/data.csv', '内容,日期\n掉线,2024-03-01\n');
    const b = tmp.write('y/data.csv', '内容,日期\n没信号,2024-03-01\n');
    const result = await readExports([a, b]);
    expect(result.tickets.map((t) => t.id)).toEqual(['x/data.csv#1', 'y/data.csv#1']);
    expect(result.duplicates).toBe(0);
    expect(idPrefixes(['/p/x/data.csv', '/p/y/data.csv', '/p/z.csv', 'z.csv'])).toEqual(['x/data.csv', 'y/data.csv', 'p/z.csv', 'z.csv@4']);
    const again = await readExports([a, a]);
    expect([again.tickets.length, again.duplicates, again.rowsRead]).toEqual([1, 1, 2]);
  });

  it('readExports(file, { fields }) uses the mapping and auto-detects the roles it leaves out', async () => {
    const path = tmp.write('m.tsv', '单号\t说明\t处理意见\t时间\nA\t掉线\t已派单\t2024-03-01\n');
    const result = await readExports([path], { fields: { id: '单号', text: ['说明', '处理意见'] } });
    expect(result.tickets[0]).toMatchObject({ id: 'A', text: '掉线\n已派单', time: Date.parse('2024-02-29T16:00:00Z') });
  });

  it('readExports(file without a time column, { defaultTime }) warns once', async () => {
    const path = tmp.write('nt.csv', 'content\n掉线\n没信号\n');
    const messages = new Messages();
    const result = await readExports([path], { defaultTime: 5000 }, messages);
    expect(result.tickets.map((t) => [t.id, t.time])).toEqual([
      ['nt.csv#1', 5000],
      ['nt.csv#2', 5000],
    ]);
    expect(messages.list.filter((m) => m.code === 'no-time-column')).toHaveLength(1);
  });

  it('readExports(file without a time column) reads an undated export and says so once', async () => {
    const path = tmp.write('nt.csv', 'content\n掉线\n没信号\n');
    const messages = new Messages();
    const result = await readExports([path], {}, messages);
    expect(result.undated).toBe(true);
    expect(result.tickets.map((t) => [t.id, t.time])).toEqual([
      ['nt.csv#1', UNDATED_TIME],
      ['nt.csv#2', UNDATED_TIME],
    ]);
    expect(messages.list.filter((m) => m.code === 'no-time-column').map((m) => m.message)).toEqual([expect.stringMatching(/one undated period "all"/)]);
    const dated = await readExports([tmp.write('d.csv', 'content,date\n掉线,2024-03-01\n')]);
    expect(dated.undated).toBeUndefined();
  });

  it('readExports(undated and dated files together) throws an InputError naming the second file', async () => {
    const undated = tmp.write('u.csv', 'content\n掉线\n');
    const dated = tmp.write('t.csv', 'content,date\n掉线,2024-03-01\n');
    await expect(readExports([undated, dated])).rejects.toThrow(/t\.csv: expected no time column like the earlier undated files/);
    await expect(readExports([dated, undated])).rejects.toThrow(/u\.csv: expected a time column like the earlier files/);
  });

  it.each([
    ['missing file', async () => readExports([`${tmp.dir}/none.csv`]), /none\.csv: expected a readable file/],
    ['empty export', async () => readExports([tmp.write('e.csv', '投诉内容,受理时间\n')]), /e\.csv: empty export/],
    ['zero-byte export', async () => readExports([tmp.write('z.csv', '')]), /z\.csv: empty export/],
    ['unknown extension', async () => readExports([tmp.write('d.doc', 'x')]), /d\.doc: expected a \.csv/],
    [
      'unknown --fields column',
      async () => readExports([tmp.write('f.csv', 'a,b\n1,2\n')], { fields: { text: ['内容'] } }),
      /f\.csv: --fields column "内容" not found; expected one of the headers: a, b/,
    ],
    ['no text column', async () => readExports([tmp.write('n.csv', 'a,b\n1,2\n')]), /n\.csv: expected a text column.*got headers: a, b/],
  ])('readExports(%s) throws an InputError', async (_name, call, message) => {
    await expect(call()).rejects.toThrow(InputError);
    await expect(call()).rejects.toThrow(message);
  });

  it('readExports(file, bad options) throws a ConfigError', async () => {
    await expect(readExports([], { timeZone: 'Mars/Base' })).rejects.toThrow(ConfigError);
  });

  it('streamExports(files, options, messages, 2) hands out the tickets readExports reads, in batches, with the same counts', async () => {
    const a = tmp.write('s1.csv', '工单编号,投诉内容,受理时间\nS1,掉线,2024-03-01\nS2,,2024-03-01\nS3,没信号,2024-03-01\nS1,重复,2024-03-01\nS4,扣费,2024-03-02\n');
    const b = tmp.write('s2.csv', '工单编号,投诉内容,受理时间\nS5,网速慢,2024-03-02\nS3,重复,2024-03-02\n');
    const whole = await readExports([a, b]);
    const stream = await streamExports([a, b], {}, new Messages(), 2);
    const batches: string[][] = [];
    for await (const batch of stream.batches) batches.push(batch.map((t) => t.id));
    expect(batches).toEqual([['S1', 'S3'], ['S4', 'S5']]);
    expect(batches.flat()).toEqual(whole.tickets.map((t) => t.id));
    expect([stream.accepted, stream.rejects, stream.duplicates, stream.rowsRead]).toEqual([whole.tickets.length, whole.rejects, whole.duplicates, whole.rowsRead]);
    expect(stream.rowsRead).toBe(stream.accepted + stream.rejects.length + stream.duplicates);
  });

  it('streamExports(a missing file among others) throws an InputError before any batch is read', async () => {
    const a = tmp.write('ok.csv', '投诉内容,受理时间\n掉线,2024-03-01\n');
    await expect(streamExports([a, `${tmp.dir}/gone.csv`])).rejects.toThrow(/gone\.csv: expected a readable file, got ENOENT/);
    await expect(streamExports([tmp.dir])).rejects.toThrow(/expected a file, got a folder/);
  });

  it('streamExports(files).batches refuses a second iteration', async () => {
    const stream = await streamExports([tmp.write('once.csv', '投诉内容,受理时间\n掉线,2024-03-01\n')]);
    for await (const batch of stream.batches) expect(batch).toHaveLength(1);
    expect(() => stream.batches[Symbol.asyncIterator]()).toThrow(/iterated once/);
  });

  it.runIf(existsSync('/proc/self/fd'))('streamExports(files).batches left after one batch closes the file it was reading', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `R${i},宽带掉线 ${i},2024-03-01`).join('\n');
    const path = tmp.write('big.csv', `工单编号,投诉内容,受理时间\n${rows}\n`);
    const openFiles = () => readdirSync('/proc/self/fd').map((fd) => { try { return readlinkSync(`/proc/self/fd/${fd}`); } catch { return ''; } }).filter((target) => target === path).length;
    const stream = await streamExports([path], {}, new Messages(), 10);
    for await (const batch of stream.batches) {
      expect(batch).toHaveLength(10);
      expect(openFiles()).toBe(1);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openFiles()).toBe(0);
  });
});
