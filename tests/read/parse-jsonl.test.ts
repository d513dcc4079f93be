import { describe, expect, it } from 'vitest';
import { parseJsonl } from '../../src/read/parse-jsonl.js';
import type { RawRow } from '../../src/read/raw-row.js';
import { readJsonl } from '../../src/read/read-jsonl.js';
import { useTempDir } from './temp-dir.js';

const tmp = useTempDir();
const TEXT = [
  '{"id":"a1","text":"宽带掉线","time":"2024-03-01","score":3,"meta":{"x":1},"note":null}',
  '',
  '{"id":"a2","text":"信号差"',
  '[1,2]',
  '{"id":"a3","text":"扣费","extra":"y"}',
].join('\n');

describe('parseJsonl', () => {
  it('parseJsonl(text) numbers rows by line, stringifies values, and marks bad lines', () => {
    const table = parseJsonl(TEXT);
    expect(table.headers).toEqual(['id', 'text', 'time', 'score', 'meta', 'note', 'extra']);
    expect(table.rows.map((r) => r.row)).toEqual([1, 3, 4, 5]);
    expect(table.rows[0]?.values).toEqual({ id: 'a1', text: '宽带掉线', time: '2024-03-01', score: '3', meta: '{"x":1}', note: '' });
    expect(table.rows[1]?.problem).toMatch(/^bad JSON line: expected a JSON object, got invalid JSON/);
    expect(table.rows[2]?.problem).toBe('bad JSON line: expected a JSON object, got an array');
    expect(table.rows[3]?.problem).toBeUndefined();
  });
});

describe('readJsonl', () => {
  it('readJsonl(file) streams the same rows as parseJsonl', async () => {
    const stream = await readJsonl(tmp.write('t.jsonl', TEXT));
    const rows: RawRow[] = [];
    for await (const row of stream.rows) rows.push(row);
    expect(rows).toEqual(parseJsonl(TEXT).rows);
    expect(stream.headers).toEqual(parseJsonl(TEXT).headers);
  });

  it('readJsonl(file, { sampleRows }) takes headers from the sample only', async () => {
    const stream = await readJsonl(tmp.write('s.jsonl', '{"a":"1"}\n{"b":"2"}\n'), { sampleRows: 1 });
    expect(stream.headers).toEqual(['a']);
    const rows: RawRow[] = [];
    for await (const row of stream.rows) rows.push(row);
    expect(rows).toHaveLength(2);
  });
});
