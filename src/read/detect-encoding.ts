/** Text encodings the CSV reader decodes. */
export type TextEncoding = 'utf8' | 'gb18030' | 'utf16le' | 'utf16be';

/**
 * Counts well-formed multi-byte UTF-8 characters and invalid byte sequences in `bytes`; a sequence cut by the end
 * of the sample counts as neither.
 */
export function countUtf8Sequences(bytes: Uint8Array): { multiByte: number; invalid: number } {
  let multiByte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) {
      invalid++;
      i++;
      continue;
    }
    if (i + len > bytes.length) break;
    let ok = true;
    for (let k = 1; k < len; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) ok = false;
    // Overlong and surrogate forms (E0 80-9F, ED A0-BF, F0 80-8F, F4 90+) are invalid too.
    const second = bytes[i + 1] as number;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) ok = false;
    if (ok) {
      multiByte++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { multiByte, invalid };
}

/**
 * Picks the encoding of a file from its first bytes: a UTF-8 / UTF-16 byte-order mark wins; else UTF-8 when the
 * bytes are valid UTF-8 (a sequence cut at the end of the sample is allowed) or mostly so (a few GBK lines pasted
 * into a UTF-8 export: at least 4 well-formed multi-byte characters per invalid sequence, where GBK text has
 * about one in ten); else GB18030, the superset of GBK and GB2312 that Chinese ticket systems export.
 */
export function detectEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf8';
  } catch {
    const { multiByte, invalid } = countUtf8Sequences(head);
    return multiByte >= 4 * invalid ? 'utf8' : 'gb18030';
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
