/**
 * 32-bit FNV-1a over a string's UTF-16 code units, finished with murmur3's mixer so short Chinese terms spread over
 * all 32 bits. Two seeds give two independent-enough hashes of the same text (SimHash's 64 bits, sketch keys).
 */
export function fnv1a32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** murmur3's 32-bit finalizer (fmix32), as an unsigned 32-bit number: spreads a hash's bits over all 32. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
