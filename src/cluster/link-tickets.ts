import type { TfidfMatrix } from './tfidf-matrix.js';

/** Similarity links between tickets as parallel typed arrays: link `e` joins rows `from[e]` < `to[e]` at cosine `sim[e]`. */
export interface TicketLinks {
  length: number;
  from: Int32Array;
  to: Int32Array;
  sim: Float32Array;
}

/** Options of {@link linkTickets}. */
export interface LinkOptions {
  /** Heaviest terms of each row that form its blocking keys. */
  topTerms: number;
  /** Earlier rows of the same key each row is compared with (the most recent ones). */
  window: number;
  /** Cosine a pair needs to be linked. */
  minSimilarity: number;
  /** Links kept per row to earlier rows, the most similar first. */
  maxLinks: number;
  /** Columns two rows must share to be linked (1 or more). */
  minShared: number;
}

/** Cosine of two rows of a row-normalised CSR matrix (sorted columns); 0 when they share fewer than `minShared` columns. */
export function rowCosine(m: TfidfMatrix, i: number, j: number, minShared: number): number {
  let shared = 0;
  let p = m.indptr[i]!;
  let q = m.indptr[j]!;
  const pe = m.indptr[i + 1]!;
  const qe = m.indptr[j + 1]!;
  let s = 0;
  while (p < pe && q < qe) {
    const a = m.indices[p]!;
    const b = m.indices[q]!;
    if (a === b) {
      s += m.values[p++]! * m.values[q++]!;
      shared++;
    } else if (a < b) p++;
    else q++;
  }
  return shared >= minShared ? s : 0;
}

/** Writes the columns of row `i`'s `size` heaviest cells into `out` (ascending column order); returns how many. */
function topColumns(m: TfidfMatrix, i: number, size: number, out: Int32Array, weights: Float32Array): number {
  let count = 0;
  for (let p = m.indptr[i]!; p < m.indptr[i + 1]!; p++) {
    const c = m.indices[p]!;
    const w = m.values[p]!;
    // Insertion into a short sorted buffer (heaviest first, ties by column): rows hold tens of terms, size is ~6.
    let at = count < size ? count : size;
    while (at > 0 && (weights[at - 1]! < w || (weights[at - 1] === w && out[at - 1]! > c))) {
      if (at < size) {
        out[at] = out[at - 1]!;
        weights[at] = weights[at - 1]!;
      }
      at--;
    }
    if (at < size) {
      out[at] = c;
      weights[at] = w;
      if (count < size) count++;
    }
  }
  out.subarray(0, count).sort();
  return count;
}

/**
 * Links rows of a row-normalised TF-IDF matrix whose cosine is at least `minSimilarity` and that share at least
 * `minShared` columns. Candidates come from blocking keys: every pair of a row's `topTerms` heaviest columns (every
 * single column when `minShared` is 1). Each row is compared only with the `window` most recent earlier rows of
 * each of its keys, so the cost is at most rows · keys · window cosines — linear in the rows, whatever the key
 * frequencies — and keeps its `maxLinks` most similar links (links to later rows are added by those rows). A recurring problem keeps linking because its tickets keep sharing the same key (place + fault);
 * the earlier design skipped every term in more than 400 tickets' top terms, which at 100,000 tickets skipped
 * nearly all and found 40 issues instead of hundreds.
 */
export function linkTickets(m: TfidfMatrix, options: LinkOptions): TicketLinks {
  const { topTerms, window, minSimilarity, minShared, maxLinks } = options;
  // The row's best links so far (similarity descending), flushed once its keys are done.
  const bestTo = new Int32Array(maxLinks);
  const bestSim = new Float32Array(maxLinks);
  let best = 0;
  const single = minShared <= 1;
  const slotOf = new KeySlots();
  let ring = new Int32Array(1024 * window);
  let filled = new Int32Array(1024);
  let slots = 0;
  const lastSeen = new Int32Array(m.rows).fill(-1);
  const tops = new Int32Array(topTerms);
  const topWeights = new Float32Array(topTerms);
  let links: TicketLinks = { length: 0, from: new Int32Array(1024), to: new Int32Array(1024), sim: new Float32Array(1024) };
  const { indptr, indices, values } = m;
  const dense = new Float32Array(m.cols);

  const visit = (key: number, i: number): void => {
    let slot = slotOf.get(key);
    if (slot < 0) {
      slot = slots++;
      slotOf.set(key, slot);
      if (slot >= filled.length) {
        const grownFilled = new Int32Array(filled.length * 2);
        grownFilled.set(filled);
        filled = grownFilled;
        const grownRing = new Int32Array(filled.length * window);
        grownRing.set(ring);
        ring = grownRing;
      }
    }
    const seen = filled[slot]!;
    const base = slot * window;
    const stop = Math.min(seen, window);
    for (let r = 0; r < stop; r++) {
      const j = ring[base + r]!;
      if (lastSeen[j] === i) continue;
      lastSeen[j] = i;
      // Row i is scattered into `dense`: one pass over j's cells, the same products summed in the same column
      // order as rowCosine's merge (so the same float result), without its unpredictable branches.
      let dot = 0;
      let shared = 0;
      for (let q = indptr[j]!, qe = indptr[j + 1]!; q < qe; q++) {
        const w = dense[indices[q]!]!;
        if (w !== 0) {
          dot += w * values[q]!;
          shared++;
        }
      }
      const sim = shared >= minShared ? dot : 0;
      if (sim >= minSimilarity && (best < maxLinks || sim > bestSim[best - 1]!)) {
        let at = best < maxLinks ? best++ : maxLinks - 1;
        while (at > 0 && bestSim[at - 1]! < sim) {
          bestSim[at] = bestSim[at - 1]!;
          bestTo[at] = bestTo[at - 1]!;
          at--;
        }
        bestSim[at] = sim;
        bestTo[at] = j;
      }
    }
    ring[base + (seen % window)] = i;
    filled[slot] = seen + 1;
  };

  for (let i = 0; i < m.rows; i++) {
    const count = topColumns(m, i, topTerms, tops, topWeights);
    for (let p = indptr[i]!; p < indptr[i + 1]!; p++) dense[indices[p]!] = values[p]!;
    for (let a = 0; a < count; a++) {
      const ca = tops[a]!;
      if (single) visit(ca * m.cols + ca, i);
      else for (let b = a + 1; b < count; b++) visit(ca * m.cols + tops[b]!, i);
    }
    for (let p = indptr[i]!; p < indptr[i + 1]!; p++) dense[indices[p]!] = 0;
    for (let r = 0; r < best; r++) links = pushLink(links, bestTo[r]!, i, bestSim[r]!);
    best = 0;
  }
  return links;
}

/**
 * Slot of each blocking key (`column · cols + column`, up to cols², beyond the small-integer range), by open
 * addressing over a Float64Array. Hand-written instead of a `Map<number, number>`, where keys past 2^31 are boxed
 * heap numbers: with the compact re-split rounds of `findIssues`, the whole stage went 5.8 s → 5.6 s at 300,000
 * tickets and 24.6-26.6 s → 21.3 s at 1,000,000 (same process, same corpus, identical output).
 */
class KeySlots {
  private keys = new Float64Array(1 << 16).fill(-1);
  private values = new Int32Array(1 << 16);
  private size = 0;

  /** The key's slot, -1 when absent. */
  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let h = hashKey(key) & mask; ; h = (h + 1) & mask) {
      const k = this.keys[h]!;
      if (k === key) return this.values[h]!;
      if (k === -1) return -1;
    }
  }

  /** Stores a key that is not present yet. */
  set(key: number, value: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let h = hashKey(key) & mask;
    while (this.keys[h] !== -1) h = (h + 1) & mask;
    this.keys[h] = key;
    this.values[h] = value;
    this.size++;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Float64Array(oldKeys.length * 2).fill(-1);
    this.values = new Int32Array(oldKeys.length * 2);
    this.size = 0;
    for (let h = 0; h < oldKeys.length; h++) if (oldKeys[h] !== -1) this.set(oldKeys[h]!, oldValues[h]!);
  }
}

/** Mixes a non-negative integer key below 2^53 into 32 bits. */
function hashKey(key: number): number {
  const lo = key >>> 0;
  const hi = (key / 4294967296) >>> 0;
  let h = lo ^ Math.imul(hi, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

function pushLink(links: TicketLinks, from: number, to: number, sim: number): TicketLinks {
  let out = links;
  if (out.length === out.from.length) {
    const size = out.length * 2;
    const grow = <T extends Int32Array | Float32Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    out = {
      length: out.length,
      from: grow(out.from, (n) => new Int32Array(n)),
      to: grow(out.to, (n) => new Int32Array(n)),
      sim: grow(out.sim, (n) => new Float32Array(n)),
    };
  }
  out.from[out.length] = from;
  out.to[out.length] = to;
  out.sim[out.length] = sim;
  out.length++;
  return out;
}
