import { z } from 'zod';
import { parseOptions } from '../core/parse-options.js';
import { charClasses, CLEANUP_CHAR, EMOJI, INVISIBLE } from './char-classes.js';
import { normalizeOptionsSchema } from './normalize-options.js';
import { hasTraditional, toSimplified, traditionalOnlyChars } from './to-simplified.js';

const BLANKS = /[ \t\u00a0\u3000]+/g;
const NEW_LINES = /[ \t]*\n[\s]*/g;

/** What {@link normalizeText} did to one text. */
export interface NormalizedText {
  text: string;
  /** True when traditional characters were converted to simplified. */
  converted: boolean;
}

/** Options of {@link normalizeText}: whether traditional Chinese becomes simplified (default true). */
export const normalizeTextOptionsSchema = z.strictObject({ traditionalToSimplified: normalizeOptionsSchema.shape.traditionalToSimplified });

/**
 * Normalizes one text: NFKC (full-width letters, digits and punctuation to ASCII), traditional→simplified when
 * the text holds a traditional-only character, zero-width/control characters removed, emoji turned into a blank
 * (a separator: nothing gets glued together), runs of blanks collapsed, line breaks kept (speaker turns often sit
 * on their own lines).
 */
export function normalizeText(text: string, options: z.input<typeof normalizeTextOptionsSchema> = {}): NormalizedText {
  return normalizeTextAs(text, parseOptions(normalizeTextOptionsSchema, options, 'normalize').traditionalToSimplified);
}

/**
 * {@link normalizeText} with its option already resolved: the per-ticket step, which must not pay for validating
 * the same options once per ticket.
 */
export function normalizeTextAs(text: string, traditionalToSimplified: boolean): NormalizedText {
  let out = text.normalize('NFKC');
  // Each replace below scans the whole text; one table-driven scan first skips those that cannot change it, and
  // tells whether the text holds a traditional character.
  const scan = scanText(out);
  // Emoji become a blank, not nothing: deleting one between two numbers (13800000000👍110105…) glued them into one
  // digit run that no PII pattern recognised. Invisible characters are deleted: inside a word or a number they
  // are noise (or an attempt to hide it), and the number they split must come out whole for masking.
  if (scan & NEEDS_CLEANUP) out = out.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(EMOJI, ' ');
  let converted = false;
  // Without clean-up the scan has seen every character as it stays (and no surrogate); after it, look again.
  if (traditionalToSimplified && (scan & NEEDS_CLEANUP ? hasTraditional(out) : (scan & HAS_TRADITIONAL) !== 0)) {
    out = toSimplified(out);
    converted = true;
  }
  // Removing characters can bring blanks together, so any change re-runs the blank rules.
  if ((scan & (NEEDS_CLEANUP | NEEDS_BLANKS)) !== 0 || converted) out = out.replace(BLANKS, ' ').replace(NEW_LINES, '\n');
  return { text: out.trim(), converted };
}

const NEEDS_CLEANUP = 1;
const NEEDS_BLANKS = 2;
const HAS_TRADITIONAL = 4;
/** Bit of {@link scanTable}: a blank the blank rules rewrite on its own (tab, line break, NBSP, ideographic space). */
const BLANK = 8;

let table: Uint8Array | undefined;

/**
 * One lookup per character for {@link scanText}: NEEDS_CLEANUP for what `charClasses` marks and for surrogates
 * (astral characters: emoji, or a traditional character only the slow check knows), HAS_TRADITIONAL for BMP
 * characters traditional→simplified conversion changes, BLANK.
 */
function scanTable(): Uint8Array {
  if (table) return table;
  const classes = charClasses();
  const { bmp } = traditionalOnlyChars();
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    let bits = 0;
    if ((classes[c]! & CLEANUP_CHAR) !== 0 || (c >= 0xd800 && c < 0xe000)) bits |= NEEDS_CLEANUP;
    if (c >= 0x2e80 && bmp[c] === 1) bits |= HAS_TRADITIONAL;
    if (c === 0x09 || c === 0x0a || c === 0xa0 || c === 0x3000) bits |= BLANK;
    t[c] = bits;
  }
  table = t;
  return t;
}

/**
 * Which slow steps can change `text`: NEEDS_CLEANUP when it holds a CR, control, zero-width or emoji character (or
 * any astral character), NEEDS_BLANKS when it holds a tab, NBSP, ideographic space, line break or two spaces in a
 * row, HAS_TRADITIONAL when it holds a BMP character that traditional→simplified conversion changes.
 */
function scanText(text: string): number {
  const bits = scanTable();
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
    const b = bits[c]!;
    if (b !== 0) flags |= b & BLANK ? (b & ~BLANK) | NEEDS_BLANKS : b;
  }
  return flags;
}
