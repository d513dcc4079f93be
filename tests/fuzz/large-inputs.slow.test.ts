import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { Messages } from '../../src/core/messages.js';
import type { ReadResult } from '../../src/core/ticket.js';
import { parseCsv } from '../../src/read/parse-csv.js';
import { readExports } from '../../src/read/read-exports.js';
import { useTempDir } from '../read/temp-dir.js';
import { withinBudget } from './fuzz-helpers.js';

const tmp = useTempDir();
const BUDGET_MS = 120_000;

const read = (path: string, messages = new Messages()): Promise<ReadResult> => withinBudget(readExports([path], {}, messages), BUDGET_MS, 'readExports');

function expectConsistent(result: ReadResult): void {
  expect(result.rowsRead).toBe(result.tickets.length + result.rejects.length + result.duplicates);
  expect(new Set(result.tickets.map((t) => t.id)).size).toBe(result.tickets.length);
  for (const r of result.rejects) expect(r.reason.trim()).not.toBe('');
}

describe('readers on large hostile inputs', () => {
  it.each([
    ['unquoted', (big: string) => big],
    ['quoted', (big: string) => `"${big}"`],
    ['quote never closed', (big: string) => `"${big}`],
  ])('readExports(a single 10 MB field, %s) rejects that row and keeps its neighbours', async (_name, cell) => {
    const big = '宽带掉线'.repeat(2_500_000);
    const path = tmp.write(`big-${_name}.csv`, `id,text,time\n1,网速慢,2024-03-01\n2,${cell(big)},2024-03-01\n3,信号差,2024-03-01\n`);
    const result = await read(path);
    expectConsistent(result);
    expect(result.rowsRead).toBe(3);
    expect(result.tickets.map((t) => t.id)).toEqual(['1', '3']);
    expect(result.rejects.map((r) => r.row)).toEqual([2]);
  });

  it('readExports(100,000 columns) reads the row and keeps the extra columns in fields', async () => {
    const extra = Array.from({ length: 100_000 }, (_, i) => `c${i}`);
    const path = tmp.write('wide.csv', `id,text,time,${extra.join(',')}\n1,掉线,2024-03-01,${extra.map((c) => `v${c}`).join(',')}\n`);
    const result = await read(path);
    expectConsistent(result);
    expect(result.tickets).toHaveLength(1);
    expect(Object.keys(result.tickets[0]?.fields ?? {})).toHaveLength(100_000);
  });

  it('readExports(100,000 columns, no text column) throws a short InputError', async () => {
    const cols = Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',');
    const err = await read(tmp.write('wide-notext.csv', `${cols}\n${cols}\n`)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message.length).toBeLessThan(1000);
  });

  it('readExports(200k-row GBK file with duplicates, bad times, broken quotes and a UTF-8 line) accounts for every row', async () => {
    const lines = ['工单编号,投诉内容,受理时间'];
    let broken = 0;
    for (let i = 0; i < 200_000; i++) {
      const id = i % 50 === 0 ? `T${i - 1}` : `T${i}`;
      const time = i % 97 === 0 ? '2024-02-30' : i % 89 === 0 ? '' : `2024-03-${String((i % 28) + 1).padStart(2, '0')} 08:00`;
      if (i % 10_007 === 0) {
        broken++;
        lines.push(`${id},"用户反映${i}号小区宽带掉线,${time}`);
      } else lines.push(`${id},用户反映${i}号小区宽带掉线，网速慢,${time}`);
    }
    const path = tmp.write('200k.csv', iconv.encode(`${lines.join('\r\n')}\r\n`, 'gbk'));
    const result = await read(path);
    expectConsistent(result);
    expect(result.rowsRead).toBe(200_000);
    expect(result.rejects.filter((r) => /quot/.test(r.reason))).toHaveLength(broken);
    expect(result.tickets.every((t) => t.text.startsWith('用户反映'))).toBe(true);
  });

  it('parseCsv(200k rows, every 1,000th opening a quote) keeps going and rejects only those rows', () => {
    const lines = ['id,text,time'];
    for (let i = 1; i <= 200_000; i++) lines.push(i % 1000 === 0 ? `${i},"坏引号,2024-03-01` : `${i},正常,2024-03-01`);
    const table = parseCsv(lines.join('\n'));
    expect(table.rows).toHaveLength(200_000);
    expect(table.rows.filter((r) => r.problem !== undefined)).toHaveLength(200);
  });
});
