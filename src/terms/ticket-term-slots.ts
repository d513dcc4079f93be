import type { Corpus } from '../core/corpus.js';
import { forEachAdjacentPair, pairKey } from './adjacent-pairs.js';
import type { Phrase } from './find-phrases.js';

/**
 * Visits each ticket with the distinct "slots" it holds: term ids `0..V-1` for words and `V + p` for
 * `phrases[p]`. The `slots` array is reused between calls: copy it to keep it.
 */
export function forEachTicketSlots(
  corpus: Corpus,
  phrases: readonly Phrase[],
  maxGap: number,
  visit: (doc: number, slots: readonly number[]) => void,
  order?: ArrayLike<number>,
): void {
  const v = corpus.vocab.terms.length;
  const phraseSlot = new Map<number, number>();
  phrases.forEach((p, i) => phraseSlot.set(pairKey(p.a, p.b, v), v + i));
  const seen = new Uint32Array(v + phrases.length);
  const slots: number[] = [];
  const n = order ? order.length : corpus.docs.length;
  for (let k = 0; k < n; k++) {
    const i = order ? (order[k] ?? 0) : k;
    const doc = corpus.docs[i];
    if (!doc) continue;
    const stamp = k + 1;
    slots.length = 0;
    for (const id of doc.termIds) {
      if (seen[id] === stamp) continue;
      seen[id] = stamp;
      slots.push(id);
    }
    if (phraseSlot.size > 0) {
      forEachAdjacentPair(corpus, i, maxGap, (a, b) => {
        const slot = phraseSlot.get(pairKey(a, b, v));
        if (slot === undefined || seen[slot] === stamp) return;
        seen[slot] = stamp;
        slots.push(slot);
      });
    }
    visit(i, slots);
  }
}

/** The text of a slot: the term, or the phrase's `a+b`. */
export function slotTerm(corpus: Corpus, phrases: readonly Phrase[], slot: number): string {
  const v = corpus.vocab.terms.length;
  return slot < v ? (corpus.vocab.terms[slot] ?? '') : (phrases[slot - v]?.term ?? '');
}

/**
 * Ticket indices ordered so that tickets of one customer are consecutive (tickets without a customer each form
 * their own group). Walking tickets in this order lets a per-term "last customer" stamp count distinct
 * customers with typed arrays instead of a Set per term.
 */
export function customerOrder(corpus: Corpus, indices?: readonly number[]): { order: Uint32Array; group: Uint32Array } {
  const all = indices ?? corpus.tickets.map((_, i) => i);
  const keyed = all.map((i) => ({ i, c: corpus.tickets[i]?.customerHash ?? `\u0000${i}` }));
  keyed.sort((x, y) => (x.c < y.c ? -1 : x.c > y.c ? 1 : x.i - y.i));
  const order = new Uint32Array(keyed.length);
  const group = new Uint32Array(keyed.length);
  let g = 0;
  keyed.forEach((k, j) => {
    if (j > 0 && keyed[j - 1]?.c !== k.c) g++;
    order[j] = k.i;
    group[j] = g + 1;
  });
  return { order, group };
}
