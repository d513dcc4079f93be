import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { jsonlHeaders, parseJsonlLine } from './parse-jsonl.js';
import type { RawRow, RawRowStream } from './raw-row.js';
import { readHead } from './read-csv.js';

/**
 * Streams a JSONL/NDJSON export (UTF-8) line by line. Headers are the keys of the first `sampleRows` objects
 * (rows later in the file may carry more keys; those land in the ticket's `fields`). Throws `InputError` when the
 * file cannot be read.
 */
export async function readJsonl(path: string, options: { sampleRows?: number } = {}): Promise<RawRowStream> {
  await readHead(path, 1);
  const sampleSize = options.sampleRows ?? 200;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const sample: RawRow[] = [];
  let line = 0;
  while (sample.length < sampleSize) {
    const next = await iterator.next();
    if (next.done) break;
    const row = parseJsonlLine(next.value, ++line);
    if (row) sample.push(row);
  }
  async function* rows(): AsyncGenerator<RawRow> {
    yield* sample;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      const row = parseJsonlLine(next.value, ++line);
      if (row) yield row;
    }
  }
  return { headers: jsonlHeaders(sample), rows: rows() };
}
