import type { Corpus } from '../core/corpus.js';
import { HotspotsError } from '../core/errors.js';
import type { Phrase } from './find-phrases.js';
import type { PeriodTermDetail } from './period-term-counts.js';
import { termsOptionsSchema, type TermsOptions } from './terms-options.js';
import { customerOrder, slotTerm, ticketSlotLists } from './ticket-term-slots.js';

/**
 * Per-period ticket frequency of every term and phrase (`a+b`), with distinct customers and ticket ids (in input
 * order) per term. `periodIds[i]` is the period of ticket `i`. Periods come back sorted by id (ids of one kind
 * sort in time order).
 * @throws HotspotsError when `periodIds` does not hold one id per ticket.
 */
export function countTermsByPeriod(
  corpus: Corpus,
  periodIds: readonly string[],
  phrases: readonly Phrase[] = [],
  options: TermsOptions = {},
): PeriodTermDetail[] {
  if (periodIds.length !== corpus.docs.length) {
    throw new HotspotsError(`countTermsByPeriod: expected one period id per ticket (${corpus.docs.length}), got ${periodIds.length}`);
  }
  const o = termsOptionsSchema.parse(options);
  const byPeriod = new Map<string, number[]>();
  periodIds.forEach((p, i) => {
    const list = byPeriod.get(p);
    if (list) list.push(i);
    else byPeriod.set(p, [i]);
  });
  // Adjacent pairs are found once for all tickets; each period then walks these lists twice (input order for
  // ticket ids, customer order for distinct customers). Counting arrays are shared by all periods and reset
  // through the touched list, so many short periods do not allocate vocabulary-sized arrays each.
  const { offsets, slots: held } = ticketSlotLists(corpus, phrases, o.phraseMaxGap);
  const slots = corpus.vocab.terms.length + phrases.length;
  const tickets = new Uint32Array(slots);
  const customers = new Uint32Array(slots);
  const lastGroup = new Uint32Array(slots);
  const fill = new Uint32Array(slots);
  const touched = new Uint32Array(slots);
  const scratch = { tickets, customers, lastGroup, fill, touched };
  const result: PeriodTermDetail[] = [];
  for (const period of [...byPeriod.keys()].sort()) {
    result.push(countPeriod(corpus, phrases, period, byPeriod.get(period) ?? [], offsets, held, scratch));
  }
  return result;
}

/** Per-slot counting arrays shared by all periods; every entry is back to 0 after each period. */
interface PeriodScratch {
  tickets: Uint32Array;
  customers: Uint32Array;
  lastGroup: Uint32Array;
  fill: Uint32Array;
  touched: Uint32Array;
}

/**
 * Counts one period from the prebuilt slot lists. A function of its own, called once per period, so V8 optimises
 * it whole instead of compiling one long function mid-loop (see cluster/dense-groups.ts).
 */
function countPeriod(
  corpus: Corpus,
  phrases: readonly Phrase[],
  period: string,
  indices: readonly number[],
  offsets: Uint32Array,
  held: Uint32Array,
  scratch: PeriodScratch,
): PeriodTermDetail {
  const { tickets, customers, lastGroup, fill, touched } = scratch;
  let nTouched = 0;
  for (let k = 0; k < indices.length; k++) {
    const doc = indices[k]!;
    for (let p = offsets[doc]!; p < offsets[doc + 1]!; p++) {
      const s = held[p]!;
      if (tickets[s] === 0) touched[nTouched++] = s;
      tickets[s]! += 1;
    }
  }
  // Ticket ids per slot in input order: slot t's ids go to docsOf[fill start of t …].
  let total = 0;
  for (let t = 0; t < nTouched; t++) {
    const s = touched[t]!;
    fill[s] = total;
    total += tickets[s]!;
  }
  const docsOf = new Uint32Array(total);
  for (let k = 0; k < indices.length; k++) {
    const doc = indices[k]!;
    for (let p = offsets[doc]!; p < offsets[doc + 1]!; p++) docsOf[fill[held[p]!]!++] = doc;
  }
  const { order, group } = customerOrder(corpus, indices);
  for (let k = 0; k < order.length; k++) {
    const doc = order[k]!;
    const g = group[k]!;
    for (let p = offsets[doc]!; p < offsets[doc + 1]!; p++) {
      const s = held[p]!;
      if (lastGroup[s] === g) continue;
      lastGroup[s] = g;
      customers[s]! += 1;
    }
  }
  const detail: PeriodTermDetail = { period, tickets: indices.length, counts: new Map(), customers: new Map(), ticketIds: new Map() };
  const idOf = (doc: number): string => corpus.tickets[doc]?.id ?? '';
  let from = 0;
  for (let t = 0; t < nTouched; t++) {
    const s = touched[t]!;
    const term = slotTerm(corpus, phrases, s);
    const n = tickets[s]!;
    detail.counts.set(term, n);
    detail.customers.set(term, customers[s]!);
    const list = new Array<string>(n);
    for (let k = 0; k < n; k++) list[k] = idOf(docsOf[from + k]!);
    detail.ticketIds.set(term, list);
    from += n;
    tickets[s] = 0;
    customers[s] = 0;
    lastGroup[s] = 0;
  }
  return detail;
}
