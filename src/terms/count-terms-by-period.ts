import type { Corpus } from '../core/corpus.js';
import { HotspotsError } from '../core/errors.js';
import type { Phrase } from './find-phrases.js';
import type { PeriodTermDetail } from './period-term-counts.js';
import { periodSlotNumbers, periodTicketIds, slotPositions, slotTexts, type SlotTexts } from './period-slot-map.js';
import { termsOptionsSchema, type TermsOptions } from './terms-options.js';
import { customerOrder, slotTerm, ticketSlotLists, type CorpusSlots } from './ticket-term-slots.js';
import { parseOptions } from '../core/parse-options.js';

/**
 * Per-period ticket frequency of every term and phrase (`a+b`), with distinct customers and ticket ids (in input
 * order) per term. Customers and ids are read-only Maps over the period's slots (`PeriodSlotMap`): ids are made for
 * a term only when it is asked for. `periodIds[i]` is the period of ticket `i`. Periods come back sorted by id (ids of one kind
 * sort in time order). `shared`: the corpus's slot lists and customer order already made (`corpusSlots`) for these
 * phrases and `phraseMaxGap`.
 * @throws HotspotsError when `periodIds` does not hold one id per ticket.
 */
export function countTermsByPeriod(
  corpus: Corpus,
  periodIds: readonly string[],
  phrases: readonly Phrase[] = [],
  options: TermsOptions = {},
  shared?: CorpusSlots,
): PeriodTermDetail[] {
  if (periodIds.length !== corpus.docs.length) {
    throw new HotspotsError(`countTermsByPeriod: expected one period id per ticket (${corpus.docs.length}), got ${periodIds.length}`);
  }
  const o = parseOptions(termsOptionsSchema, options, 'terms');
  // Every per-ticket list is built in one pass over all tickets and split by period (a counting sort), so the
  // periods together cost one pass, however many there are.
  const byPeriod = new Map<string, number>();
  for (const p of periodIds) if (!byPeriod.has(p)) byPeriod.set(p, byPeriod.size);
  const periods = [...byPeriod.keys()].sort();
  const rank = new Uint32Array(periods.length);
  periods.forEach((p, r) => (rank[byPeriod.get(p)!] = r));
  const n = periodIds.length;
  const periodOf = new Uint32Array(n);
  const start = new Uint32Array(periods.length + 1);
  for (let i = 0; i < n; i++) {
    const r = rank[byPeriod.get(periodIds[i]!)!]!;
    periodOf[i] = r;
    start[r + 1]! += 1;
  }
  for (let r = 0; r < periods.length; r++) start[r + 1]! += start[r]!;
  // The period's tickets in input order, then the same tickets grouped by customer (walking every ticket in
  // customer order once and dealing each to its period keeps customers together within a period).
  const inputOrder = new Uint32Array(n);
  const fillInput = start.slice(0, periods.length);
  for (let i = 0; i < n; i++) inputOrder[fillInput[periodOf[i]!]!++] = i;
  const all = shared?.customers ?? customerOrder(corpus);
  const byCustomer = new Uint32Array(n);
  const groupOf = new Uint32Array(n);
  const fillCustomer = start.slice(0, periods.length);
  for (let k = 0; k < n; k++) {
    const doc = all.order[k]!;
    const at = fillCustomer[periodOf[doc]!]!++;
    byCustomer[at] = doc;
    groupOf[at] = all.group[k]!;
  }
  // Adjacent pairs are found once for all tickets; each period then walks these lists twice (input order for
  // ticket ids, customer order for distinct customers). Counting arrays are shared by all periods and reset
  // through the touched list, so many short periods do not allocate vocabulary-sized arrays each.
  const { offsets, slots: held } = shared?.lists ?? ticketSlotLists(corpus, phrases, o.phraseMaxGap);
  const slots = corpus.vocab.terms.length + phrases.length;
  const scratch: PeriodScratch = {
    tickets: new Uint32Array(slots),
    customers: new Uint32Array(slots),
    lastGroup: new Uint32Array(slots),
    fill: new Uint32Array(slots),
    touched: new Uint32Array(slots),
    position: new Int32Array(slots).fill(-1),
    texts: slotTexts(
      Array.from({ length: slots }, (_, s) => slotTerm(corpus, phrases, s)),
      corpus.tickets.map((t) => t.id),
    ),
  };
  return periods.map((period, r) =>
    countPeriod(
      period,
      { input: inputOrder.subarray(start[r]!, start[r + 1]!), byCustomer: byCustomer.subarray(start[r]!, start[r + 1]!), groups: groupOf.subarray(start[r]!, start[r + 1]!) },
      offsets,
      held,
      scratch,
    ),
  );
}

/** Per-slot counting arrays shared by all periods (every entry back to 0 after each period), ids and slot texts. */
interface PeriodScratch {
  tickets: Uint32Array;
  customers: Uint32Array;
  lastGroup: Uint32Array;
  fill: Uint32Array;
  touched: Uint32Array;
  /** -1 for every slot between periods. */
  position: Int32Array;
  /** The text of each slot and the ticket id of each ticket, shared by every period's ticket ids. */
  texts: SlotTexts;
}

/** One period's tickets: in input order, and grouped by customer with each one's group number. */
interface PeriodTickets {
  input: Uint32Array;
  byCustomer: Uint32Array;
  groups: Uint32Array;
}

/**
 * Counts one period from the prebuilt slot lists. A function of its own, called once per period, so V8 optimises
 * it whole instead of compiling one long function mid-loop (a known V8 pattern: a long loop compiled mid-run loses its type feedback).
 */
function countPeriod(period: string, of: PeriodTickets, offsets: Uint32Array, held: Uint32Array, scratch: PeriodScratch): PeriodTermDetail {
  const { tickets, customers, lastGroup, fill, touched, texts } = scratch;
  const terms = texts.terms;
  const indices = of.input;
  let nTouched = 0;
  for (let k = 0; k < indices.length; k++) {
    const doc = indices[k]!;
    for (let p = offsets[doc]!; p < offsets[doc + 1]!; p++) {
      const s = held[p]!;
      if (tickets[s] === 0) touched[nTouched++] = s;
      tickets[s]! += 1;
    }
  }
  // Tickets per slot in input order, kept for the ticket ids: the k-th touched slot's go to local[starts[k] …],
  // as positions among the period's tickets (16 bits each for a period of up to 65,536 tickets).
  const starts = new Uint32Array(nTouched + 1);
  let total = 0;
  for (let t = 0; t < nTouched; t++) {
    const s = touched[t]!;
    fill[s] = total;
    starts[t] = total;
    total += tickets[s]!;
  }
  starts[nTouched] = total;
  const local = indices.length <= 0x10000 ? new Uint16Array(total) : new Uint32Array(total);
  for (let k = 0; k < indices.length; k++) {
    const doc = indices[k]!;
    for (let p = offsets[doc]!; p < offsets[doc + 1]!; p++) local[fill[held[p]!]!++] = k;
  }
  const { byCustomer, groups } = of;
  for (let k = 0; k < byCustomer.length; k++) {
    const doc = byCustomer[k]!;
    const g = groups[k]!;
    for (let p = offsets[doc]!; p < offsets[doc + 1]!; p++) {
      const s = held[p]!;
      if (lastGroup[s] === g) continue;
      lastGroup[s] = g;
      customers[s]! += 1;
    }
  }
  const counts = new Map<string, number>();
  const customerCounts = new Uint32Array(nTouched);
  for (let t = 0; t < nTouched; t++) {
    const s = touched[t]!;
    counts.set(terms[s]!, tickets[s]!);
    customerCounts[t] = customers[s]!;
    tickets[s] = 0;
    customers[s] = 0;
    lastGroup[s] = 0;
  }
  const order = touched.slice(0, nTouched);
  const lookup = slotPositions(order, scratch.position);
  return {
    period,
    tickets: indices.length,
    counts,
    customers: periodSlotNumbers(texts, order, lookup, customerCounts),
    ticketIds: periodTicketIds(texts, order, lookup, starts, local, indices),
  };
}
