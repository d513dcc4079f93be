import type { Messages } from '../core/messages.js';
import type { NormalizedTicket, TicketInput } from '../core/ticket.js';
import { normalizeOptionsSchema, type NormalizeOptions } from './normalize-options.js';
import { normalizeTicket, type NormalizeModels } from './normalize-ticket.js';
import { parseOptions } from '../core/parse-options.js';

/**
 * Normalizes tickets for analysis: width folding, traditional→simplified, clean-up, PII masked (before anything
 * is counted), transcripts reduced to the customer's turns (by default), agent boilerplate and stand-alone fillers
 * removed, language detected per record (or forced), the customer id replaced by its salted hash.
 * Pushes one `traditional-converted` info and one `empty-text` warning (with a count) when they apply.
 */
export function normalizeTickets(
  tickets: readonly TicketInput[],
  options: NormalizeOptions,
  textModels: NormalizeModels,
  messages: Messages,
): NormalizedTicket[] {
  const o = parseOptions(normalizeOptionsSchema, options, 'normalize');
  let converted = 0;
  let empty = 0;
  const out = tickets.map((ticket): NormalizedTicket => {
    const one = normalizeTicket(ticket, o, textModels);
    if (one.converted) converted++;
    if (one.ticket.text === '') empty++;
    return one.ticket;
  });
  pushNormalizeMessages(messages, converted, empty);
  return out;
}

/** Pushes the `traditional-converted` info and `empty-text` warning of a normalize run, when they apply. */
export function pushNormalizeMessages(messages: Messages, converted: number, empty: number): void {
  if (converted > 0) {
    messages.info('traditional-converted', `${converted} ticket(s) held traditional Chinese and were converted to simplified`);
  }
  if (empty > 0) {
    messages.warn('empty-text', `expected text to analyse, ${empty} ticket(s) had none left after normalization`);
  }
}
