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

/** When two entities are one thing seen from two sides (学府雅苑 and 鹿山路, the estate and the road its tickets name with it). */
export interface EntityMergeOptions {
  /** Tickets naming both, at least. */
  minTickets: number;
  /** Share of the smaller entity's tickets that name the larger too, at least… */
  smallerShare: number;
  /** …and share of the larger entity's tickets that name the smaller (so a firm named beside 套路贷 now and then stays itself). */
  largerShare: number;
}

/**
 * Finds the entity each ticket hangs on (the firm, place or product it names most, by term weight, so a name in
 * the subject line counts more) after merging variants. Names whose stems are equal once a suffix of one family
 * is removed are one entity (捷信公司 / 捷信金融 / 捷信消费金融, 招商银行 / 招商信用卡), and the bare stem joins them when
 * it is a word of its own used for one family only (捷信, 浦发; not 中国 of 中国银行 and 中国人寿). Other entities
 * merge with an entity they start with (运河家园 / 运河家园小区) or end with (枫林路锦华苑 / 锦华苑). A merged group is named by its most frequent member.
 * Entities named together in most of their tickets are one place or party seen from two sides (an estate and the
 * road beside it, a developer and its estate): with `merge`, they become one entity, named by the one more tickets name.
 *
 * @param isAlias whether a bare stem may stand for its entity (not a generic word).
 * @param merge when entities named together are one; none merged when omitted.
 */
export function findTicketEntities(
  corpus: Corpus,
  df: Uint32Array,
  isEntity: (term: string) => boolean,
  termsOf: (i: number) => TicketTerms,
  families: readonly (readonly string[])[] = [],
  isAlias: (term: string) => boolean = () => true,
  merge?: EntityMergeOptions,
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
  // A place or firm named with what stands before it (its road, district or country: 枫林路锦华苑, 中国建设银行) is the
  // entity it ends with, when that one is named alone too: three characters at least after two or more before
  // (锦华小区 is not 华小区 with a 锦 in front).
  for (const u of entityIds) {
    const word = terms[u]!;
    for (let k = 2; word.length - k >= MIN_ENDING; k++) {
      const p = corpus.vocab.ids.get(word.slice(k));
      if (p !== undefined && p !== u && parent[p]! >= 0 && df[p]! > 0) {
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
  const named = new Uint32Array(merge ? terms.length : 0);
  const pairs = new Map<number, number>();
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
    if (merge) {
      for (const c of touched) named[c]! += 1;
      if (touched.length > 1) countPairs(touched, terms.length, pairs);
    }
    for (const c of touched) score[c] = 0;
    touched.length = 0;
    entityOf[i] = top;
  }
  if (merge) mergeNamedTogether(pairs, named, terms.length, merge, canonicalOf, entityOf);
  for (let i = 0; i < n; i++) if (entityOf[i]! >= 0) tickets[entityOf[i]!]! += 1;
  return { entityOf, canonicalOf, tickets };
}

// The shortest entity another may end with and be merged into.
const MIN_ENDING = 3;

// A ticket naming more entities than this is a list (a round-up of firms), not two sides of one thing.
const MAX_NAMED = 4;

/** Counts each pair of entities one ticket names (`touched`, distinct), keyed `a * size + b` with a < b. */
function countPairs(touched: readonly number[], size: number, pairs: Map<number, number>): void {
  if (touched.length > MAX_NAMED) return;
  for (let x = 0; x < touched.length; x++) {
    for (let y = x + 1; y < touched.length; y++) {
      const a = Math.min(touched[x]!, touched[y]!);
      const b = Math.max(touched[x]!, touched[y]!);
      pairs.set(a * size + b, (pairs.get(a * size + b) ?? 0) + 1);
    }
  }
}

/** Merges entities named together often enough (see {@link EntityMergeOptions}), in place: the one named more names the group. */
function mergeNamedTogether(
  pairs: Map<number, number>,
  named: Uint32Array,
  size: number,
  options: EntityMergeOptions,
  canonicalOf: Int32Array,
  entityOf: Int32Array,
): void {
  const parent = new Map<number, number>();
  const find = (t: number): number => {
    let r = t;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  // The group's name: more tickets name it, then the lower id; kept at the root.
  const better = (a: number, b: number): number => (named[a]! > named[b]! || (named[a] === named[b] && a < b) ? a : b);
  let any = false;
  for (const key of [...pairs.keys()].sort((x, y) => x - y)) {
    const both = pairs.get(key)!;
    const a = Math.floor(key / size);
    const b = key % size;
    const small = Math.min(named[a]!, named[b]!);
    const large = Math.max(named[a]!, named[b]!);
    if (both < options.minTickets || both < options.smallerShare * small || both < options.largerShare * large) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const root = better(ra, rb);
    parent.set(ra, root);
    parent.set(rb, root);
    parent.set(root, root);
    any = true;
  }
  if (!any) return;
  for (let t = 0; t < canonicalOf.length; t++) if (canonicalOf[t]! >= 0) canonicalOf[t] = find(canonicalOf[t]!);
  for (let i = 0; i < entityOf.length; i++) if (entityOf[i]! >= 0) entityOf[i] = find(entityOf[i]!);
}
