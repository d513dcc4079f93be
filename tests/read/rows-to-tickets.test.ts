import { describe, expect, it } from 'vitest';
import { rowsToTickets, quoteValue } from '../../src/read/rows-to-tickets.js';
import type { RawRow } from '../../src/read/raw-row.js';
import { UNDATED_TIME } from '../../src/core/ticket.js';

const map = { id: 'no', text: ['问题', '补充'], time: 'when', customer: 'cust', region: 'city', channel: 'ch', category: 'cat' };
const row = (n: number, values: Record<string, string>, problem?: string): RawRow => (problem === undefined ? { row: n, values } : { row: n, values, problem });

describe('rowsToTickets', () => {
  it('rowsToTickets(rows, map) joins text columns, maps roles and keeps the other columns in fields', () => {
    const { tickets, rejects } = rowsToTickets(
      [row(1, { no: 'T1', 问题: '宽带掉线', 补充: '每天晚上', when: '2024-03-01 08:00', cust: 'C1', city: '广州', ch: '10010', cat: '宽带', 备注: '急', 空: '' })],
      map,
    );
    expect(rejects).toEqual([]);
    expect(tickets).toEqual([
      {
        id: 'T1',
        text: '宽带掉线\n每天晚上',
        time: Date.parse('2024-03-01T00:00:00Z'),
        customerId: 'C1',
        region: '广州',
        channel: '10010',
        category: '宽带',
        fields: { 备注: '急' },
      },
    ]);
  });

  it('rowsToTickets(rows, map) rejects each kind of bad row with its reason', () => {
    const { tickets, rejects } = rowsToTickets(
      [
        row(1, { no: 'a', 问题: '', 补充: ' ', when: '2024-03-01' }),
        row(2, { no: 'b', 问题: '掉线', when: '2024-02-30' }),
        row(3, { no: 'c', 问题: '掉线', when: '' }),
        row(4, { no: 'd', 问题: 'x'.repeat(11), when: '2024-03-01' }),
        row(5, {}, 'wrong column count: expected 3 fields, got 2'),
        row(6, { no: 'f', 问题: '掉线', when: '13812345678' }),
        row(7, { no: 'g', 问题: '掉线', when: '2024-03-01' }),
      ],
      map,
      { maxTextLength: 10 },
      'x.csv',
    );
    expect(tickets.map((t) => t.id)).toEqual(['g']);
    expect(rejects.map((r) => [r.file, r.row, r.reason.split(':')[0]])).toEqual([
      ['x.csv', 1, 'no text'],
      ['x.csv', 2, 'unparseable time'],
      ['x.csv', 3, 'no time'],
      ['x.csv', 4, 'text too long'],
      ['x.csv', 5, 'wrong column count'],
      ['x.csv', 6, 'unparseable time'],
    ]);
    expect(rejects[3]?.reason).toBe('text too long: 11 characters, limit 10');
    expect(rejects[5]?.reason).not.toContain('13812345678');
  });

  it('rowsToTickets(rows, map without id) makes ids from the file name and row; empty ids too', () => {
    const { tickets } = rowsToTickets(
      [row(1, { 问题: '掉线', when: '2024-03-01' }), row(2, { no: '', 问题: '没信号', when: '2024-03-01' })],
      { id: 'no', text: ['问题'], time: 'when' },
      {},
      'data/a.csv',
      'a.csv',
    );
    expect(tickets.map((t) => t.id)).toEqual(['a.csv#1', 'a.csv#2']);
  });

  it('rowsToTickets(rows, map without time) uses defaultTime, else the undated placeholder', () => {
    const rows = [row(1, { 问题: '掉线' })];
    expect(rowsToTickets(rows, { text: ['问题'] }, { defaultTime: 1000 }).tickets[0]?.time).toBe(1000);
    expect(rowsToTickets(rows, { text: ['问题'] }).tickets[0]?.time).toBe(UNDATED_TIME);
  });

  it('rowsToTickets(rows, map with title) puts the subject line first on its own line and keeps it as title', () => {
    const { tickets, rejects } = rowsToTickets(
      [
        row(1, { 主题: '小区 4G\n信号差', 问题: '晚上打不了电话' }),
        row(2, { 主题: '', 问题: '宽带掉线' }),
        row(3, { 主题: '只有标题', 问题: '' }),
        row(4, { 主题: '', 问题: '' }),
      ],
      { text: ['问题'], title: '主题' },
      { defaultTime: 0 },
    );
    expect(tickets.map((t) => [t.text, t.title])).toEqual([
      ['小区 4G 信号差\n晚上打不了电话', '小区 4G 信号差'],
      ['宽带掉线', undefined],
    ]);
    expect(tickets[0]?.fields).toEqual({});
    expect(rejects.map((r) => [r.row, r.reason.split(':')[0]])).toEqual([
      [3, 'no text'],
      [4, 'no text'],
    ]);
  });

  it('rowsToTickets(rows, map with entity) starts the subject line with a Chinese entity and keeps every entity', () => {
    const { tickets } = rowsToTickets(
      [
        row(1, { 对象: '泓安 财险', 主题: '自动续保', 问题: '没同意就扣了798' }),
        row(2, { 对象: '泓安', 主题: '', 问题: '续保扣款不退' }),
        row(3, { 对象: 'EQUIFAX, INC.', 主题: 'Incorrect information', 问题: 'my report is wrong' }),
        row(4, { 对象: '', 主题: '', 问题: '宽带掉线' }),
      ],
      { text: ['问题'], title: '主题', entity: '对象' },
      { defaultTime: 0 },
    );
    expect(tickets.map((t) => [t.text, t.title, t.entity])).toEqual([
      ['泓安 财险：自动续保\n没同意就扣了798', '泓安 财险：自动续保', '泓安 财险'],
      ['泓安\n续保扣款不退', '泓安', '泓安'],
      ['Incorrect information\nmy report is wrong', 'Incorrect information', 'EQUIFAX, INC.'],
      ['宽带掉线', undefined, undefined],
    ]);
    expect(tickets.every((t) => !('对象' in t.fields))).toBe(true);
  });

  it('quoteValue(value) masks long digit runs and e-mail addresses', () => {
    expect(quoteValue('a@b.com 110101199003071234')).toBe('"<email> ########"');
  });
});
