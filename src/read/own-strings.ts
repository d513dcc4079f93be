/**
 * A copy of `value` that does not share memory with a larger string. V8 cuts substrings of 13+ characters out of
 * their parent without copying (a "sliced string"), so one ticket id sliced from a decoded megabyte of CSV keeps
 * that whole megabyte alive; at a million tickets that was every chunk of the export (measured: 46 chunk strings
 * of 1 MB alive per 200,000 tickets, kept only by ids).
 */
export function ownString(value: string): string {
  // UTF-16 both ways keeps every code unit, lone surrogates included.
  return value.length < 13 ? value : Buffer.from(value, 'utf16le').toString('utf16le');
}

/**
 * Returns one shared instance per distinct value, up to `limit` distinct values (then values pass through), for
 * columns with few values repeated over every row (region, channel, category): a million tickets otherwise hold a
 * million copies of "10010热线".
 */
export function createInterner(limit = 10_000): (value: string) => string {
  const seen = new Map<string, string>();
  return (value) => {
    const known = seen.get(value);
    if (known !== undefined) return known;
    const own = ownString(value);
    if (seen.size < limit) seen.set(own, own);
    return own;
  };
}
