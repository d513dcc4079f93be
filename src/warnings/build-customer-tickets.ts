import type { Corpus } from '../core/corpus.js';
import type { CustomerTicket } from '../history/history-types.js';
import { corpusSimhash } from './corpus-simhashes.js';
import type { simhash64 } from './simhash.js';
import type { SubjectLookup } from './ticket-subjects.js';

/** The terms of ticket `doc` as text, in order (what {@link simhash64} hashes). */
export function docTerms(corpus: Corpus, doc: number): string[] {
  const ids = corpus.docs[doc]?.termIds ?? new Uint32Array(0);
  return Array.from(ids, (id) => corpus.vocab.terms[id] ?? '');
}

/**
 * The `CustomerTicket` rows this run adds to the history (tickets with a customer hash only), so the next runs
 * can find repeats across nights.
 */
export function buildCustomerTickets(corpus: Corpus, subjects: SubjectLookup): CustomerTicket[] {
  const rows: CustomerTicket[] = [];
  corpus.tickets.forEach((ticket, doc) => {
    if (!ticket.customerHash) return;
    rows.push({
      customerHash: ticket.customerHash,
      ticketId: ticket.id,
      issueId: (subjects.issueOf.ofDoc ? subjects.issueOf.ofDoc(doc) : subjects.issueOf.get(ticket.id))?.id ?? '',
      topicId: (subjects.topicOf.ofDoc ? subjects.topicOf.ofDoc(doc) : subjects.topicOf.get(ticket.id))?.id ?? '',
      time: ticket.time,
      simhash: corpusSimhash(corpus, doc),
    });
  });
  return rows;
}
