const HAN = /\p{Script=Han}/u;

/**
 * Whether `text` holds a Han character: a Chinese text or name. The readers put an entity-column value into the
 * subject line, and the run takes it for a word, only when this holds (English firm names are split into words).
 */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}
