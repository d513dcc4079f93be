export { forEachAdjacentPair, pairKey } from './adjacent-pairs.js';
export { countTermTickets } from './count-term-tickets.js';
export { countTermsByPeriod } from './count-terms-by-period.js';
export { dunningG2, findPhrases, type Phrase } from './find-phrases.js';
export type { PeriodTermCounts, PeriodTermDetail } from './period-term-counts.js';
export { rankHotTerms } from './rank-hot-terms.js';
export { termsOptionsSchema, type ResolvedTermsOptions, type TermsOptions } from './terms-options.js';
export { customerOrder, forEachTicketSlots, slotTerm, ticketSlotLists, type TicketSlotLists } from './ticket-term-slots.js';
