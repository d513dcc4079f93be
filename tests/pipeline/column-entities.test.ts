import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/core/ticket.js';
import { columnEntities, withColumnEntities } from '../../src/pipeline/column-entities.js';
import type { NewWord } from '../../src/segment/discover-new-words.js';

const ticket = (id: string, entity?: string): Ticket => ({ id, text: '自动续保扣费', time: 0, fields: {}, ...(entity === undefined ? {} : { entity }) });
const word = (w: string, kind: 'entity' | 'word' = 'word'): NewWord => ({ word: w, tickets: 3, cohesion: 50, entropy: 2, score: 1, kind, pinned: false });

describe('columnEntities', () => {
  it('columnEntities(tickets) counts the normalized Chinese values of the entity column', () => {
    const counts = columnEntities([ticket('1', '泓安'), ticket('2', '泓安'), ticket('3', 'ＸＹ財險'), ticket('4'), ticket('5', 'EQUIFAX'), ticket('6', '很长的一句话不是名字而是一段对投诉对象的描述')], true);
    expect([...counts]).toEqual([
      ['泓安', 2],
      ['XY财险', 1],
    ]);
  });

  it('columnEntities(tickets) leaves out values holding personal data', () => {
    const counts = columnEntities([ticket('1', '张三13812345678'), ticket('2', '张三13812345678'), ticket('3', '李四a@b.com'), ticket('4', '青禾')], true);
    expect([...counts.keys()]).toEqual(['青禾']);
  });
});

describe('withColumnEntities', () => {
  it('withColumnEntities(found, column) adds values two tickets give as entities and marks found ones as entities', () => {
    const out = withColumnEntities([word('泓安'), word('续保')], new Map([['泓安', 5], ['澜亭银行', 3], ['青禾', 1], ['禁词', 4]]), new Set(['禁词']));
    expect(out.map((w) => [w.word, w.kind, w.tickets])).toEqual([
      ['泓安', 'entity', 3],
      ['续保', 'word', 3],
      ['澜亭银行', 'entity', 3],
    ]);
  });

  it('withColumnEntities(found, empty column) returns the found words unchanged', () => {
    const found = [word('续保')];
    expect(withColumnEntities(found, new Map())).toEqual(found);
  });
});

describe('analyze(an export with an entity column)', () => {
  it('groups by the entity the column names, though the texts never name it and it has no firm suffix', async () => {
    const { analyze } = await import('../../src/analyze.js');
    const { loadModels } = await import('../../src/models/load-models.js');
    const { createMemoryHistoryStore } = await import('../../src/history/create-memory-history-store.js');
    const { rowsToTickets } = await import('../../src/read/rows-to-tickets.js');
    const renew = ['没经过同意就自动续保扣了钱', '医疗险到期被自动续保扣款，要求退款被拒', '自动续保扣了八百多，客服说不能退', '找不到取消自动续保的入口，又被扣款了'];
    const collect = ['催收电话打到我单位，骚扰同事', '逾期三天就爆通讯录催收', '催收人员辱骂我的家人', '天天催收电话轰炸亲戚朋友'];
    const rows = [
      ...Array.from({ length: 16 }, (_, i) => ({ row: i + 1, values: { 对象: '泓安', 内容: `${renew[i % 4]}，第${i + 1}次了。` } })),
      ...Array.from({ length: 16 }, (_, i) => ({ row: i + 17, values: { 对象: '青禾', 内容: `${collect[i % 4]}，第${i + 1}次了。` } })),
    ];
    const { tickets } = rowsToTickets(rows, { text: ['内容'], entity: '对象' }, { defaultTime: 0 });
    const read = { files: ['x.csv'], tickets, rejects: [], duplicates: 0, rowsRead: tickets.length, undated: true };
    const result = await analyze(read, {}, { models: await loadModels(), history: createMemoryHistoryStore(), now: new Date('2026-12-01T00:00:00Z') });
    const entities = result.report.issues.map((i) => i.entity);
    expect(entities).toContain('泓安');
    expect(entities).toContain('青禾');
    const hongan = result.report.issues.find((i) => i.entity === '泓安')!;
    expect(hongan.label.startsWith('泓安 · ')).toBe(true);
    expect(hongan.tickets).toBeGreaterThanOrEqual(12);
    expect(result.report.newWords?.find((w) => w.word === '泓安')?.kind).toBe('entity');
  }, 60_000);
});
