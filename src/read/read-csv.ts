import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { InputError } from '../core/errors.js';
import { CsvHeaderError, CsvRecordSink, CsvRestart, DEFAULT_MAX_RECORD_CHARS } from './csv-records.js';
import { decodeTextChunks, type DecodeStats } from './decode-text-chunks.js';
import { detectEncoding, type TextEncoding } from './detect-encoding.js';
import { resolveDelimiter, type CsvParseOptions } from './parse-csv.js';
import type { RawRow, RawRowStream } from './raw-row.js';

/** Options of {@link readCsv}. */
export interface CsvReadOptions extends CsvParseOptions {
  /** `auto` (default): BOM, else valid UTF-8, else GB18030. */
  encoding?: 'auto' | TextEncoding;
}

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

/** The file decoded to text chunks as it streams, line endings folded to LF (see {@link decodeTextChunks}). */
function decodedChunks(path: string, encoding: TextEncoding, gb18030Fallback: boolean, stats: DecodeStats): AsyncGenerator<string> {
  const bytes = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }) as AsyncIterable<Buffer>;
  return decodeTextChunks(bytes, encoding, { gb18030Fallback, stats });
}

/**
 * Skips `afterLine` lines, then blank lines, then one non-blank line (the bad one, reported through `onBad` with
 * its 1-based number), and streams the rest.
 */
async function* resumeAfter(chunks: AsyncIterable<string>, afterLine: number, onBad: (line: number) => void): AsyncGenerator<string> {
  let line = 0;
  let inBad = false;
  let currentBlank = true;
  let done = false;
  for await (const chunk of chunks) {
    if (done) {
      yield chunk;
      continue;
    }
    let pos = 0;
    while (!done) {
      const nl = chunk.indexOf('\n', pos);
      const piece = chunk.slice(pos, nl < 0 ? chunk.length : nl);
      if (line >= afterLine && !inBad && piece.trim() !== '') {
        inBad = true;
        currentBlank = false;
      }
      if (nl < 0) break;
      line++;
      pos = nl + 1;
      if (inBad && !currentBlank) {
        onBad(line);
        done = true;
        if (pos < chunk.length) yield chunk.slice(pos);
      }
    }
  }
  if (inBad && !done) onBad(line + 1);
}

/**
 * Streams a CSV/TSV export from disk: encoding detected from the first bytes (UTF-8 BOM, UTF-16 BOM, valid UTF-8,
 * else GB18030) and decoded as a stream, so a 2 GB export never sits in memory. With `encoding: 'auto'` and UTF-8
 * detected, a line that is not valid UTF-8 is read as GB18030 (counted in `decodeStats`). CRLF and CR line endings
 * are read as LF, also when mixed in one file. Bad rows come out with a
 * `problem`; an unclosed quote costs only its row (the file is re-read from the line after it).
 * Throws {@link InputError} when the file cannot be read or its header row is broken.
 */
export async function readCsv(
  path: string,
  options: CsvReadOptions = {},
): Promise<RawRowStream & { encoding: TextEncoding; decodeStats: DecodeStats }> {
  const head = await readHead(path);
  const auto = options.encoding === undefined || options.encoding === 'auto';
  const encoding = auto ? detectEncoding(head) : (options.encoding as TextEncoding);
  const decodeStats: DecodeStats = { gb18030Lines: 0 };
  const headText = iconv.decode(Buffer.from(head), encoding).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const nl = headText.indexOf('\n');
  const delimiter = resolveDelimiter(options.delimiter, nl < 0 ? headText : headText.slice(0, nl));
  const sink = new CsvRecordSink(delimiter, options.maxRecordChars ?? DEFAULT_MAX_RECORD_CHARS);
  const inflight: RawRow[] = [];
  sink.inflight = inflight;

  async function* rows(): AsyncGenerator<RawRow> {
    let resumeLine: number | undefined;
    let restartCode = '';
    for (;;) {
      // Each pass re-reads the file from its start, so the count of the last pass covers the whole file.
      decodeStats.gb18030Lines = 0;
      let source: AsyncIterable<string> = decodedChunks(path, encoding, auto, decodeStats);
      // The dropped line of a restart is known once the resumed source has been read up to it; emitted right after.
      const dropped: RawRow[] = [];
      if (resumeLine !== undefined) {
        const code = restartCode;
        source = resumeAfter(source, resumeLine, (line) => dropped.push(sink.dropLine(line, code)));
      }
      const parser = parse(sink.parseOptions());
      Readable.from(source)
        .on('error', (err) => parser.destroy(err))
        .pipe(parser);
      try {
        for await (const row of parser as AsyncIterable<RawRow>) {
          inflight.shift();
          yield* dropped.splice(0);
          yield* sink.takePending(row.row);
          yield row;
        }
        yield* dropped.splice(0);
        yield* sink.takePending();
        return;
      } catch (err) {
        // Rows parsed before the failure but still buffered in the destroyed parser come out here, in row order.
        yield* [...dropped.splice(0), ...sink.takePending(), ...inflight.splice(0)].sort((a, b) => a.row - b.row);
        if (err instanceof CsvHeaderError) throw new InputError(path, err.message, undefined, { cause: err });
        if (!(err instanceof CsvRestart)) throw err;
        if (sink.headers === undefined) throw new InputError(path, new CsvHeaderError(err.errorCode).message);
        resumeLine = sink.lastLine;
        restartCode = err.errorCode;
      }
    }
  }

  const iterator = rows();
  const first = await iterator.next();
  async function* all(): AsyncGenerator<RawRow> {
    if (first.done) return;
    yield first.value;
    yield* iterator;
  }
  return { headers: sink.headers ?? [], rows: all(), encoding, decodeStats };
}
