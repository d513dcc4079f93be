import { customerNumbers } from '../core/customer-numbers.js';
import type { Corpus } from '../core/corpus.js';
import { forEachAdjacentPair } from './adjacent-pairs.js';
import { PairTable } from './pair-table.js';
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
  // Pair ids of the phrases (a phrase listed twice takes its last slot); most pairs are rejected by their first
  // word alone.
  const phraseTable = new PairTable(phrases.length);
  const phraseSlot: number[] = [];
  const startsPhrase = new Uint8Array(v);
  phrases.forEach((p, i) => {
    phraseSlot[phraseTable.add(p.a, p.b)] = v + i;
    startsPhrase[p.a] = 1;
  });
  const seen = new Uint32Array(v + phrases.length);
  const slots: number[] = [];
  const n = order ? order.length : corpus.docs.length;
  let stamp = 0;
  // One pair visitor for all tickets (a closure per ticket was most of this loop's garbage at a million tickets).
  const onPair = (a: number, b: number): void => {
    if (startsPhrase[a] !== 1) return;
    const id = phraseTable.find(a, b);
    if (id < 0) return;
    const slot = phraseSlot[id]!;
    if (seen[slot] === stamp) return;
    seen[slot] = stamp;
    slots.push(slot);
  };
  for (let k = 0; k < n; k++) {
    const i = order ? (order[k] ?? 0) : k;
    const doc = corpus.docs[i];
    if (!doc) continue;
    stamp = k + 1;
    slots.length = 0;
    const ids = doc.termIds;
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j]!;
      if (seen[id] === stamp) continue;
      seen[id] = stamp;
      slots.push(id);
    }
    if (phrases.length > 0) forEachAdjacentPair(corpus, i, maxGap, onPair);
    visit(i, slots);
  }
}

/** The text of a slot: the term, or the phrase's `a+b`. */
export function slotTerm(corpus: Corpus, phrases: readonly Phrase[], slot: number): string {
  const v = corpus.vocab.terms.length;
  return slot < v ? (corpus.vocab.terms[slot] ?? '') : (phrases[slot - v]?.term ?? '');
}

/**
 * Distinct slots of every ticket, in CSR form: ticket `i` holds `slots[offsets[i] .. offsets[i+1])`, in the order
 * {@link forEachTicketSlots} visits them. Built in one pass so callers that walk the tickets several times (per
 * period, in input and in customer order) find adjacent pairs once instead of on every walk.
 */
export interface TicketSlotLists {
  offsets: Uint32Array;
  slots: Uint32Array;
}

/** Builds the {@link TicketSlotLists} of all tickets (or of `docs` only, taken in ascending order; others stay empty). */
export function ticketSlotLists(corpus: Corpus, phrases: readonly Phrase[], maxGap: number, docs?: ArrayLike<number>): TicketSlotLists {
  const n = corpus.docs.length;
  const offsets = new Uint32Array(n + 1);
  let slots = new Uint32Array(Math.max(1024, n * 8));
  let used = 0;
  let last = 0;
  // Ascending visiting order makes the filled buffer the CSR array itself.
  const ascending = docs ? Uint32Array.from(docs).sort() : undefined;
  forEachTicketSlots(
    corpus,
    phrases,
    maxGap,
    (doc, held) => {
      if (used + held.length > slots.length) {
        const grown = new Uint32Array(Math.max(slots.length * 2, used + held.length));
        grown.set(slots.subarray(0, used));
        slots = grown;
      }
      for (let k = 0; k < held.length; k++) slots[used + k] = held[k]!;
      for (let i = last + 1; i <= doc; i++) offsets[i] = used;
      used += held.length;
      offsets[doc + 1] = used;
      last = doc + 1;
    },
    ascending,
  );
  for (let i = last + 1; i <= n; i++) offsets[i] = used;
  return { offsets, slots: slots.slice(0, used) };
}

/**
 * Ticket indices ordered so that tickets of one customer are consecutive (tickets without a customer each form
 * their own group, first). Walking tickets in this order lets a per-term "last customer" stamp count distinct
 * customers with typed arrays instead of a Set per term. Customers come in order of first appearance, each one's
 * tickets in the order given: a counting sort over interned customer ids, where sorting per-ticket objects by hash
 * string took ~0.3 s per 100,000 tickets.
 */
export function customerOrder(corpus: Corpus, indices?: ArrayLike<number>): { order: Uint32Array; group: Uint32Array } {
  const count = indices ? indices.length : corpus.tickets.length;
  // The corpus's customer numbers, renumbered by first appearance among these tickets.
  const numbers = customerNumbers(corpus);
  const local = new Int32Array(numbers.hashes.length).fill(-1);
  let size = 0;
  const customer = new Int32Array(count);
  let anonymous = 0;
  for (let k = 0; k < count; k++) {
    const i = indices ? indices[k]! : k;
    const c = numbers.customerOf[i] ?? -1;
    if (c < 0) {
      customer[k] = -1;
      anonymous++;
      continue;
    }
    let id = local[c]!;
    if (id < 0) local[c] = id = size++;
    customer[k] = id;
  }
  // start[c] = position of customer c's first ticket in `order`, after the anonymous tickets.
  const start = new Uint32Array(size + 1);
  for (let k = 0; k < count; k++) if (customer[k]! >= 0) start[customer[k]! + 1]! += 1;
  start[0] = anonymous;
  for (let c = 0; c < size; c++) start[c + 1]! += start[c]!;
  const order = new Uint32Array(count);
  const group = new Uint32Array(count);
  let nextAnonymous = 0;
  for (let k = 0; k < count; k++) {
    const i = indices ? indices[k]! : k;
    const c = customer[k]!;
    if (c < 0) {
      order[nextAnonymous] = i;
      group[nextAnonymous] = nextAnonymous + 1;
      nextAnonymous++;
    } else {
      const at = start[c]!++;
      order[at] = i;
      group[at] = anonymous + c + 1;
    }
  }
  return { order, group };
}

/**
 * What {@link rankHotTerms} and `countTermsByPeriod` both build over the whole corpus: every ticket's slot lists
 * and the tickets in customer order. The terms step makes them once and passes them to both (each built its own:
 * at a million tickets a second walk over every ticket's terms and pairs). Must be of the same corpus, phrases and
 * `phraseMaxGap` as the call.
 */
export interface CorpusSlots {
  lists: TicketSlotLists;
  customers: { order: Uint32Array; group: Uint32Array };
}

/** The {@link CorpusSlots} of `corpus` with these phrases and gap. */
export function corpusSlots(corpus: Corpus, phrases: readonly Phrase[], maxGap: number): CorpusSlots {
  return { lists: ticketSlotLists(corpus, phrases, maxGap), customers: customerOrder(corpus) };
}
