/** Punctuation and blanks a phrase match may skip between two of its characters (ASR and agents vary them). */
const SKIPPABLE_CHAR = '[\\s,，.。!！?？、~～…]';
const SKIPPABLE = `${SKIPPABLE_CHAR}*`;
const CLAUSE_EDGE = '[\\s,，.。!！?？、;；:：~～…]';
const PUNCT_CHAR = '[,，.。!！?？;；、]';
const LEADING_PUNCT = /^[\s,，.。!！?？;；、]/;

/** Bits of {@link charTable}: the code unit is skippable inside a phrase, a clause edge, or punctuation. */
const SKIP = 1;
const EDGE = 2;
const PUNCT = 4;
let table: Uint8Array | undefined;

const escapeRegExp = (c: string): string => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Class bits of every code unit, built once by testing each against the very character classes the patterns use
 * (the phrase pattern's `i` flag included), so a lookup decides exactly what the class would. Per-character
 * regex tests and Set lookups were most of this module's time on real reviews.
 */
function charTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  const skip = new RegExp(`^${SKIPPABLE_CHAR}$`, 'i');
  const edge = new RegExp(`^${CLAUSE_EDGE}$`);
  const punct = new RegExp(`^${PUNCT_CHAR}$`);
  for (let c = 0; c < 0x10000; c++) {
    const s = String.fromCharCode(c);
    t[c] = (skip.test(s) ? SKIP : 0) | (edge.test(s) ? EDGE : 0) | (punct.test(s) ? PUNCT : 0);
  }
  table = t;
  return t;
}

const compiled = new WeakMap<readonly string[], RegExp | null>();

/**
 * One regex matching any boilerplate phrase, longest first, ignoring punctuation and blanks between its
 * characters; `{n}` in a phrase matches a run of digits. Compiled once per phrase list. Null for an empty list.
 */
export function boilerplatePattern(phrases: readonly string[]): RegExp | null {
  const hit = compiled.get(phrases);
  if (hit !== undefined) return hit;
  const alternatives = phraseParts(phrases).map((parts) =>
    parts
      .map((part) =>
        part === '{n}' ? '\\d+' : [...part].map(escapeRegExp).join(SKIPPABLE),
      )
      .join(SKIPPABLE),
  );
  const pattern = alternatives.length === 0 ? null : new RegExp(`(?:${alternatives.join('|')})`, 'gi');
  compiled.set(phrases, pattern);
  return pattern;
}

/** The non-empty phrases, longest first, each split into literal parts and `{n}`. */
function phraseParts(phrases: readonly string[]): string[][] {
  return [...phrases]
    .filter((p) => p !== '')
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.split(/(\{n\})/).filter((part) => part !== ''));
}

/**
 * The phrase pattern, run only where a match can start: at a code unit some phrase starts with (`group` > 0)
 * whose next character, after skippable punctuation and blanks, is one that phrase continues with
 * (`seconds` holds `group · 65536 + code unit`; `anySecond[group]` when one of its phrases needs no check).
 * Most characters a phrase starts with (我, 有, 还, 很 …) are common words; the second character rules out
 * nearly all of them without running the 52-phrase alternation.
 */
interface PhraseMatcher {
  sticky: RegExp;
  group: Uint32Array;
  anySecond: Uint8Array;
  seconds: Set<number>;
}

const boilerplateMatchers = new WeakMap<readonly string[], PhraseMatcher | null>();

function boilerplateMatcher(phrases: readonly string[]): PhraseMatcher | null {
  const hit = boilerplateMatchers.get(phrases);
  if (hit !== undefined) return hit;
  const pattern = boilerplatePattern(phrases);
  let matcher: PhraseMatcher | null = null;
  if (pattern) {
    const chars = charTable();
    const group = new Uint32Array(0x10000);
    const any: number[] = [0];
    const seconds = new Set<number>();
    const groupOf = (c: number): number => {
      if (group[c] === 0) {
        group[c] = any.length;
        any.push(0);
      }
      return group[c]!;
    };
    for (const parts of phraseParts(phrases)) {
      const first = parts[0] ?? '';
      if (first === '{n}') {
        for (let d = 0x30; d <= 0x39; d++) any[groupOf(d)] = 1;
        continue;
      }
      // What must follow the first character, skippables aside: the literal's next code unit, a digit for `{n}`;
      // nothing checked after a surrogate, at the phrase's end, or when that character could itself be skipped.
      const c1 = first.charCodeAt(0);
      let next: number[] | undefined;
      if (c1 < 0xd800 || c1 >= 0xe000) {
        if (first.length > 1) next = caseVariants(first.charAt(1));
        else if (parts[1] === '{n}') next = [0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39];
      }
      if (next?.some((c) => (chars[c]! & SKIP) !== 0)) next = undefined;
      for (const c of caseVariants(first.charAt(0))) {
        const g = groupOf(c);
        if (next === undefined) any[g] = 1;
        else for (const n of next) seconds.add(g * 0x10000 + n);
      }
    }
    matcher = { sticky: new RegExp(pattern.source, 'iy'), group, anySecond: Uint8Array.from(any), seconds };
  }
  boilerplateMatchers.set(phrases, matcher);
  return matcher;
}

/** The code units the `i` flag lets match the one-code-unit string `c` (only cased characters have others). */
function caseVariants(c: string): number[] {
  const code = c.charCodeAt(0);
  if (c.toLowerCase() === c.toUpperCase()) return [code];
  const re = new RegExp(escapeRegExp(c), 'i');
  const out = [code];
  for (let x = 0; x < 0x10000; x++) if (x !== code && re.test(String.fromCharCode(x))) out.push(x);
  return out;
}

/** `text` with every phrase match replaced by a blank: the global replace, tried only where a match can start. */
function replacePhrases(text: string, m: PhraseMatcher): string {
  const chars = charTable();
  const n = text.length;
  let out = '';
  let last = 0;
  let p = 0;
  while (p < n) {
    const g = m.group[text.charCodeAt(p)]!;
    if (g === 0) {
      p++;
      continue;
    }
    if (m.anySecond[g] === 0) {
      let q = p + 1;
      while (q < n && (chars[text.charCodeAt(q)]! & SKIP) !== 0) q++;
      if (q === n || !m.seconds.has(g * 0x10000 + text.charCodeAt(q))) {
        p++;
        continue;
      }
    }
    m.sticky.lastIndex = p;
    const hit = m.sticky.exec(text);
    if (hit === null || hit[0].length === 0) {
      p++;
      continue;
    }
    out += `${text.slice(last, p)} `;
    p += hit[0].length;
    last = p;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * `text` with every filler clause replaced by its leading edge: the global replace, tried only where a match
 * can start (at the text's start, or at a clause edge followed by a filler's first character).
 */
function replaceFillers(text: string, m: FillerMatcher): string {
  const chars = charTable();
  const n = text.length;
  let out = '';
  let last = 0;
  let p = 0;
  while (p < n) {
    const here = (p === 0 && m.starts[text.charCodeAt(0)] === 1) || (m.starts[text.charCodeAt(p + 1)] === 1 && (chars[text.charCodeAt(p)]! & EDGE) !== 0);
    if (!here) {
      p++;
      continue;
    }
    m.sticky.lastIndex = p;
    const hit = m.sticky.exec(text);
    if (hit === null || hit[0].length === 0) {
      p++;
      continue;
    }
    out += text.slice(last, p) + (hit[1] ?? '');
    p += hit[0].length;
    last = p;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * Removes agent boilerplate phrases anywhere in the text, and fillers (嗯, 那个…) that stand as a clause of
 * their own (between punctuation or blanks); a filler inside a sentence is left to the stopword list, because
 * characters like 额 are also parts of words (金额). Leftover runs of punctuation are collapsed.
 */
export function removeBoilerplate(text: string, phrases: readonly string[], fillers: readonly string[]): string {
  let out = text;
  // Same results as global replaces with the compiled patterns, but the patterns only run at positions where a
  // match can start: the 52-phrase alternation tried at every character cost ~6 µs per ticket.
  const phrase = boilerplateMatcher(phrases);
  if (phrase) out = replacePhrases(out, phrase);
  const filler = fillerMatcher(fillers);
  if (filler) out = replaceFillers(out, filler);
  if (hasPunctuationRun(out)) out = out.replace(/([,，.。!！?？;；、])(?:[ \t]*[,，.。!！?？;；、])+/g, '$1');
  if (out.includes('\t') || out.includes('  ')) out = out.replace(/[ \t]+/g, ' ');
  if (LEADING_PUNCT.test(out)) out = out.replace(/^[\s,，.。!！?？;；、]+/, '');
  if (out.includes('\n')) out = out.replace(/[ \t]*\n[\s,，.。!！?？;；、]*/g, '\n');
  return out.trim();
}

/** True when two punctuation marks follow each other with at most blanks and tabs between. */
function hasPunctuationRun(text: string): boolean {
  const chars = charTable();
  let prev = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((chars[c]! & PUNCT) !== 0) {
      if (prev) return true;
      prev = true;
    } else if (c !== 0x20 && c !== 0x09) prev = false;
  }
  return false;
}

const fillerPatterns = new WeakMap<readonly string[], RegExp | null>();

function fillerClausePattern(fillers: readonly string[]): RegExp | null {
  const hit = fillerPatterns.get(fillers);
  if (hit !== undefined) return hit;
  const words = fillerWords(fillers).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern =
    words.length === 0
      ? null
      : new RegExp(`(^|${CLAUSE_EDGE})(?:${words.join('|')})+(?=${CLAUSE_EDGE}|$)`, 'g');
  fillerPatterns.set(fillers, pattern);
  return pattern;
}

function fillerWords(fillers: readonly string[]): string[] {
  return [...fillers].filter((f) => f !== '').sort((a, b) => b.length - a.length);
}

/** The filler pattern and the code units a filler starts with. */
interface FillerMatcher {
  sticky: RegExp;
  starts: Uint8Array;
}

const fillerMatchers = new WeakMap<readonly string[], FillerMatcher | null>();

function fillerMatcher(fillers: readonly string[]): FillerMatcher | null {
  const hit = fillerMatchers.get(fillers);
  if (hit !== undefined) return hit;
  const pattern = fillerClausePattern(fillers);
  let matcher: FillerMatcher | null = null;
  if (pattern) {
    const starts = new Uint8Array(0x10000);
    for (const word of fillerWords(fillers)) starts[word.charCodeAt(0)] = 1;
    matcher = { sticky: new RegExp(pattern.source, 'y'), starts };
  }
  fillerMatchers.set(fillers, matcher);
  return matcher;
}
