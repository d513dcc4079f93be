import { fmix32, fnv1a32 } from '../core/hash-string.js';

/**
 * Size of the sketches a run stores per period (~17 KB of JSON each). 1,024 hashes estimate a Jaccard index to
 * about ±0.03, so an export of a quarter of a day still tells its overlap with the whole day's to about ±6 %.
 */
export const TICKET_SKETCH_SIZE = 1024;

/** A period's tickets as one source (one run's export) holds them: how many, and a sketch of their keys. */
export interface PeriodSketch {
  period: string;
  tickets: number;
  /**
   * Bottom-k (KMV) sketch of the tickets' keys ({@link ticketKey}): the smallest 53-bit key hashes, ascending and
   * distinct. Holds every key's hash when the period has no more tickets than the sketch size.
   */
  sketch: number[];
}

/** A ticket's identity across exports: its id and its time, so rows given made-up ids (`file#row`) on different days differ. */
export function ticketKey(id: string, time: number): string {
  return `${id}\u0000${time}`;
}

/**
 * The bottom-`size` sketch of a set of keys: their 53-bit hashes (two FNV-1a seeds), smallest first, without repeats.
 * Sketches of two sets estimate their overlap ({@link estimateOverlap}) without keeping either set.
 */
export function sketchKeys(keys: readonly string[], size = TICKET_SKETCH_SIZE): number[] {
  const hashes = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    hashes[i] = fnv1a32(key, 0x811c9dc5) * 2 ** 21 + (fnv1a32(key, 0x050c5d1f) >>> 11);
  }
  return sketchOfHashes(hashes, size);
}

/**
 * The 53-bit hash {@link sketchKeys} gives `ticketKey(id, time)`, without making the key string: both FNV-1a
 * passes over the id's code units, the separator and the time's decimal digits, at once (a run hashes every ticket's
 * key for its period sketches: a million strings made and hashed twice).
 */
export function ticketKeyHash(id: string, time: number): number {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193);
  }
  a = Math.imul(a, 0x01000193);
  b = Math.imul(b, 0x01000193);
  const digits = Number.isSafeInteger(time) && time >= 0 ? undefined : String(time);
  if (digits === undefined) {
    // The decimal digits of a non-negative safe integer, most significant first, as String(time) writes them.
    let n = 0;
    let rest = time;
    do {
      const d = rest % 10;
      DIGITS[n++] = d;
      rest = (rest - d) / 10;
    } while (rest > 0);
    while (n > 0) {
      const code = 48 + DIGITS[--n]!;
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x01000193);
    }
  } else {
    for (let i = 0; i < digits.length; i++) {
      const code = digits.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x01000193);
    }
  }
  return fmix32(a) * 2 ** 21 + (fmix32(b) >>> 11);
}

const DIGITS = new Uint8Array(20);

/** The bottom-`size` sketch of key hashes (sorted in place): the smallest, ascending, without repeats. */
export function sketchOfHashes(hashes: Float64Array, size = TICKET_SKETCH_SIZE): number[] {
  hashes.sort();
  const out: number[] = [];
  for (let i = 0; i < hashes.length && out.length < size; i++) {
    if (i === 0 || hashes[i] !== hashes[i - 1]) out.push(hashes[i]!);
  }
  return out;
}

/**
 * Estimated number of tickets two period sketches share. Exact when neither sketch was cut at its size; otherwise the
 * Jaccard index J is read off the hashes below the smaller cut, where both sketches know every member, and the
 * overlap is J·(|A|+|B|)/(1+J).
 */
export function estimateOverlap(a: Pick<PeriodSketch, 'tickets' | 'sketch'>, b: Pick<PeriodSketch, 'tickets' | 'sketch'>, size = TICKET_SKETCH_SIZE): number {
  const cut = Math.min(a.sketch.length >= size ? (a.sketch.at(-1) ?? Infinity) : Infinity, b.sketch.length >= size ? (b.sketch.at(-1) ?? Infinity) : Infinity);
  let i = 0;
  let j = 0;
  let union = 0;
  let both = 0;
  while (i < a.sketch.length || j < b.sketch.length) {
    const x = a.sketch[i] ?? Infinity;
    const y = b.sketch[j] ?? Infinity;
    const next = Math.min(x, y);
    if (next > cut) break;
    union++;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  if (union === 0 || both === 0) return 0;
  if (cut === Infinity) return both;
  const jaccard = both / union;
  return Math.min(a.tickets, b.tickets, (jaccard * (a.tickets + b.tickets)) / (1 + jaccard));
}
