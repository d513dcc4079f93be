/** Text encodings the CSV reader decodes. */
export type TextEncoding = 'utf8' | 'gb18030' | 'utf16le' | 'utf16be';

/**
 * Picks the encoding of a file from its first bytes: a UTF-8 / UTF-16 byte-order mark wins; else UTF-8 when the
 * bytes are valid UTF-8 (a sequence cut at the end of the sample is allowed); else GB18030, the superset of GBK
 * and GB2312 that Chinese ticket systems export.
 */
export function detectEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf8';
  } catch {
    return 'gb18030';
  }
}

/** Picks the field delimiter from the header line: tab, comma, semicolon or bar, whichever occurs most outside quotes. */
export function detectDelimiter(headerLine: string): ',' | '\t' | ';' | '|' {
  const counts = { ',': 0, '\t': 0, ';': 0, '|': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  let best: keyof typeof counts = ',';
  for (const d of ['\t', ';', '|'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}
