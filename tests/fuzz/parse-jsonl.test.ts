import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonl } from '../../src/read/parse-jsonl.js';
import { rowsToTickets } from '../../src/read/rows-to-tickets.js';
import { fuzzRuns, hostileText } from './fuzz-helpers.js';

describe('parseJsonl and rowsToTickets under hostile input', () => {
  it('parseJsonl(random lines) gives one row per non-blank line, numbered by line, bad ones with a reason', () => {
    const line = fc.oneof(
      hostileText(6),
      fc.json(),
      fc.dictionary(hostileText(2), fc.oneof(hostileText(4), fc.integer(), fc.constant(null), fc.jsonValue())).map((o) => JSON.stringify(o)),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), (lines) => {
        const text = lines.join('\n');
        const table = parseJsonl(text);
        const physical = text.split('\n');
        const expectedRows = physical.flatMap((l, i) => (l.replace(/^\uFEFF/, '').trim() === '' ? [] : [i + 1]));
        expect(table.rows.map((r) => r.row)).toEqual(expectedRows);
        for (const r of table.rows) {
          if (r.problem !== undefined) expect(r.problem).toMatch(/^bad JSON line: expected a JSON object, got \S/);
          for (const v of Object.values(r.values)) expect(typeof v).toBe('string');
        }
      }),
      fuzzRuns(300),
    );
  });

  it('rowsToTickets(random rows, random mapping) maps each row to exactly one ticket or reject', () => {
    const column = fc.constantFrom('id', 'text', 'time', 'constructor', 'toString', '__proto__', 'valueOf', 'x');
    const values = fc.dictionary(column, fc.oneof(hostileText(4), fc.constantFrom('2024-03-01', '2999-12-31', '')));
    const rows = fc.array(fc.record({ values, problem: fc.option(fc.constantFrom('wrong column count: x'), { nil: undefined }) }), { maxLength: 10 });
    fc.assert(
      fc.property(rows, column, column, fc.option(column, { nil: undefined }), (raw, text, time, id) => {
        const numbered = raw.map((r, i) => ({ row: i + 1, values: r.values, ...(r.problem === undefined ? {} : { problem: r.problem }) }));
        const out = rowsToTickets(numbered, { text: [text], time, ...(id === undefined ? {} : { id }) });
        expect(out.tickets.length + out.rejects.length).toBe(raw.length);
        for (const t of out.tickets) {
          expect(typeof t.text).toBe('string');
          expect(t.text.trim()).not.toBe('');
          expect(typeof t.id).toBe('string');
          expect(Number.isInteger(t.time)).toBe(true);
        }
        for (const r of out.rejects) expect(r.reason.trim()).not.toBe('');
      }),
      fuzzRuns(400),
    );
  });
});
