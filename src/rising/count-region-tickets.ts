import { z } from 'zod';
import type { Corpus } from '../core/corpus.js';
import { customerNumbers } from '../core/customer-numbers.js';
import { parseOptions } from '../core/parse-options.js';
import type { PeriodTermDetail } from '../terms/period-term-counts.js';
import { findTermSpan } from './find-term-span.js';
import { regionKey } from './region-keys.js';

/** Options of {@link countRegionTickets}. */
export const regionCountOptionsSchema = z.strictObject({
  /** Indexes of the period's tickets in the corpus; all when left out. Checked to be an array only: it can hold millions. */
  ticketIndexes: z.custom<readonly number[]>((v) => Array.isArray(v), { message: 'expected an array of ticket indexes' }).optional(),
  /** Terms (`宽带+掉线`) counted per region too. */
  terms: z.array(z.string()).readonly().optional(),
});

/**
 * Ticket counts of one period per region (`region:济宁`) and, for the given `terms` (e.g. the period's hot
 * terms), per region and term (`region:济宁|宽带+掉线`), with distinct customers and ticket ids, shaped like term
 * counts so the rising-term test and the history store handle them unchanged. Tickets without a region count
 * only in the period total. `ticketIndexes` selects the period's tickets (all when omitted).
 */
export function countRegionTickets(
  corpus: Corpus,
  period: string,
  options: z.input<typeof regionCountOptionsSchema> = {},
): PeriodTermDetail {
  const o = parseOptions(regionCountOptionsSchema, options, 'regions');
  const indexes = o.ticketIndexes ?? corpus.tickets.map((_, i) => i);
  // One record per key, found with one Map lookup per ticket and key (three Maps were three lookups each), and the
  // region keys made once per region rather than once per ticket.
  const records = new Map<string, { tickets: number; customers: Set<string | number>; ids: string[] }>();
  // Customers as the corpus's numbers (made once a run); a ticket without one as a string of its own.
  const customerOf = customerNumbers(corpus).customerOf;
  const keys = new Map<string, string>();
  const terms = (o.terms ?? []).map((term) => ({
    term,
    parts: term.split('+').map((p) => corpus.vocab.ids.get(p)),
    whole: corpus.vocab.ids.get(term),
  }));
  const add = (key: string, ticketId: string, customer: string | number): void => {
    let record = records.get(key);
    if (!record) records.set(key, (record = { tickets: 0, customers: new Set(), ids: [] }));
    record.tickets++;
    record.customers.add(customer);
    record.ids.push(ticketId);
  };
  for (const i of indexes) {
    const ticket = corpus.tickets[i];
    const doc = corpus.docs[i];
    if (!ticket || !doc || !ticket.region) continue;
    // A ticket without a customer id counts as its own customer.
    const number = customerOf[i]!;
    const customer = number >= 0 ? number : `ticket:${ticket.id}`;
    let key = keys.get(ticket.region);
    if (key === undefined) keys.set(ticket.region, (key = regionKey(ticket.region)));
    add(key, ticket.id, customer);
    if (terms.length === 0) continue;
    const present = new Set(doc.termIds);
    for (const t of terms) {
      const holds =
        t.whole !== undefined
          ? present.has(t.whole)
          : t.parts.length > 1 &&
            t.parts.every((id) => id !== undefined && present.has(id)) &&
            findTermSpan(doc, corpus.vocab, t.term) !== undefined;
      if (holds) add(regionKey(ticket.region, t.term), ticket.id, customer);
    }
  }
  const counts = new Map<string, number>();
  const customers = new Map<string, number>();
  const ticketIds = new Map<string, string[]>();
  for (const [key, record] of records) {
    counts.set(key, record.tickets);
    customers.set(key, record.customers.size);
    ticketIds.set(key, record.ids);
  }
  return { period, tickets: indexes.length, counts, customers, ticketIds };
}
