/** Bit of {@link charClasses}: the character is of the Han script (`\p{Script=Han}`). */
export const HAN_CHAR = 1;
/** Bit of {@link charClasses}: `normalizeText` removes or rewrites the character (control, zero-width, emoji, CR). */
export const CLEANUP_CHAR = 2;

/** Zero-width and format characters, controls other than new line and tab, and emoji with their modifiers. */
export const INVISIBLE = /[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\ufe00-\ufe0f\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
export const EMOJI = /[\p{Extended_Pictographic}\u{1f3fb}-\u{1f3ff}\u{1f1e6}-\u{1f1ff}\u20e3]/gu;

let table: Uint8Array | undefined;

/**
 * Class bits of every BMP code unit (surrogates excluded), built once from the very regexes the slow paths use,
 * so a scan with this table decides exactly when they can match. A table lookup per character instead of a
 * regex per text: the unicode-property regexes took 2-3 µs per short ticket (66 ms for 20k emoji-free tickets),
 * the table ~15 ms to build once.
 */
export function charClasses(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  const han = /\p{Script=Han}/u;
  const invisible = new RegExp(INVISIBLE.source);
  const emoji = new RegExp(EMOJI.source, 'u');
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c < 0xe000) continue;
    const s = String.fromCharCode(c);
    let bits = 0;
    if (c >= 0x2e80 && han.test(s)) bits |= HAN_CHAR;
    if (c === 0x0d || invisible.test(s) || (c >= 0xa9 && emoji.test(s))) bits |= CLEANUP_CHAR;
    t[c] = bits;
  }
  table = t;
  return t;
}

/** True for a UTF-16 high (leading) surrogate. */
export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code < 0xdc00;
