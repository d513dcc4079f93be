import type { Corpus } from '../core/corpus.js';
import type { HotTerm } from '../report/report-schema.js';
import type { Phrase } from './find-phrases.js';
import { termsOptionsSchema, type TermsOptions } from './terms-options.js';
import { customerOrder, slotTerm, ticketSlotLists, type CorpusSlots, type corpusSlots } from './ticket-term-slots.js';
import { parseOptions } from '../core/parse-options.js';

/**
 * Ranks the hot terms of the whole input, phrases included, best first:
 *
 * `score = √(tickets · customers) · (1 + ln(N / tickets)) · w`
 *
 * where `tickets` is the term's ticket frequency, `customers` its distinct customers (a ticket without customer
 * counts as its own), `N` the number of tickets and `w` = `phraseWeight` for phrases, 1 for words. The geometric
 * mean with customers keeps one customer repeating a word from making it hot; the idf factor rewards specific
 * words over those spread across most tickets. Terms below `hotTermMinTickets` are left out. Score rounded to
 * 4 decimals; ties broken by tickets, then term. `shared`: the corpus's slot lists and customer order already made
 * ({@link corpusSlots}) for these phrases and `phraseMaxGap`.
 */
export function rankHotTerms(corpus: Corpus, phrases: readonly Phrase[], options: TermsOptions = {}, shared?: CorpusSlots): HotTerm[] {
  const o = parseOptions(termsOptionsSchema, options, 'terms');
  const slots = corpus.vocab.terms.length + phrases.length;
  const tickets = new Uint32Array(slots);
  const customers = new Uint32Array(slots);
  const lastGroup = new Uint32Array(slots);
  // Each ticket's distinct terms and phrases are collected in input order (sequential reads), then walked in
  // customer order so that a per-slot "last customer" stamp counts distinct customers.
  const { offsets, slots: held } = shared?.lists ?? ticketSlotLists(corpus, phrases, o.phraseMaxGap);
  const { order, group } = shared?.customers ?? customerOrder(corpus);
  for (let k = 0; k < order.length; k++) {
    const doc = order[k]!;
    const g = group[k]!;
    for (let p = offsets[doc]!; p < offsets[doc + 1]!; p++) {
      const s = held[p]!;
      tickets[s]! += 1;
      if (lastGroup[s] !== g) {
        lastGroup[s] = g;
        customers[s]! += 1;
      }
    }
  }
  const n = Math.max(1, corpus.docs.length);
  const v = corpus.vocab.terms.length;
  const out: HotTerm[] = [];
  for (let s = 0; s < slots; s++) {
    const t = tickets[s] ?? 0;
    if (t < o.hotTermMinTickets) continue;
    const weight = s >= v ? o.phraseWeight : 1;
    const score = Math.sqrt(t * (customers[s] ?? 0)) * (1 + Math.log(n / t)) * weight;
    out.push({ term: slotTerm(corpus, phrases, s), tickets: t, score: Math.round(score * 1e4) / 1e4 });
  }
  out.sort((a, b) => b.score - a.score || b.tickets - a.tickets || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  return out.slice(0, o.hotTermsTop);
}
