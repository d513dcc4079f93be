import type { Messages } from '../core/messages.js';
import type { NormalizedTicket, TicketInput } from '../core/ticket.js';
import type { TextModels } from '../segment/text-models.js';
import { detectLang } from './detect-lang.js';
import { hashCustomerId } from './hash-customer-id.js';
import { maskPii } from './mask-pii.js';
import { normalizeOptionsSchema, type NormalizeOptions, type ResolvedNormalizeOptions } from './normalize-options.js';
import { normalizeText } from './normalize-text.js';
import { boilerplatePattern, removeBoilerplate } from './remove-boilerplate.js';
import { splitTurns } from './split-turns.js';

/** The text models normalization uses. */
export type NormalizeModels = Pick<TextModels, 'boilerplate' | 'fillers'>;

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
  const o = normalizeOptionsSchema.parse(options);
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

/**
 * Normalizes one ticket with resolved options (see {@link normalizeTickets}); `converted` tells whether its text
 * held traditional Chinese. The per-ticket step worker threads share with {@link normalizeTickets}.
 */
export function normalizeTicket(
  ticket: TicketInput,
  o: ResolvedNormalizeOptions,
  textModels: NormalizeModels,
): { ticket: NormalizedTicket; converted: boolean } {
  const normalized = normalizeText(ticket.text, { traditionalToSimplified: o.traditionalToSimplified });
  const masked = o.maskPii ? maskPii(normalized.text) : normalized.text;
  const turns = splitTurns(masked, boilerplatePattern(textModels.boilerplate) ?? undefined);
  const kept = o.customerTurnsOnly && turns.some((t) => t.speaker === 'customer')
    ? turns.filter((t) => t.speaker !== 'agent')
    : turns;
  const text = removeBoilerplate(
    kept.length === 1 ? (kept[0]?.text ?? '') : kept.map((t) => t.text).join('\n'),
    textModels.boilerplate,
    textModels.fillers,
  );
  const customerId = ticket.customerId?.trim();
  // Properties assigned in one fixed order (no conditional spreads) keep one object shape for a million tickets.
  const out: NormalizedTicket = { id: ticket.id, text, time: ticket.time, lang: o.lang === 'auto' ? detectLang(text) : o.lang };
  if (customerId) out.customerHash = hashCustomerId(customerId, o.salt);
  if (ticket.region !== undefined) out.region = ticket.region;
  if (ticket.channel !== undefined) out.channel = ticket.channel;
  if (ticket.category !== undefined) out.category = ticket.category;
  return { ticket: out, converted: normalized.converted };
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
