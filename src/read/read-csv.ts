import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { z } from 'zod';
import { InputError } from '../core/errors.js';
import { parseOptions } from '../core/parse-options.js';
import { CsvHeaderError } from './csv-records.js';
import { CsvScanner } from './csv-scanner.js';
import { decodeTextChunks, type DecodeStats } from './decode-text-chunks.js';
import { detectEncoding, type TextEncoding } from './detect-encoding.js';
import { csvParseOptionsSchema, firstLine, resolveDelimiter } from './parse-csv.js';
import { prefetchFirstBatch, rawRowStream, type RawRow, type RawRowStream } from './raw-row.js';

/** Options of {@link readCsv}: those of `parseCsv` and the encoding, `auto` (default): BOM, else valid UTF-8, else GB18030. */
export const csvReadOptionsSchema = csvParseOptionsSchema.extend({
  encoding: z.enum(['auto', 'utf8', 'gb18030', 'utf16le', 'utf16be'] satisfies Array<'auto' | TextEncoding>).default('auto'),
});

/** Options of {@link readCsv} as a caller passes them. */
export type CsvReadOptions = z.input<typeof csvReadOptionsSchema>;

/** Bytes looked at to pick the encoding: large enough to reach the Chinese text of most exports. */
const SNIFF_BYTES = 1 << 20;

/** Opens `path` and reads its first bytes; a missing or unreadable file is an {@link InputError}. */
export async function readHead(path: string, bytes = SNIFF_BYTES): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    throw new InputError(path, `expected a readable file, got ${(err as NodeJS.ErrnoException).code ?? String(err)}`, undefined, { cause: err });
  }
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } catch (err) {
    throw new InputError(path, `expected a readable file, got ${(err as NodeJS.ErrnoException).code ?? String(err)}`, undefined, { cause: err });
  } finally {
    await handle.close();
  }
}

/** Bytes read from disk at a time: larger reads cut per-chunk overhead in decoding and parsing. */
const READ_CHUNK_BYTES = 1 << 20;

/** The file decoded to text chunks as it streams (see {@link decodeTextChunks}). */
function decodedChunks(path: string, encoding: TextEncoding, gb18030Fallback: boolean, stats: DecodeStats): AsyncGenerator<string> {
  const bytes = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }) as AsyncIterable<Buffer>;
  return decodeTextChunks(bytes, encoding, { gb18030Fallback, stats });
}

/**
 * Streams a CSV/TSV export from disk: encoding detected from the first bytes (UTF-8 BOM, UTF-16 BOM, valid UTF-8,
 * else GB18030) and decoded as a stream, so a 2 GB export never sits in memory. With `encoding: 'auto'` and UTF-8
 * detected, a line that is not valid UTF-8 is read as GB18030 (counted in `decodeStats`). CRLF, LF and CR line
 * endings are all read, also when mixed in one file. Bad rows come out with a `problem`; an unclosed quote costs
 * only its row (the scanner resumes on the line after it, in one pass). Rows are the ones `parseCsv` gives for the
 * decoded text. Throws {@link InputError} when the file cannot be read or its header row is broken.
 */
export async function readCsv(
  path: string,
  options: CsvReadOptions = {},
): Promise<RawRowStream & { encoding: TextEncoding; decodeStats: DecodeStats }> {
  const o = parseOptions(csvReadOptionsSchema, options, 'read');
  const head = await readHead(path);
  const auto = o.encoding === 'auto';
  const encoding = o.encoding === 'auto' ? detectEncoding(head) : o.encoding;
  const decodeStats: DecodeStats = { gb18030Lines: 0 };
  const headText = iconv.decode(Buffer.from(head), encoding).replace(/^\uFEFF/, '');
  const scanner = new CsvScanner(resolveDelimiter(o.delimiter, firstLine(headText)), o.maxRecordChars);

  // Batches as the scanner hands them out (a decoded megabyte's rows), not row by row: one await per batch.
  async function* batches(): AsyncGenerator<RawRow[]> {
    try {
      for await (const chunk of decodedChunks(path, encoding, auto, decodeStats)) {
        scanner.push(chunk);
        if (scanner.rows.length > 0) yield scanner.takeRows();
      }
      scanner.end();
      const last = scanner.takeRows();
      if (last.length > 0) yield last;
    } catch (err) {
      if (err instanceof CsvHeaderError) throw new InputError(path, err.detail, undefined, { cause: err });
      throw err;
    }
  }

  // The first batch is read now, so the headers are known when this resolves.
  const all = await prefetchFirstBatch(batches());
  return { ...rawRowStream(scanner.headers ?? [], all), encoding, decodeStats };
}
