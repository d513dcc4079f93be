import type { Corpus } from '../core/corpus.js';
import type { TicketTerms } from './ticket-term-weights.js';

/** The entity each ticket is about, and how entity variants were merged. */
export interface TicketEntities {
  /** Canonical entity term id of every ticket, -1 for a ticket naming none. */
  entityOf: Int32Array;
  /** Canonical term id of every entity term (its variants point to one of them), -1 for a non-entity term. */
  canonicalOf: Int32Array;
  /** Tickets of each canonical entity (by term id; 0 for others). */
  tickets: Int32Array;
}

/**
 * Finds the entity each ticket hangs on (the firm, place or product it names most, by term weight, so a name in
 * the subject line counts more) after merging variants. Names whose stems are equal once a suffix of one family
 * is removed are one entity (捷信公司 / 捷信金融 / 捷信消费金融, 招商银行 / 招商信用卡), and the bare stem joins them when
 * it is a word of its own used for one family only (捷信, 浦发; not 中国 of 中国银行 and 中国人寿). Other entities
 * merge with an entity they start with (运河家园 / 运河家园小区). A merged group is named by its most frequent member.
 *
 * @param isAlias whether a bare stem may stand for its entity (not a generic word).
 */
export function findTicketEntities(
  corpus: Corpus,
  df: Uint32Array,
  isEntity: (term: string) => boolean,
  termsOf: (i: number) => TicketTerms,
  families: readonly (readonly string[])[] = [],
  isAlias: (term: string) => boolean = () => true,
): TicketEntities {
  const terms = corpus.vocab.terms;
  const parent = new Int32Array(terms.length).fill(-1);
  const entityIds: number[] = [];
  for (let t = 0; t < terms.length; t++) {
    if (df[t]! > 0 && isEntity(terms[t]!)) {
      parent[t] = t;
      entityIds.push(t);
    }
  }
  const find = (t: number): number => {
    while (parent[t] !== t) {
      parent[t] = parent[parent[t]!]!;
      t = parent[t]!;
    }
    return t;
  };
  const union = (x: number, y: number): void => {
    const a = find(x);
    const b = find(y);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const byStem = new Map<string, Map<number, number>>();
  const inFamily = new Uint8Array(terms.length);
  for (const u of entityIds) {
    const word = terms[u]!;
    families.forEach((suffixes, f) => {
      const suffix = suffixes.find((x) => word.length - x.length >= 2 && word.endsWith(x));
      if (suffix === undefined) return;
      const stem = word.slice(0, word.length - suffix.length);
      let keys = byStem.get(stem);
      if (!keys) byStem.set(stem, (keys = new Map()));
      const first = keys.get(f);
      if (first === undefined) keys.set(f, u);
      else union(first, u);
      inFamily[u] = 1;
    });
  }
  for (const [stem, keys] of byStem) {
    if (keys.size !== 1) continue;
    const id = corpus.vocab.ids.get(stem);
    if (id === undefined || df[id] === 0 || !isAlias(stem)) continue;
    if (parent[id]! < 0) {
      parent[id] = id;
      entityIds.push(id);
    }
    union(id, [...keys.values()][0]!);
  }
  for (const u of entityIds) {
    if (inFamily[u]) continue;
    const word = terms[u]!;
    for (let k = word.length - 1; k >= 2; k--) {
      const p = corpus.vocab.ids.get(word.slice(0, k));
      if (p !== undefined && parent[p]! >= 0 && !inFamily[p]) {
        union(u, p);
        break;
      }
    }
  }
  // Each group is named by its most frequent member (ties: the shorter, then the lower id).
  const best = new Int32Array(terms.length).fill(-1);
  for (const t of entityIds) {
    const root = find(t);
    const b = best[root]!;
    if (b < 0 || df[t]! > df[b]! || (df[t] === df[b] && (terms[t]!.length < terms[b]!.length || (terms[t]!.length === terms[b]!.length && t < b)))) best[root] = t;
  }
  const canonicalOf = new Int32Array(terms.length).fill(-1);
  for (const t of entityIds) canonicalOf[t] = best[find(t)]!;

  const n = corpus.docs.length;
  const entityOf = new Int32Array(n).fill(-1);
  const tickets = new Int32Array(terms.length);
  const score = new Float64Array(terms.length);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const { count, ids, weights } = termsOf(i);
    for (let k = 0; k < count; k++) {
      const c = canonicalOf[ids[k]!]!;
      if (c < 0) continue;
      if (score[c] === 0) touched.push(c);
      score[c]! += weights[k]!;
    }
    let top = -1;
    for (const c of touched) {
      if (top < 0 || score[c]! > score[top]! || (score[c] === score[top] && (df[c]! > df[top]! || (df[c] === df[top] && c < top)))) top = c;
    }
    for (const c of touched) score[c] = 0;
    touched.length = 0;
    entityOf[i] = top;
    if (top >= 0) tickets[top]! += 1;
  }
  return { entityOf, canonicalOf, tickets };
}
