import type { Corpus } from '../core/corpus.js';

/**
 * Ticket frequency of every term id: the number of tickets containing it (a ticket repeating 掉线 ten times
 * counts once).
 */
export function countTermTickets(corpus: Corpus): Uint32Array {
  const counts = new Uint32Array(corpus.vocab.terms.length);
  // lastDoc[id] = 1 + the last ticket index that counted the term, so a term counts once per ticket.
  const lastDoc = new Uint32Array(corpus.vocab.terms.length);
  corpus.docs.forEach((doc, i) => {
    const stamp = i + 1;
    for (const id of doc.termIds) {
      if (lastDoc[id] === stamp) continue;
      lastDoc[id] = stamp;
      counts[id] = (counts[id] ?? 0) + 1;
    }
  });
  return counts;
}
