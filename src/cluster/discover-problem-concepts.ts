import type { TicketTerms } from './ticket-term-weights.js';

/** Options of {@link discoverProblemConcepts} (resolved: see `issueOptionsSchema`). */
export interface ConceptOptions {
  /** Most frequent problem terms considered (the co-occurrence table is maxTerms² integers). */
  maxTerms: number;
  /** Terms of one ticket counted for co-occurrence, its heaviest first: bounds the work per ticket. */
  pairTerms: number;
  /** Average-link NPMI at which two groups of terms join into one concept. */
  minSimilarity: number;
  /** Most terms in one concept of the first level (twice as many after concepts join). */
  maxSize: number;
  /** Average NPMI, over the tickets raising them, at which two concepts join into one (the second level). */
  mergeSimilarity: number;
  /** Pairs seen together in fewer tickets count as never seen together (chance, not a shared problem). */
  minPairTickets: number;
}

/** Problem concepts: groups of terms that name one problem together (催收/骚扰/恐吓/通讯录, 退保/保费/投保). */
export interface ProblemConcepts {
  /** Term ids of each concept, most frequent first. */
  concepts: number[][];
  /** Concept index of every vocabulary term, -1 for a term in no concept. */
  conceptOf: Int32Array;
}

/**
 * Groups problem terms into concepts by how they co-occur in tickets: the complaints about one problem share a
 * handful of words (催收, 骚扰, 恐吓, 通讯录, 家人) more often than chance, whatever the firm or place. Terms are the
 * `maxTerms` most frequent candidates (`isCandidate`: frequent enough, not an entity, not generic); each ticket
 * adds its `pairTerms` heaviest candidates' pairs to a dense co-occurrence table; two groups join, highest first,
 * while the average normalized PMI over their pairs (pairs never seen together count 0) is at least
 * `minSimilarity` and the joined group holds at most `maxSize` terms (average-link agglomerative clustering); a
 * pair seen together in fewer than `minPairTickets` tickets counts as never seen together.
 * A term close to no other stays a concept of its own. Then concepts raised together by the same tickets join the
 * same way at `mergeSimilarity` (催收/骚扰/家人 and 恐吓/暴力催收: one problem in two vocabularies). Cost: one pass over
 * the tickets, and the clustering over the observed pairs of at most `maxTerms` terms.
 *
 * @param termsOf a ticket's distinct weighted terms (see `createTicketTermWeights`).
 */
export function discoverProblemConcepts(
  tickets: number,
  termsOf: (i: number) => TicketTerms,
  df: Uint32Array,
  isCandidate: (term: number) => boolean,
  options: ConceptOptions,
): ProblemConcepts {
  const vocab = df.length;
  const candidates: number[] = [];
  for (let t = 0; t < vocab; t++) if (df[t]! > 0 && isCandidate(t)) candidates.push(t);
  candidates.sort((a, b) => df[b]! - df[a]! || a - b);
  candidates.length = Math.min(candidates.length, options.maxTerms);
  const m = candidates.length;
  const local = new Int32Array(vocab).fill(-1);
  candidates.forEach((t, k) => (local[t] = k));

  // Each ticket's heaviest candidate terms (local indexes), in one flat list: read by both levels below.
  const picks = new Int32Array(tickets * options.pairTerms);
  const pickCount = new Uint8Array(tickets);
  const picked = new Int32Array(options.pairTerms);
  const pickedW = new Float64Array(options.pairTerms);
  for (let i = 0; i < tickets; i++) {
    const { count, ids, weights } = termsOf(i);
    let size = 0;
    for (let k = 0; k < count; k++) {
      const c = local[ids[k]!]!;
      if (c < 0) continue;
      const w = weights[k]!;
      if (size === options.pairTerms && !(w > pickedW[size - 1]!)) continue;
      let at = size < options.pairTerms ? size++ : size - 1;
      while (at > 0 && w > pickedW[at - 1]!) {
        picked[at] = picked[at - 1]!;
        pickedW[at] = pickedW[at - 1]!;
        at--;
      }
      picked[at] = c;
      pickedW[at] = w;
    }
    picks.set(picked.subarray(0, size), i * options.pairTerms);
    pickCount[i] = size;
  }

  // Level 1: terms that co-occur join into concepts.
  const termDf = Float64Array.from(candidates, (t) => df[t]!);
  const termGroups = averageLink(m, termDf, cooccurrence(m, tickets, (i) => picks.subarray(i * options.pairTerms, i * options.pairTerms + pickCount[i]!)), tickets, options.minSimilarity, () => 1, options.maxSize, options.minPairTickets);
  // Level 2: concepts raised by the same tickets join (催收/骚扰 and 恐吓/暴力催收 are one problem told two ways).
  const groupOf = new Int32Array(m);
  termGroups.forEach((g, k) => {
    for (const c of g) groupOf[c] = k;
  });
  const g = termGroups.length;
  const seen = new Int32Array(g).fill(-1);
  const groupDf = new Float64Array(g);
  const buffer = new Int32Array(options.pairTerms);
  const groupsOf = (i: number): Int32Array => {
    let size = 0;
    for (let p = 0; p < pickCount[i]!; p++) {
      const k = groupOf[picks[i * options.pairTerms + p]!]!;
      if (seen[k] === i) continue;
      seen[k] = i;
      buffer[size++] = k;
    }
    return buffer.subarray(0, size);
  };
  for (let i = 0; i < tickets; i++) for (const k of groupsOf(i)) groupDf[k]! += 1;
  seen.fill(-1);
  const merged = averageLink(g, groupDf, cooccurrence(g, tickets, groupsOf), tickets, options.mergeSimilarity, (k) => termGroups[k]!.length, options.maxSize * 2, options.minPairTickets);

  const concepts: number[][] = merged.map((members) => members.flatMap((k) => termGroups[k]!.map((c) => candidates[c]!)).sort((x, y) => df[y]! - df[x]! || x - y));
  concepts.sort((x, y) => df[y[0]!]! - df[x[0]!]! || x[0]! - y[0]!);
  const conceptOf = new Int32Array(vocab).fill(-1);
  concepts.forEach((terms, c) => {
    for (const t of terms) conceptOf[t] = c;
  });
  return { concepts, conceptOf };
}

/** Dense upper-triangle co-occurrence counts of `items` items over the tickets' item lists. */
function cooccurrence(items: number, tickets: number, itemsOf: (i: number) => Int32Array): Int32Array {
  const co = new Int32Array(items * items);
  for (let i = 0; i < tickets; i++) {
    const list = itemsOf(i);
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const x = list[a]!;
        const y = list[b]!;
        if (x !== y) co[x < y ? x * items + y : y * items + x]! += 1;
      }
    }
  }
  return co;
}

/**
 * Average-link agglomerative clustering of `m` items on normalized PMI of their co-occurrence over `tickets`
 * tickets (pairs never seen together count 0): the closest groups join, highest first, while their average is at
 * least `minSimilarity` and the joined group's total `sizeOf` stays within `maxSize`; pairs seen together in fewer
 * than `minPair` tickets count as never seen together. Returns the groups' items.
 */
function averageLink(m: number, itemDf: Float64Array, co: Int32Array, tickets: number, minSimilarity: number, sizeOf: (item: number) => number, maxSize: number, minPair: number): number[][] {
  const n = Math.max(1, tickets);
  const links: Array<Map<number, number>> = Array.from({ length: m }, () => new Map());
  for (let x = 0; x < m; x++) {
    for (let y = x + 1; y < m; y++) {
      const c = co[x * m + y]!;
      // NPMI rewards rarity: two words of 3 tickets each met twice in 450 score 0.85, as high as a real problem's
      // words; in a small export such chance pairs made concepts like 在家/提前/营业/关门.
      if (c < minPair) continue;
      const pab = c / n;
      if (pab >= 1) continue;
      const npmi = Math.log(pab / ((itemDf[x]! / n) * (itemDf[y]! / n))) / -Math.log(pab);
      if (npmi <= 0) continue;
      links[x]!.set(y, npmi);
      links[y]!.set(x, npmi);
    }
  }
  const members: number[][] = Array.from({ length: m }, (_, k) => [k]);
  const size = Array.from({ length: m }, (_, k) => sizeOf(k));
  const alive = new Uint8Array(m).fill(1);
  const heap = new PairHeap();
  for (let x = 0; x < m; x++) for (const [y, s] of links[x]!) if (x < y && s >= minSimilarity) heap.push(s, x, y);
  while (heap.size > 0) {
    const { score, a, b } = heap.pop();
    if (!alive[a] || !alive[b]) continue;
    const current = (links[a]!.get(b) ?? 0) / (members[a]!.length * members[b]!.length);
    // A stale entry (the groups changed since it was pushed) is skipped; the fresh one is in the heap too.
    if (Math.abs(current - score) > 1e-12) continue;
    if (size[a]! + size[b]! > maxSize) continue;
    alive[b] = 0;
    members[a]!.push(...members[b]!);
    members[b] = [];
    size[a]! += size[b]!;
    links[a]!.delete(b);
    for (const [c, s] of links[b]!) {
      if (c === a) continue;
      const sum = (links[a]!.get(c) ?? 0) + s;
      links[a]!.set(c, sum);
      links[c]!.set(a, sum);
      links[c]!.delete(b);
    }
    links[b]!.clear();
    for (const [c, sum] of links[a]!) {
      const avg = sum / (members[a]!.length * members[c]!.length);
      if (avg >= minSimilarity) heap.push(avg, Math.min(a, c), Math.max(a, c));
    }
  }
  const groups: number[][] = [];
  for (let k = 0; k < m; k++) if (alive[k]) groups.push(members[k]!);
  return groups;
}

/** A max-heap of scored pairs (ties: lower a, then lower b first, so the clustering is deterministic). */
class PairHeap {
  private scores: number[] = [];
  private as: number[] = [];
  private bs: number[] = [];

  get size(): number {
    return this.scores.length;
  }

  push(score: number, a: number, b: number): void {
    this.scores.push(score);
    this.as.push(a);
    this.bs.push(b);
    let i = this.scores.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.before(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  pop(): { score: number; a: number; b: number } {
    const top = { score: this.scores[0]!, a: this.as[0]!, b: this.bs[0]! };
    const last = this.scores.length - 1;
    this.swap(0, last);
    this.scores.pop();
    this.as.pop();
    this.bs.pop();
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < this.scores.length && this.before(l, best)) best = l;
      if (r < this.scores.length && this.before(r, best)) best = r;
      if (best === i) break;
      this.swap(i, best);
      i = best;
    }
    return top;
  }

  private before(i: number, j: number): boolean {
    const d = this.scores[i]! - this.scores[j]!;
    if (d !== 0) return d > 0;
    if (this.as[i] !== this.as[j]) return this.as[i]! < this.as[j]!;
    return this.bs[i]! < this.bs[j]!;
  }

  private swap(i: number, j: number): void {
    [this.scores[i], this.scores[j]] = [this.scores[j]!, this.scores[i]!];
    [this.as[i], this.as[j]] = [this.as[j]!, this.as[i]!];
    [this.bs[i], this.bs[j]] = [this.bs[j]!, this.bs[i]!];
  }
}
