import iconv from 'iconv-lite';
import type { TextEncoding } from './detect-encoding.js';

/** What decoding noticed: lines that were not valid UTF-8 and were read as GB18030 instead. */
export interface DecodeStats {
  gb18030Lines: number;
}

const NEW_LINE = 0x0a;

/**
 * Line-ending folding across chunks: CRLF and lone CR become LF, so a file with mixed line endings (exports
 * concatenated from two systems) keeps one record per line, and line counting for restarts sees every line.
 */
function eolFolder(): (text: string) => string {
  let afterCr = false;
  return (text) => {
    let s = afterCr && text.startsWith('\n') ? text.slice(1) : text;
    afterCr = s.endsWith('\r');
    if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
    return s;
  };
}

/**
 * UTF-8 lines with a GB18030 fallback per line: a GBK line pasted into a UTF-8 export is read as GB18030 instead of
 * turning into U+FFFD (newline bytes never occur inside a GB18030 character, so lines split safely on 0x0A).
 */
function utf8WithFallback(stats: DecodeStats): (bytes: Uint8Array) => string {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const tryUtf8 = (bytes: Uint8Array): string | undefined => {
    try {
      return strict.decode(bytes);
    } catch {
      return undefined;
    }
  };
  return (bytes) => {
    const whole = tryUtf8(bytes);
    if (whole !== undefined) return whole;
    const parts: string[] = [];
    let start = 0;
    while (start < bytes.length) {
      const nl = bytes.indexOf(NEW_LINE, start);
      const end = nl < 0 ? bytes.length : nl + 1;
      const line = bytes.subarray(start, end);
      const text = tryUtf8(line);
      if (text === undefined) {
        stats.gb18030Lines++;
        parts.push(iconv.decode(Buffer.from(line.buffer, line.byteOffset, line.byteLength), 'gb18030'));
      } else parts.push(text);
      start = end;
    }
    return parts.join('');
  };
}

/**
 * Decodes a byte stream to text chunks with line endings folded to LF; a leading BOM is dropped.
 * `gb18030Fallback` (UTF-8 only) reads lines that are not valid UTF-8 as GB18030 and counts them in `stats`.
 * Characters split across chunks are joined.
 */
export async function* decodeTextChunks(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncoding,
  options: { gb18030Fallback?: boolean; stats?: DecodeStats } = {},
): AsyncGenerator<string> {
  const fold = eolFolder();
  let first = true;
  const emit = (text: string): string => {
    if (first && text !== '') {
      first = false;
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    return fold(text);
  };
  if (encoding !== 'utf8' || options.gb18030Fallback !== true) {
    const decoder = iconv.getDecoder(encoding, { stripBOM: false });
    for await (const chunk of chunks) {
      const text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      if (text !== '') yield emit(text);
    }
    const tail = decoder.end() ?? '';
    if (tail !== '') yield emit(tail);
    return;
  }
  const decode = utf8WithFallback(options.stats ?? { gb18030Lines: 0 });
  let rest: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    const bytes = rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
    const cut = bytes.lastIndexOf(NEW_LINE);
    if (cut < 0) {
      rest = bytes;
      continue;
    }
    rest = bytes.subarray(cut + 1);
    yield emit(decode(bytes.subarray(0, cut + 1)));
  }
  if (rest.length > 0) yield emit(decode(rest));
}
