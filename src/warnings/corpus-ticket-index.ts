import type { Corpus } from '../core/corpus.js';

const memo = new WeakMap<Corpus, Map<string, number>>();

/**
 * Ticket id → corpus index (the last ticket wins for a repeated id), built once per corpus and shared: the warning
 * index and warnBursts each built their own, and at 300,000 tickets one build is ~0.3 s of string-keyed Map inserts.
 * The map returned is shared, so callers must not change it.
 */
export function corpusTicketIndex(corpus: Corpus): Map<string, number> {
  let index = memo.get(corpus);
  if (!index) {
    index = new Map();
    const tickets = corpus.tickets;
    for (let doc = 0; doc < tickets.length; doc++) index.set(tickets[doc]!.id, doc);
    memo.set(corpus, index);
  }
  return index;
}
