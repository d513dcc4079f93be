import { hasTraditional, toSimplified } from './to-simplified.js';

/** Zero-width and format characters, controls other than new line and tab, and emoji with their modifiers. */
const INVISIBLE = /[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\ufe00-\ufe0f\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const EMOJI = /[\p{Extended_Pictographic}\u{1f3fb}-\u{1f3ff}\u{1f1e6}-\u{1f1ff}\u20e3]/gu;
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
 * the text holds a traditional-only character, zero-width/control characters and emoji removed, runs of blanks
 * collapsed, line breaks kept (speaker turns often sit on their own lines).
 */
export function normalizeText(text: string, options: { traditionalToSimplified?: boolean } = {}): NormalizedText {
  let out = text.normalize('NFKC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(EMOJI, '');
  let converted = false;
  if (options.traditionalToSimplified !== false && hasTraditional(out)) {
    out = toSimplified(out);
    converted = true;
  }
  out = out.replace(BLANKS, ' ').replace(NEW_LINES, '\n').trim();
  return { text: out, converted };
}
