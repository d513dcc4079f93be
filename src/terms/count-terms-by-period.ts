import type { Corpus } from '../core/corpus.js';
import { HotspotsError } from '../core/errors.js';
import type { Phrase } from './find-phrases.js';
import type { PeriodTermDetail } from './period-term-counts.js';
import { termsOptionsSchema, type TermsOptions } from './terms-options.js';
import { customerOrder, forEachTicketSlots, slotTerm } from './ticket-term-slots.js';

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
  const slots = corpus.vocab.terms.length + phrases.length;
  const result: PeriodTermDetail[] = [];
  for (const period of [...byPeriod.keys()].sort()) {
    const indices = byPeriod.get(period) ?? [];
    const tickets = new Uint32Array(slots);
    const customers = new Uint32Array(slots);
    const lastGroup = new Uint32Array(slots);
    const ids = new Map<number, number[]>();
    // Ticket ids are gathered in input order; customers in customer order — two walks keep both simple.
    forEachTicketSlots(corpus, phrases, o.phraseMaxGap, (doc, held) => {
      for (const s of held) {
        tickets[s] = (tickets[s] ?? 0) + 1;
        const list = ids.get(s);
        if (list) list.push(doc);
        else ids.set(s, [doc]);
      }
    }, Uint32Array.from(indices));
    const { order, group } = customerOrder(corpus, indices);
    let k = 0;
    forEachTicketSlots(
      corpus,
      phrases,
      o.phraseMaxGap,
      (_doc, held) => {
        const g = group[k++] ?? 0;
        for (const s of held) {
          if (lastGroup[s] === g) continue;
          lastGroup[s] = g;
          customers[s] = (customers[s] ?? 0) + 1;
        }
      },
      order,
    );
    const detail: PeriodTermDetail = { period, tickets: indices.length, counts: new Map(), customers: new Map(), ticketIds: new Map() };
    for (const [s, docs] of ids) {
      const term = slotTerm(corpus, phrases, s);
      detail.counts.set(term, tickets[s] ?? 0);
      detail.customers.set(term, customers[s] ?? 0);
      detail.ticketIds.set(term, docs.map((d) => corpus.tickets[d]?.id ?? ''));
    }
    result.push(detail);
  }
  return result;
}
