/**
 * What every period's {@link PeriodTicketIds} of one counting run share: the text of each slot (term id, or
 * vocabulary size + phrase index), the slot of each text, and the ticket ids by corpus index.
 */
export interface SlotTexts {
  /** The text of each slot. */
  readonly terms: readonly string[];
  /**
   * The slot of each text. When a phrase's `a+b` is also a word (jieba keeps `c++` or `wifi+宽带` whole), or a
   * phrase is listed twice, the last slot; {@link PeriodTicketIds} resolves such texts through `sameText`.
   */
  readonly slotOf: ReadonlyMap<string, number>;
  /** For each slot whose text other slots hold too, all the slots of that text. */
  readonly sameText: ReadonlyMap<number, readonly number[]>;
  /** Ticket id of each corpus index. */
  readonly ids: readonly string[];
}

/**
 * Builds the {@link SlotTexts} of `terms` (slot → text) and the corpus's ticket ids.
 */
export function slotTexts(terms: readonly string[], ids: readonly string[]): SlotTexts {
  const slotOf = new Map<string, number>();
  const sameText = new Map<number, number[]>();
  terms.forEach((term, slot) => {
    const other = slotOf.get(term);
    if (other !== undefined) {
      const group = sameText.get(other) ?? [other];
      group.push(slot);
      for (const s of group) sameText.set(s, group);
    }
    slotOf.set(term, slot);
  });
  return { terms, slotOf, sameText, ids };
}

/**
 * The ticket ids of each term of one period (term → ids in input order), as a read-only Map made from corpus
 * indexes only when a term is asked for. A period keeps one array of corpus indexes for all its terms instead of
 * an array of id strings per term: at a million tickets those arrays held some 35 million references for the whole
 * run, and only the few rising terms ever read theirs. Each `get` returns a new array.
 *
 * Keys come in the order the terms were first met, as a Map filled in that order would give them; a text held by
 * several slots (a phrase `a+b` that is also a word) keeps its first place and the ids of the slot met last, as
 * `set`s of one key would.
 */
export class PeriodTicketIds implements ReadonlyMap<string, string[]> {
  readonly size: number;

  /**
   * @param shared the counting run's slot texts and ticket ids
   * @param touched the period's slots in the order they were first met
   * @param starts `docs[starts[k] .. starts[k + 1])` are the corpus indexes of `touched[k]`'s tickets
   * @param positionOf each slot's position in `touched`, -1 for a slot the period does not hold
   * @param docs corpus indexes, slot by slot
   */
  constructor(
    private readonly shared: SlotTexts,
    private readonly touched: Uint32Array,
    private readonly starts: Uint32Array,
    private readonly positionOf: Int32Array,
    private readonly docs: Uint32Array,
  ) {
    let size = touched.length;
    if (shared.sameText.size > 0) {
      // A text several slots hold counts once: at the first of them the period meets.
      for (let k = 0; k < touched.length; k++) if (this.firstOfText(touched[k]!) < k) size--;
    }
    this.size = size;
  }

  get(term: string): string[] | undefined {
    const k = this.positionOfText(term);
    return k < 0 ? undefined : this.idsAt(k);
  }

  has(term: string): boolean {
    return this.positionOfText(term) >= 0;
  }

  *entries(): MapIterator<[string, string[]]> {
    for (let k = 0; k < this.touched.length; k++) {
      const slot = this.touched[k]!;
      if (!this.shared.sameText.has(slot)) {
        yield [this.shared.terms[slot]!, this.idsAt(k)];
        continue;
      }
      if (this.firstOfText(slot) < k) continue;
      yield [this.shared.terms[slot]!, this.idsAt(this.lastOfText(slot))];
    }
  }

  *keys(): MapIterator<string> {
    for (const [term] of this.entries()) yield term;
  }

  *values(): MapIterator<string[]> {
    for (const [, ids] of this.entries()) yield ids;
  }

  forEach(callback: (value: string[], key: string, map: ReadonlyMap<string, string[]>) => void, thisArg?: unknown): void {
    for (const [term, ids] of this.entries()) callback.call(thisArg, ids, term, this);
  }

  [Symbol.iterator](): MapIterator<[string, string[]]> {
    return this.entries();
  }

  /** Position in `touched` of slot `slot`, -1 when the period does not hold it. */
  private at(slot: number): number {
    return slot < this.positionOf.length ? this.positionOf[slot]! : -1;
  }

  /** Position in `touched` whose ids `term` has: of the slot met last when several slots share the text. */
  private positionOfText(term: string): number {
    const slot = this.shared.slotOf.get(term);
    if (slot === undefined) return -1;
    return this.shared.sameText.has(slot) ? this.lastOfText(slot) : this.at(slot);
  }

  /** The latest position of the slots sharing `slot`'s text, -1 when the period holds none. */
  private lastOfText(slot: number): number {
    let last = -1;
    for (const s of this.shared.sameText.get(slot) ?? [slot]) last = Math.max(last, this.at(s));
    return last;
  }

  /** The earliest position of the slots sharing `slot`'s text that the period holds, -1 when it holds none. */
  private firstOfText(slot: number): number {
    let first = -1;
    for (const s of this.shared.sameText.get(slot) ?? [slot]) {
      const k = this.at(s);
      if (k >= 0 && (first < 0 || k < first)) first = k;
    }
    return first;
  }

  private idsAt(k: number): string[] {
    const from = this.starts[k]!;
    const to = this.starts[k + 1]!;
    const out = new Array<string>(to - from);
    for (let i = from; i < to; i++) out[i - from] = this.shared.ids[this.docs[i]!]!;
    return out;
  }
}

/**
 * `base` with `extra`'s entries set over it, read as `new Map([...base, ...extra])` would be (same keys, order and
 * values) without copying either: merging a period's region ids into its term ids copied every term's entry.
 */
export function withTicketIds(
  base: ReadonlyMap<string, readonly string[]>,
  extra: ReadonlyMap<string, readonly string[]>,
): ReadonlyMap<string, readonly string[]> {
  return new MergedTicketIds(base, extra);
}

class MergedTicketIds implements ReadonlyMap<string, readonly string[]> {
  readonly size: number;

  constructor(
    private readonly base: ReadonlyMap<string, readonly string[]>,
    private readonly extra: ReadonlyMap<string, readonly string[]>,
  ) {
    let size = base.size;
    for (const key of extra.keys()) if (!base.has(key)) size++;
    this.size = size;
  }

  get(key: string): readonly string[] | undefined {
    return this.extra.has(key) ? this.extra.get(key) : this.base.get(key);
  }

  has(key: string): boolean {
    return this.extra.has(key) || this.base.has(key);
  }

  *entries(): MapIterator<[string, readonly string[]]> {
    for (const [key, ids] of this.base) yield [key, this.extra.has(key) ? this.extra.get(key)! : ids];
    for (const [key, ids] of this.extra) if (!this.base.has(key)) yield [key, ids];
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<readonly string[]> {
    for (const [, ids] of this.entries()) yield ids;
  }

  forEach(callback: (value: readonly string[], key: string, map: ReadonlyMap<string, readonly string[]>) => void, thisArg?: unknown): void {
    for (const [key, ids] of this.entries()) callback.call(thisArg, ids, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, readonly string[]]> {
    return this.entries();
  }
}
