import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { parseOptions } from '../core/parse-options.js';
import { jsonlHeaders, parseJsonlLine } from './parse-jsonl.js';
import { rawRowStream, type RawRow, type RawRowStream } from './raw-row.js';
import { readHead } from './read-csv.js';
import { readOptionsSchema } from './read-options.js';

/** Options of {@link readJsonl}: how many leading rows give the headers (200). */
export const jsonlReadOptionsSchema = z.strictObject({ sampleRows: readOptionsSchema.shape.sampleRows });

/**
 * Streams a JSONL/NDJSON export (UTF-8) line by line. Headers are the keys of the first `sampleRows` objects
 * (rows later in the file may carry more keys; those land in the ticket's `fields`). Throws `InputError` when the
 * file cannot be read.
 */
export async function readJsonl(path: string, options: z.input<typeof jsonlReadOptionsSchema> = {}): Promise<RawRowStream> {
  const sampleSize = parseOptions(jsonlReadOptionsSchema, options, 'read').sampleRows;
  await readHead(path, 1);
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
  async function* batches(): AsyncGenerator<RawRow[]> {
    if (sample.length > 0) yield sample;
    let batch: RawRow[] = [];
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const row = parseJsonlLine(next.value, ++line);
      if (row) batch.push(row);
      if (batch.length >= 1024) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }
  return rawRowStream(jsonlHeaders(sample), batches());
}
