import { titleLengthOf, type NormalizedTicket, type TicketInput } from '../core/ticket.js';
import { detectLang } from './detect-lang.js';
import { hashCustomerId } from './hash-customer-id.js';
import { maskPii } from './mask-pii.js';
import type { ResolvedNormalizeOptions } from './normalize-options.js';
import { normalizeTextAs } from './normalize-text.js';
import { boilerplatePattern, removeBoilerplate } from './remove-boilerplate.js';
import { splitTurns } from './split-turns.js';

// Options come resolved: this module imports no schema (zod), so a text worker thread starts without loading it.

/** The text models normalization uses. */
export interface NormalizeModels {
  /** Agent phrases removed from the analysed text; `{n}` stands for a run of digits (`boilerplate.txt`). */
  boilerplate: string[];
  /** Hesitation words dropped from customer speech. */
  fillers: string[];
}

/**
 * Normalizes one ticket with resolved options (see `normalizeTickets`); `converted` tells whether its text
 * held traditional Chinese. The per-ticket step worker threads share with {@link normalizeTickets}.
 */
export function normalizeTicket(
  ticket: TicketInput,
  o: ResolvedNormalizeOptions,
  textModels: NormalizeModels,
): { ticket: NormalizedTicket; converted: boolean } {
  const normalized = normalizeTextAs(ticket.text, o.traditionalToSimplified);
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
  if (ticket.title !== undefined) out.titleLength = titleLengthOf(text);
  if (customerId) out.customerHash = hashCustomerId(customerId, o.salt);
  if (ticket.region !== undefined) out.region = ticket.region;
  if (ticket.channel !== undefined) out.channel = ticket.channel;
  if (ticket.category !== undefined) out.category = ticket.category;
  return { ticket: out, converted: normalized.converted };
}
