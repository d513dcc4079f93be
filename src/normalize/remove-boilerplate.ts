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

/** True when a phrase match can start at `p` (see {@link PhraseMatcher}). */
function phraseMayStart(text: string, p: number, m: PhraseMatcher, chars: Uint8Array): boolean {
  const g = m.group[text.charCodeAt(p)]!;
  if (g === 0) return false;
  if (m.anySecond[g] === 1) return true;
  const n = text.length;
  let q = p + 1;
  while (q < n && (chars[text.charCodeAt(q)]! & SKIP) !== 0) q++;
  return q < n && m.seconds.has(g * 0x10000 + text.charCodeAt(q));
}

/** True when a filler clause can start at `p`: at the text's start, or at a clause edge before a filler's first character. */
function fillerMayStart(text: string, p: number, m: FillerMatcher, chars: Uint8Array): boolean {
  return (p === 0 && m.starts[text.charCodeAt(0)] === 1) || (m.starts[text.charCodeAt(p + 1)] === 1 && (chars[text.charCodeAt(p)]! & EDGE) !== 0);
}

/**
 * `text` with every phrase match replaced by a blank: the global replace, tried only where a match can start,
 * from `from` on (no match may start before it).
 */
function replacePhrases(text: string, m: PhraseMatcher, from = 0): string {
  const chars = charTable();
  const n = text.length;
  let out = '';
  let last = 0;
  let p = from;
  while (p < n) {
    if (!phraseMayStart(text, p, m, chars)) {
      p++;
      continue;
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
 * can start, from `from` on (no match may start before it).
 */
function replaceFillers(text: string, m: FillerMatcher, from = 0): string {
  const chars = charTable();
  const n = text.length;
  let out = '';
  let last = 0;
  let p = from;
  while (p < n) {
    if (!fillerMayStart(text, p, m, chars)) {
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
  // Same results as global replaces with the compiled patterns, but the patterns only run at positions where a
  // match can start: the 52-phrase alternation tried at every character cost ~6 µs per ticket. One scan finds
  // where the first phrase and filler could start and whether punctuation repeats; most texts hold no
  // boilerplate, and their later steps need no scan of their own.
  const phrase = boilerplateMatcher(phrases);
  const filler = fillerMatcher(fillers);
  const scan = scanText(text, phrase, filler);
  let out = phrase && scan.phraseAt >= 0 ? replacePhrases(text, phrase, scan.phraseAt) : text;
  if (filler) {
    if (out !== text) out = replaceFillers(out, filler);
    else if (scan.fillerAt >= 0) out = replaceFillers(text, filler, scan.fillerAt);
  }
  const punctuationRun = out === text ? scan.punctuationRun : hasPunctuationRun(out);
  if (punctuationRun) out = out.replace(/([,，.。!！?？;；、])(?:[ \t]*[,，.。!！?？;；、])+/g, '$1');
  if (out.includes('\t') || out.includes('  ')) out = out.replace(/[ \t]+/g, ' ');
  if (LEADING_PUNCT.test(out)) out = out.replace(/^[\s,，.。!！?？;；、]+/, '');
  if (out.includes('\n')) out = out.replace(/[ \t]*\n[\s,，.。!！?？;；、]*/g, '\n');
  return out.trim();
}

/**
 * One pass over `text`: the first position where a phrase and a filler clause could start (-1 for none) and
 * whether two punctuation marks follow each other (see {@link hasPunctuationRun}).
 */
function scanText(text: string, phrase: PhraseMatcher | null, filler: FillerMatcher | null): { phraseAt: number; fillerAt: number; punctuationRun: boolean } {
  const chars = charTable();
  const n = text.length;
  // -2: nothing to look for. The filler test of fillerMayStart is written out here: called per character it was
  // not inlined and cost as much as the rest of the scan.
  let phraseAt = phrase ? -1 : -2;
  let fillerAt = filler ? -1 : -2;
  const fillerStarts = filler?.starts;
  let punctuationRun = false;
  let prev = false;
  let c = n > 0 ? text.charCodeAt(0) : 0;
  if (fillerStarts !== undefined && n > 0 && fillerStarts[c] === 1) fillerAt = 0;
  for (let i = 0; i < n; i++) {
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    const cls = chars[c]!;
    if (phraseAt === -1 && phraseMayStart(text, i, phrase as PhraseMatcher, chars)) phraseAt = i;
    if (fillerAt === -1 && i + 1 < n && (fillerStarts as Uint8Array)[next] === 1 && (cls & EDGE) !== 0) fillerAt = i;
    if ((cls & PUNCT) !== 0) {
      if (prev) punctuationRun = true;
      prev = true;
    } else if (c !== 0x20 && c !== 0x09) prev = false;
    if (punctuationRun && phraseAt !== -1 && fillerAt !== -1) break;
    c = next;
  }
  return { phraseAt: phraseAt < 0 ? -1 : phraseAt, fillerAt: fillerAt < 0 ? -1 : fillerAt, punctuationRun };
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
