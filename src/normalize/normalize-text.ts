import { charClasses, CLEANUP_CHAR, EMOJI, INVISIBLE, isHighSurrogate } from './char-classes.js';
import { hasTraditional, toSimplified } from './to-simplified.js';

const BLANKS = /[ \t\u00a0\u3000]+/g;
const NEW_LINES = /[ \t]*\n[\s]*/g;

/** What {@link normalizeText} did to one text. */
export interface NormalizedText {
  text: string;
  /** True when traditional characters were converted to simplified. */
  converted: boolean;
}

/**
 * Normalizes one text: NFKC (full-width letters, digits and punctuation to ASCII), traditional→simplified when
 * the text holds a traditional-only character, zero-width/control characters removed, emoji turned into a blank
 * (a separator: nothing gets glued together), runs of blanks collapsed, line breaks kept (speaker turns often sit
 * on their own lines).
 */
export function normalizeText(text: string, options: { traditionalToSimplified?: boolean } = {}): NormalizedText {
  let out = text.normalize('NFKC');
  // Each replace below scans the whole text; one table-driven scan first skips those that cannot change it.
  const scan = scanText(out);
  // Emoji become a blank, not nothing: deleting one between two numbers (13800000000👍110105…) glued them into one
  // digit run that no PII pattern recognised. Invisible characters are deleted: inside a word or a number they
  // are noise (or an attempt to hide it), and the number they split must come out whole for masking.
  if (scan & NEEDS_CLEANUP) out = out.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(EMOJI, ' ');
  let converted = false;
  if (options.traditionalToSimplified !== false && hasTraditional(out)) {
    out = toSimplified(out);
    converted = true;
  }
  // Removing characters can bring blanks together, so any change re-runs the blank rules.
  if (scan !== 0 || converted) out = out.replace(BLANKS, ' ').replace(NEW_LINES, '\n');
  return { text: out.trim(), converted };
}

const NEEDS_CLEANUP = 1;
const NEEDS_BLANKS = 2;

/**
 * Which slow steps can change `text`: CLEANUP when it holds a CR, control, zero-width or emoji character (or any
 * astral character), BLANKS when it holds a tab, NBSP, ideographic space, line break or two spaces in a row.
 */
function scanText(text: string): number {
  const classes = charClasses();
  let flags = 0;
  let prevSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (prevSpace) flags |= NEEDS_BLANKS;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c === 0x09 || c === 0x0a || c === 0xa0 || c === 0x3000) flags |= NEEDS_BLANKS;
    if ((classes[c] ?? 0) & CLEANUP_CHAR || isHighSurrogate(c) || (c >= 0xdc00 && c < 0xe000)) flags |= NEEDS_CLEANUP;
  }
  return flags;
}
