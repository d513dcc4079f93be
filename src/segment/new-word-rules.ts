import { ModelError } from '../core/errors.js';

/**
 * What a user decided about discovered words (`models/new-words.txt`): words always added to the segmenter's
 * dictionary for a run, and words never added however often discovery proposes them.
 */
export interface NewWordRules {
  /** `+word` lines, in file order: always added. */
  pinned: string[];
  /** `-word` lines: never added. */
  banned: ReadonlySet<string>;
}

/** No pinned and no banned words. */
export const NO_NEW_WORD_RULES: NewWordRules = Object.freeze({ pinned: [], banned: new Set<string>() });

/** A character that cannot be part of a dictionary word (blanks, controls). */
const BAD_CHAR = /[\s\u0000-\u001f\u007f]/;

/**
 * Parses the new-word rules: one `+word` (always add) or `-word` (never add) per line, `#` comments after a blank
 * or at the start of a line, blank lines ignored.
 * @throws ModelError naming the file and line of a line without `+`/`-`, an empty word, a word with a blank or
 * control character, or a word both pinned and banned.
 */
export function parseNewWordRules(text: string, file: string): NewWordRules {
  const pinned: string[] = [];
  const banned = new Set<string>();
  const lineOf = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const hash = raw.search(/(^|\s)#/);
    const body = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (body === '') continue;
    const sign = body[0];
    const word = body.slice(1).trim();
    if (sign !== '+' && sign !== '-') throw new ModelError(file, `expected "+word" or "-word", got "${body}"`, i + 1);
    if (word === '' || BAD_CHAR.test(word)) {
      throw new ModelError(file, `expected one word without blanks after "${sign}", got "${body}"`, i + 1);
    }
    const earlier = lineOf.get(word);
    const other = sign === '+' ? banned.has(word) : pinned.includes(word);
    if (earlier !== undefined && other) {
      throw new ModelError(file, `expected "${word}" either pinned or banned, it is also on line ${earlier}`, i + 1);
    }
    lineOf.set(word, i + 1);
    if (sign === '-') banned.add(word);
    else if (!pinned.includes(word)) pinned.push(word);
  }
  return { pinned, banned };
}
