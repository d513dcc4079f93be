import type { StoredIssue } from '../history/history-types.js';

/** Cosine of two sparse term vectors given as `[term, weight]` lists. */
export function signatureCosine(a: Array<[string, number]>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  for (const [t, w] of a) {
    dot += w * (b.get(t) ?? 0);
    na += w * w;
  }
  let nb = 0;
  for (const w of b.values()) nb += w * w;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Matches this run's issue signatures to stored ones one-to-one, most similar pairs first, keeping pairs with
 * cosine >= `minSimilarity`. Returns the index into `previous` for each signature, or -1.
 */
export function matchIssues(signatures: Array<Array<[string, number]>>, previous: StoredIssue[], minSimilarity: number): Int32Array {
  const maps = previous.map((p) => new Map(p.terms));
  const pairs: Array<{ s: number; p: number; sim: number }> = [];
  signatures.forEach((sig, s) => {
    maps.forEach((m, p) => {
      const sim = signatureCosine(sig, m);
      if (sim >= minSimilarity) pairs.push({ s, p, sim });
    });
  });
  pairs.sort((x, y) => y.sim - x.sim || x.s - y.s || x.p - y.p);
  const out = new Int32Array(signatures.length).fill(-1);
  const taken = new Uint8Array(previous.length);
  for (const { s, p } of pairs) {
    if (out[s] !== -1 || taken[p]) continue;
    out[s] = p;
    taken[p] = 1;
  }
  return out;
}

/** FNV-1a 32-bit hash as 8 hex digits. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A deterministic new issue id from its top terms (`I-` + hash of the sorted top five), unique within `taken`. */
export function newIssueId(terms: string[], taken: Set<string>): string {
  const base = `I-${fnv1a([...terms.slice(0, 5)].sort().join('|'))}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
