/**
 * The result of `text.replace(global, replace)` for a pattern whose sticky twin is `sticky`, trying it only at
 * positions where `canStart(text, p)` says a match may begin. Equal to the global replace as long as `canStart`
 * is true wherever the pattern can match (a global replace is a leftmost search: the same sticky attempts from
 * left to right, resuming after each match). Matches must not be empty.
 */
export function replaceAtCandidates(
  text: string,
  sticky: RegExp,
  canStart: (text: string, p: number) => boolean,
  replace: (match: RegExpExecArray) => string,
): string {
  let out = '';
  let last = 0;
  let p = 0;
  while (p < text.length) {
    if (!canStart(text, p)) {
      p++;
      continue;
    }
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m === null || m[0].length === 0) {
      p++;
      continue;
    }
    out += text.slice(last, p) + replace(m);
    p += m[0].length;
    last = p;
  }
  return last === 0 ? text : out + text.slice(last);
}
