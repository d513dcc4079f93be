/**
 * A multi-pattern string matcher (Aho–Corasick, 1975) over UTF-16 code units.
 *
 * Hand-written because none of our dependencies ships a maintained, typed Aho–Corasick, and the alternative (one
 * big alternation RegExp built from user lexicon entries) can backtrack and is not linear in the worst case; this
 * automaton visits each character of the text once, so no input can make matching super-linear.
 */
export interface AhoCorasick {
  /** Number of patterns the automaton was built from. */
  readonly size: number;
  /**
   * Calls `onMatch(pattern, start, end)` for every occurrence of every pattern (overlapping ones included),
   * ordered by `end`; `pattern` is the index in the array given to {@link buildAhoCorasick}.
   */
  scan(text: string, onMatch: (pattern: number, start: number, end: number) => void): void;
}

/**
 * Builds the automaton. `fold` maps a character code to the code matched (e.g. ASCII lower-casing); it must keep
 * one code unit per code unit so offsets stay those of the original text.
 */
export function buildAhoCorasick(patterns: readonly string[], fold: (code: number) => number = (c) => c): AhoCorasick {
  const next: Array<Map<number, number>> = [new Map()];
  const fail: number[] = [0];
  const out: number[][] = [[]];
  const lengths = patterns.map((p) => p.length);
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = fold(pattern.charCodeAt(i));
      const edges = next[state]!;
      let to = edges.get(code);
      if (to === undefined) {
        to = next.length;
        next.push(new Map());
        fail.push(0);
        out.push([]);
        edges.set(code, to);
      }
      state = to;
    }
    out[state]!.push(index);
  });
  // Breadth-first failure links; each state's outputs absorb those of its failure state.
  const queue: number[] = [];
  for (const to of next[0]!.values()) queue.push(to);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const [code, to] of next[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !next[f]!.has(code)) f = fail[f]!;
      const target = next[f]!.get(code);
      fail[to] = target !== undefined && target !== to ? target : 0;
      const inherited = out[fail[to]!]!;
      if (inherited.length > 0) out[to] = out[to]!.concat(inherited);
      queue.push(to);
    }
  }
  // The root's transitions as a dense table over all UTF-16 code units: most characters of a text leave or pass the
  // root, and one typed-array read there instead of Map lookups roughly halved the scan time (0 = stay at root).
  const rootNext = new Int32Array(65536);
  for (const [code, to] of next[0]!) rootNext[code] = to;
  // The other states' transitions in one open-addressing table over typed arrays keyed by (state, code): a Map
  // lookup per character inside a match was most of the scan once the root's table took the rest.
  let edges = 0;
  for (let state = 1; state < next.length; state++) edges += next[state]!.size;
  let capacity = 16;
  while (capacity < edges * 2) capacity *= 2;
  const mask = capacity - 1;
  const edgeState = new Int32Array(capacity).fill(-1);
  const edgeCode = new Int32Array(capacity);
  const edgeTo = new Int32Array(capacity);
  for (let state = 1; state < next.length; state++) {
    for (const [code, to] of next[state]!) {
      let h = edgeHash(state, code) & mask;
      while (edgeState[h] !== -1) h = (h + 1) & mask;
      edgeState[h] = state;
      edgeCode[h] = code;
      edgeTo[h] = to;
    }
  }
  /** The state `state` (≠ 0) goes to on `code`, or -1 for none. */
  const step = (state: number, code: number): number => {
    for (let h = edgeHash(state, code) & mask; ; h = (h + 1) & mask) {
      const at = edgeState[h]!;
      if (at === -1) return -1;
      if (at === state && edgeCode[h] === code) return edgeTo[h]!;
    }
  };
  const failOf = Int32Array.from(fail);
  return {
    size: patterns.length,
    scan(text, onMatch) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = fold(text.charCodeAt(i));
        if (state !== 0) {
          let to = step(state, code);
          while (to < 0) {
            state = failOf[state]!;
            if (state === 0) break;
            to = step(state, code);
          }
          state = to >= 0 ? to : (rootNext[code] ?? 0);
        } else {
          state = rootNext[code] ?? 0;
        }
        if (state === 0) continue;
        const hits = out[state]!;
        for (let h = 0; h < hits.length; h++) {
          const p = hits[h]!;
          onMatch(p, i + 1 - lengths[p]!, i + 1);
        }
      }
    },
  };
}

/** A 32-bit mix of a state and a code unit, so the edges spread over the table. */
function edgeHash(state: number, code: number): number {
  let h = Math.imul(state, 0x9e3779b1) ^ code;
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca77);
  return (h ^ (h >>> 13)) >>> 0;
}
