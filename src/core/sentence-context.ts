/** Longest context an evidence item carries by default: a sentence a manager reads at a glance. */
export const CONTEXT_MAX_CHARS = 120;

const SENTENCE_END_CHARS = ['。', '！', '？', '!', '?', '；', ';', '…', '\n', '\r'];
const CLAUSE_END_CHARS = [...SENTENCE_END_CHARS, '，', ',', '、', '：', ':'];

/**
 * The ends of a unit as a flag per UTF-16 code unit (every end is one code unit): a typed-array read per character
 * rather than a one-character string and a Set lookup (the risk scan widens every trigger to its clause and
 * sentence, at a million tickets seconds of it).
 */
function endTable(chars: readonly string[]): Uint8Array {
  const table = new Uint8Array(65536);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
const SENTENCE_ENDS = endTable(SENTENCE_END_CHARS);
const CLAUSE_ENDS = endTable(CLAUSE_END_CHARS);

/**
 * A full stop ends a sentence before whitespace, the end of the text, or a Chinese character (reviews typed with
 * ASCII punctuation: 睡不好3.饭店的下层…), not inside 3.5, e.g. or ctrip.com.
 */
function endsAt(text: string, i: number, ends: Uint8Array): boolean {
  const c = text.charCodeAt(i);
  // NaN outside the text: no end there.
  if (ends[c] === 1) return true;
  if (c !== 0x2e) return false;
  const next = text.charCodeAt(i + 1);
  return Number.isNaN(next) || next > 0x7f || /\s/.test(text[i + 1]!);
}

/** The unit (sentence or clause, by `ends`) holding `[start, end)`, widened so it always holds the span. */
function unitAround(text: string, start: number, end: number, ends: Uint8Array, from: number, to: number): [number, number] {
  let a = start;
  while (a > from && !endsAt(text, a - 1, ends)) a--;
  let b = Math.max(end, start);
  // The terminator belongs to its sentence; a span that itself ends on one is already complete.
  while (b < to && !(b > start && endsAt(text, b - 1, ends))) b++;
  return [a, b];
}

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/**
 * Where the sentence holding the span `[start, end)` of `text` lies, at most `maxChars` long: the whole sentence
 * (up to 。！？；… or a line break, or an English full stop before a space) when it fits; else its clause (，、：)
 * with as many neighbouring clauses as fit; else a window of `maxChars` centred on the span (cut at word
 * boundaries in Latin text, never through a surrogate pair). Leading and trailing spaces are left out. The result
 * always holds the span (a span longer than `maxChars` is its own context), so
 * `text.slice(r.start, r.end).includes(text.slice(start, end))`.
 */
export function sentenceContextRange(text: string, start: number, end: number, maxChars = CONTEXT_MAX_CHARS): { start: number; end: number } {
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  if (end - start >= maxChars) return { start, end };
  let [a, b] = unitAround(text, start, end, SENTENCE_ENDS, 0, text.length);
  [a, b] = trimmed(text, a, b, start, end);
  if (b - a > maxChars) {
    const [sa, sb] = [a, b];
    [a, b] = unitAround(text, start, end, CLAUSE_ENDS, sa, sb);
    // Neighbouring clauses of the sentence while they fit, the one after first (it usually finishes the thought).
    for (let grew = true; grew; ) {
      grew = false;
      if (b < sb) {
        const [, nb] = unitAround(text, b, b, CLAUSE_ENDS, sa, sb);
        if (nb - a <= maxChars && nb > b) [b, grew] = [nb, true];
      }
      if (a > sa) {
        const [na] = unitAround(text, a - 1, a - 1, CLAUSE_ENDS, sa, sb);
        if (b - na <= maxChars && na < a) [a, grew] = [na, true];
      }
    }
    [a, b] = trimmed(text, a, b, start, end);
    if (b - a > maxChars) [a, b] = windowAround(text, a, b, start, end, maxChars);
  }
  return { start: a, end: b };
}

/** {@link sentenceContextRange} as text: the sentence (or clause) of `text` that holds the span. */
export function sentenceContext(text: string, start: number, end: number, maxChars = CONTEXT_MAX_CHARS): string {
  const r = sentenceContextRange(text, start, end, maxChars);
  return text.slice(r.start, r.end);
}

/** `[a, b)` without its leading and trailing whitespace, never cutting into the span. */
function trimmed(text: string, a: number, b: number, start: number, end: number): [number, number] {
  while (a < start && isSpace(text[a])) a++;
  while (b > end && isSpace(text[b - 1])) b--;
  return [a, b];
}

/** A `maxChars` window of `[a, b)` centred on the span, at word boundaries where the text has spaces. */
function windowAround(text: string, a: number, b: number, start: number, end: number, maxChars: number): [number, number] {
  const slack = maxChars - (end - start);
  let from = Math.max(a, start - Math.floor(slack / 2));
  let to = Math.min(b, from + maxChars);
  from = Math.max(a, to - maxChars);
  // Latin text: do not show half a word at either edge (Chinese has no spaces and is cut anywhere).
  if (from > a && !isSpace(text[from - 1])) {
    const space = text.slice(from, start).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  if (to < b && !isSpace(text[to])) {
    const before = text.slice(end, to);
    const space = before.search(/\s\S*$/);
    if (space >= 0) to = end + space;
  }
  if (from > 0 && from < start && isLowSurrogate(text.charCodeAt(from))) from++;
  if (to < text.length && to > end && isLowSurrogate(text.charCodeAt(to))) to--;
  return trimmed(text, from, to, start, end);
}
