import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { Messages } from '../../src/core/messages.js';
import type { ReadResult } from '../../src/core/ticket.js';
import { readExports } from '../../src/read/read-exports.js';
import { useTempDir } from '../read/temp-dir.js';
import { fuzzRuns, hostileText, messyCsv, withinBudget } from './fuzz-helpers.js';

const tmp = useTempDir();
let fileNo = 0;
const write = (ext: string, data: string | Uint8Array): string => tmp.write(`f${fileNo++}.${ext}`, data);

/** readExports or the InputError it may throw for a whole-file problem; anything else fails the property. */
async function readOrInputError(paths: string[], messages = new Messages()): Promise<ReadResult | InputError> {
  try {
    return await withinBudget(readExports(paths, {}, messages), 15_000, 'readExports');
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
}

/** The invariants of the brief: counts add up, every reject says why, accepted ids are unique. */
function expectConsistent(result: ReadResult): void {
  expect(result.rowsRead).toBe(result.tickets.length + result.rejects.length + result.duplicates);
  for (const reject of result.rejects) expect(reject.reason.trim()).not.toBe('');
  expect(new Set(result.tickets.map((t) => t.id)).size).toBe(result.tickets.length);
  for (const t of result.tickets) {
    expect(t.text.trim()).not.toBe('');
    expect(Number.isInteger(t.time)).toBe(true);
  }
}

describe('readExports under hostile input', () => {
  it('readExports(header + random bytes) ends in a consistent result or an InputError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 1500 }), fc.constantFrom('csv', 'tsv', 'jsonl'), async (bytes, ext) => {
        const head = ext === 'jsonl' ? '' : ext === 'tsv' ? 'id\ttext\ttime\n' : 'id,text,time\n';
        const out = await readOrInputError([write(ext, Buffer.concat([Buffer.from(head), bytes]))]);
        if (!(out instanceof InputError)) expectConsistent(out);
      }),
      fuzzRuns(200),
    );
  });

  it('readExports(messy CSV) ends in a consistent result or an empty-export InputError', async () => {
    await fc.assert(
      fc.asyncProperty(messyCsv(), fc.constantFrom('utf8', 'gbk', 'utf16le'), async (text, encoding) => {
        const bytes = encoding === 'utf16le' ? iconv.encode(text, 'utf16le', { addBOM: true }) : iconv.encode(text, encoding);
        const out = await readOrInputError([write('csv', bytes)]);
        if (out instanceof InputError) expect(out.message).toMatch(/empty export/);
        else expectConsistent(out);
      }),
      fuzzRuns(200),
    );
  });

  it('readExports(well-formed rows of hostile Unicode) accepts every row with a text and keeps its text', async () => {
    const row = fc.record({ id: fc.stringMatching(/^[A-Za-z0-9]{1,6}$/), text: hostileText(8), future: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(row, { minLength: 1, maxLength: 20, selector: (r) => r.id }), async (rows) => {
        const quote = (s: string): string => `"${s.replaceAll('"', '""')}"`;
        const lines = rows.map((r) => `${r.id},${quote(r.text)},${r.future ? '2999-12-31 23:59' : '2024-03-01 08:00'}`);
        const out = await readOrInputError([write('csv', `id,text,time\n${lines.join('\n')}\n`)]);
        if (out instanceof InputError) throw out;
        expectConsistent(out);
        expect(out.rowsRead).toBe(rows.length);
        const kept = (s: string): string => Buffer.from(s).toString().replace(/\r\n?/g, '\n').trim();
        const expected = rows.filter((r) => kept(r.text) !== '');
        expect(out.tickets.map((t) => [t.id, t.text])).toEqual(expected.map((r) => [r.id, kept(r.text)]));
      }),
      fuzzRuns(120),
    );
  });

  it('readExports(files sharing ids) counts every repeat as a duplicate and keeps the first', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 3 }), async (files) => {
        const paths = files.map((ids, f) => write('csv', `id,text,time\n${ids.map((id) => `T${id},文件${f}的投诉,2024-03-01`).join('\n')}\n`));
        const out = await readOrInputError(paths);
        if (out instanceof InputError) throw out;
        expectConsistent(out);
        const all = files.flat();
        expect(out.tickets.length).toBe(new Set(all).size);
        expect(out.duplicates).toBe(all.length - new Set(all).size);
        const firstFile = new Map<number, number>();
        files.forEach((ids, f) => ids.forEach((id) => firstFile.has(id) || firstFile.set(id, f)));
        for (const t of out.tickets) expect(t.text).toBe(`文件${firstFile.get(Number(t.id.slice(1)))}的投诉`);
      }),
      fuzzRuns(60),
    );
  });

  it('readExports(missing, empty, future or impossible times) rejects only rows without a usable time', async () => {
    const time = fc.constantFrom('', ' ', '2999-01-01', '9999-12-31 23:59:59', '2024-02-30', '25:00', 'tomorrow', '2024-03-01T08:00:00+08:00', '1e400', '99999999999999999999');
    await fc.assert(
      fc.asyncProperty(fc.array(time, { minLength: 1, maxLength: 12 }), async (times) => {
        const out = await readOrInputError([write('csv', `id,text,time\n${times.map((t, i) => `${i},掉线,${t}`).join('\n')}\n`)]);
        if (out instanceof InputError) throw out;
        expectConsistent(out);
        expect(out.rowsRead).toBe(times.length);
        for (const r of out.rejects) expect(r.reason).toMatch(/time/);
      }),
      fuzzRuns(80),
    );
  });

  it('readExports(empty, blank, header-only or text-less files) throws an InputError naming the file', async () => {
    const cases: Array<[string, string | Uint8Array]> = [
      ['csv', ''],
      ['csv', '\uFEFF'],
      ['csv', '\r\n\r\n'],
      ['csv', 'id,text,time\n'],
      ['csv', 'id,text,time\r\n\r\n'],
      ['jsonl', ''],
      ['jsonl', '\n\n'],
      ['csv', 'a,b,c\n1,2,3\n'],
      ['csv', '"id,text\n1,2\n'],
    ];
    for (const [ext, data] of cases) {
      const path = write(ext, data);
      const out = await readOrInputError([path]);
      expect(out).toBeInstanceOf(InputError);
      expect((out as InputError).file).toBe(path);
    }
  });
});
