/**
 * What every period's {@link PeriodSlotMap}s of one counting run share: the text of each slot (term id, or
 * vocabulary size + phrase index), the slot of each text, and the ticket ids by corpus index.
 */
export interface SlotTexts {
  /** The text of each slot. */
  readonly terms: readonly string[];
  /**
   * The slot of each text. When a phrase's `a+b` is also a word (jieba keeps `c++` or `wifi+宽带` whole), or a
   * phrase is listed twice, the last slot; {@link PeriodSlotMap} resolves such texts through `sameText`.
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
 * Where each slot a period holds stands among the period's slots (the order they were first met): the slots
 * ascending and their positions, searched by bisection. A slot-sized position array per period was ~50 MB over 30
 * periods at a million tickets; this is 6-8 bytes per slot the period holds.
 */
export interface SlotPositions {
  /** The period's slots, ascending. */
  readonly slots: Uint32Array;
  /** `positions[i]`: the position of `slots[i]` among the period's slots in the order met. */
  readonly positions: Uint16Array | Uint32Array;
}

/**
 * The {@link SlotPositions} of `touched` (a period's slots in the order met). `scratch`, when given, is an array
 * longer than every slot holding -1 everywhere, used and left so (the counting run's, shared by its periods).
 */
export function slotPositions(touched: Uint32Array, scratch?: Int32Array): SlotPositions {
  const slots = Uint32Array.from(touched).sort();
  const positions = touched.length <= 0x10000 ? new Uint16Array(touched.length) : new Uint32Array(touched.length);
  if (scratch) {
    for (let k = 0; k < touched.length; k++) scratch[touched[k]!] = k;
    for (let i = 0; i < slots.length; i++) {
      positions[i] = scratch[slots[i]!]!;
      scratch[slots[i]!] = -1;
    }
  } else {
    const at = new Map<number, number>();
    touched.forEach((s, k) => at.set(s, k));
    slots.forEach((s, i) => (positions[i] = at.get(s)!));
  }
  return { slots, positions };
}

/**
 * A value per term of one period (term → value), as a read-only Map over the period's slots: the values live in
 * typed arrays by position and a term finds its slot through the run's shared {@link SlotTexts}, so a period holds
 * no hash table of its own. Per-period Maps of every term's customers and ticket ids held hundreds of megabytes at
 * a million tickets, for the few rising terms that read them.
 *
 * Keys come in the order the terms were first met, as a Map filled in that order would give them; a text held by
 * several slots (a phrase `a+b` that is also a word) keeps its first place and the value of the slot met last, as
 * `set`s of one key would.
 */
export class PeriodSlotMap<V> implements ReadonlyMap<string, V> {
  readonly size: number;

  /**
   * @param shared the counting run's slot texts
   * @param touched the period's slots in the order they were first met
   * @param lookup where each of those slots stands in `touched`
   * @param valueAt the value of the slot at position `k` of `touched`
   */
  constructor(
    private readonly shared: SlotTexts,
    private readonly touched: Uint32Array,
    private readonly lookup: SlotPositions,
    private readonly valueAt: (k: number) => V,
  ) {
    let size = touched.length;
    if (shared.sameText.size > 0) {
      // A text several slots hold counts once: at the first of them the period meets.
      for (let k = 0; k < touched.length; k++) if (this.firstOfText(touched[k]!) < k) size--;
    }
    this.size = size;
  }

  get(term: string): V | undefined {
    const k = this.positionOfText(term);
    return k < 0 ? undefined : this.valueAt(k);
  }

  has(term: string): boolean {
    return this.positionOfText(term) >= 0;
  }

  *entries(): MapIterator<[string, V]> {
    for (let k = 0; k < this.touched.length; k++) {
      const slot = this.touched[k]!;
      if (!this.shared.sameText.has(slot)) {
        yield [this.shared.terms[slot]!, this.valueAt(k)];
        continue;
      }
      if (this.firstOfText(slot) < k) continue;
      yield [this.shared.terms[slot]!, this.valueAt(this.lastOfText(slot))];
    }
  }

  *keys(): MapIterator<string> {
    for (const [term] of this.entries()) yield term;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [term, value] of this.entries()) callback.call(thisArg, value, term, this);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  /** Position in `touched` of slot `slot`, -1 when the period does not hold it. */
  private at(slot: number): number {
    const { slots, positions } = this.lookup;
    let lo = 0;
    let hi = slots.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = slots[mid]!;
      if (s === slot) return positions[mid]!;
      if (s < slot) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
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

}

/**
 * The ticket ids of each term of one period, in input order, made when a term is asked for (a new array on each
 * `get`): `tickets[local[i]]` for `i` in `starts[k] .. starts[k + 1])` are the corpus indexes of `touched[k]`'s
 * tickets, `tickets` being the period's corpus indexes and `local` positions in it (16 bits for a period of up to
 * 65,536 tickets).
 */
export function periodTicketIds(
  shared: SlotTexts,
  touched: Uint32Array,
  lookup: SlotPositions,
  starts: Uint32Array,
  local: Uint16Array | Uint32Array,
  tickets: Uint32Array,
): PeriodSlotMap<string[]> {
  return new PeriodSlotMap(shared, touched, lookup, (k) => {
    const from = starts[k]!;
    const to = starts[k + 1]!;
    const out = new Array<string>(to - from);
    for (let i = from; i < to; i++) out[i - from] = shared.ids[tickets[local[i]!]!]!;
    return out;
  });
}

/** A number per term of one period: `values[k]` is `touched[k]`'s. */
export function periodSlotNumbers(shared: SlotTexts, touched: Uint32Array, lookup: SlotPositions, values: Uint32Array): PeriodSlotMap<number> {
  return new PeriodSlotMap(shared, touched, lookup, (k) => values[k]!);
}

/**
 * `base` with `extra`'s entries set over it, read as `new Map([...base, ...extra])` would be (same keys, order and
 * values) without copying either: merging a period's region counts into its term counts copied every term's entry.
 */
export function withEntries<V>(base: ReadonlyMap<string, V>, extra: ReadonlyMap<string, V>): ReadonlyMap<string, V> {
  return new MergedMap(base, extra);
}

class MergedMap<V> implements ReadonlyMap<string, V> {
  readonly size: number;

  constructor(
    private readonly base: ReadonlyMap<string, V>,
    private readonly extra: ReadonlyMap<string, V>,
  ) {
    let size = base.size;
    for (const key of extra.keys()) if (!base.has(key)) size++;
    this.size = size;
  }

  get(key: string): V | undefined {
    return this.extra.has(key) ? this.extra.get(key) : this.base.get(key);
  }

  has(key: string): boolean {
    return this.extra.has(key) || this.base.has(key);
  }

  *entries(): MapIterator<[string, V]> {
    for (const [key, value] of this.base) yield [key, this.extra.has(key) ? this.extra.get(key)! : value];
    for (const [key, value] of this.extra) if (!this.base.has(key)) yield [key, value];
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}
