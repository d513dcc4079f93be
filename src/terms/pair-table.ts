/**
 * Ordered pairs of term ids `(a, b)` interned to dense ids `0, 1, 2, …` in order of first insertion: an
 * open-addressing hash table over typed arrays. Counting adjacent pairs in `Map`s keyed by `a · V + b` cost most
 * of the terms stage on real text: past 2^30 (a vocabulary of 33k terms) such keys are heap numbers, and every
 * count was a boxed Map entry. With dense ids the counts live in typed arrays indexed by pair id.
 */
export class PairTable {
  /** First term of each pair, by pair id (grown as pairs are added: read up to {@link size}). */
  firsts: Uint32Array;
  /** Second term of each pair, by pair id. */
  seconds: Uint32Array;
  /** Number of pairs interned. */
  size = 0;
  // Hash slots holding pair id + 1, 0 for empty; kept at most half full.
  private slots: Int32Array;
  private mask: number;

  /** A table sized for about `expected` pairs (it grows past that). */
  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.firsts = new Uint32Array(Math.max(16, expected));
    this.seconds = new Uint32Array(Math.max(16, expected));
  }

  /** The id of pair `(a, b)`, or -1 when it was never added. */
  find(a: number, b: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let h = hashPair(a, b) & mask; ; h = (h + 1) & mask) {
      const at = slots[h]!;
      if (at === 0) return -1;
      if (this.firsts[at - 1] === a && this.seconds[at - 1] === b) return at - 1;
    }
  }

  /** The id of pair `(a, b)`, adding it (with the next id) when new. */
  add(a: number, b: number): number {
    const slots = this.slots;
    const mask = this.mask;
    for (let h = hashPair(a, b) & mask; ; h = (h + 1) & mask) {
      const at = slots[h]!;
      if (at === 0) {
        const id = this.size++;
        if (id === this.firsts.length) this.growPairs();
        this.firsts[id] = a;
        this.seconds[id] = b;
        slots[h] = id + 1;
        if (this.size * 2 > slots.length) this.rehash();
        return id;
      }
      if (this.firsts[at - 1] === a && this.seconds[at - 1] === b) return at - 1;
    }
  }

  private growPairs(): void {
    const firsts = new Uint32Array(this.firsts.length * 2);
    firsts.set(this.firsts);
    this.firsts = firsts;
    const seconds = new Uint32Array(this.seconds.length * 2);
    seconds.set(this.seconds);
    this.seconds = seconds;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let h = hashPair(this.firsts[id]!, this.seconds[id]!) & mask;
      while (slots[h] !== 0) h = (h + 1) & mask;
      slots[h] = id + 1;
    }
    this.slots = slots;
    this.mask = mask;
  }
}

/** A 32-bit mix of two term ids (multiply-xorshift), so consecutive ids spread over the table. */
function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}

/**
 * A `Uint32Array` of at least `length` entries holding `array`'s first `used` entries: `array` itself when it is
 * long enough, else a copy at least twice as long.
 */
export function grownUint32(array: Uint32Array<ArrayBuffer>, length: number, used = array.length): Uint32Array<ArrayBuffer> {
  if (length <= array.length) return array;
  const grown = new Uint32Array(Math.max(length, array.length * 2));
  grown.set(array.subarray(0, used));
  return grown;
}
