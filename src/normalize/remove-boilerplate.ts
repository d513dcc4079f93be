import { replaceAtCandidates } from './replace-at-candidates.js';

/** Punctuation and blanks a phrase match may skip between two of its characters (ASR and agents vary them). */
const SKIPPABLE = '[\\s,，.。!！?？、~～…]*';
const CLAUSE_EDGE = '[\\s,，.。!！?？、;；:：~～…]';
const CLAUSE_EDGE_CHARS = new RegExp(`^${CLAUSE_EDGE}$`);
const PUNCT = new Set([...',，.。!！?？;；、'].map((c) => c.charCodeAt(0)));
const LEADING_PUNCT = /^[\s,，.。!！?？;；、]/;

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
        part === '{n}' ? '\\d+' : [...part].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(SKIPPABLE),
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

/** A compiled pattern run only where it can start (see `replaceAtCandidates`). */
interface Matcher {
  sticky: RegExp;
  /** Code units a match can start with. */
  starts: Uint8Array;
}

const boilerplateMatchers = new WeakMap<readonly string[], Matcher | null>();

function boilerplateMatcher(phrases: readonly string[]): Matcher | null {
  const hit = boilerplateMatchers.get(phrases);
  if (hit !== undefined) return hit;
  const pattern = boilerplatePattern(phrases);
  let matcher: Matcher | null = null;
  if (pattern) {
    const starts = new Uint8Array(0x10000);
    for (const parts of phraseParts(phrases)) {
      const first = parts[0] ?? '';
      if (first === '{n}') for (let d = 0x30; d <= 0x39; d++) starts[d] = 1;
      else markCaseInsensitive(starts, first.charAt(0));
    }
    matcher = { sticky: new RegExp(pattern.source, 'iy'), starts };
  }
  boilerplateMatchers.set(phrases, matcher);
  return matcher;
}

/** Marks every code unit the `i` flag lets match `c` (only cased characters have others). */
function markCaseInsensitive(starts: Uint8Array, c: string): void {
  starts[c.charCodeAt(0)] = 1;
  if (c.toLowerCase() === c.toUpperCase()) return;
  const re = new RegExp(c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  for (let x = 0; x < 0x10000; x++) if (re.test(String.fromCharCode(x))) starts[x] = 1;
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
  if (phrase) out = replaceAtCandidates(out, phrase.sticky, (s, p) => phrase.starts[s.charCodeAt(p)] === 1, () => ' ');
  const filler = fillerMatcher(fillers);
  if (filler) {
    out = replaceAtCandidates(
      out,
      filler.sticky,
      (s, p) =>
        (p === 0 && filler.starts[s.charCodeAt(0)] === 1) ||
        (filler.starts[s.charCodeAt(p + 1)] === 1 && CLAUSE_EDGE_CHARS.test(s.charAt(p))),
      (m) => m[1] ?? '',
    );
  }
  if (hasPunctuationRun(out)) out = out.replace(/([,，.。!！?？;；、])(?:[ \t]*[,，.。!！?？;；、])+/g, '$1');
  if (out.includes('\t') || out.includes('  ')) out = out.replace(/[ \t]+/g, ' ');
  if (LEADING_PUNCT.test(out)) out = out.replace(/^[\s,，.。!！?？;；、]+/, '');
  if (out.includes('\n')) out = out.replace(/[ \t]*\n[\s,，.。!！?？;；、]*/g, '\n');
  return out.trim();
}

/** True when two punctuation marks follow each other with at most blanks and tabs between. */
function hasPunctuationRun(text: string): boolean {
  let prev = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (PUNCT.has(c)) {
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

const fillerMatchers = new WeakMap<readonly string[], Matcher | null>();

function fillerMatcher(fillers: readonly string[]): Matcher | null {
  const hit = fillerMatchers.get(fillers);
  if (hit !== undefined) return hit;
  const pattern = fillerClausePattern(fillers);
  let matcher: Matcher | null = null;
  if (pattern) {
    const starts = new Uint8Array(0x10000);
    for (const word of fillerWords(fillers)) starts[word.charCodeAt(0)] = 1;
    matcher = { sticky: new RegExp(pattern.source, 'y'), starts };
  }
  fillerMatchers.set(fillers, matcher);
  return matcher;
}
