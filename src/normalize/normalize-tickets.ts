import type { Messages } from '../core/messages.js';
import type { NormalizedTicket, TicketInput } from '../core/ticket.js';
import type { TextModels } from '../segment/text-models.js';
import { detectLang } from './detect-lang.js';
import { hashCustomerId } from './hash-customer-id.js';
import { maskPii } from './mask-pii.js';
import { normalizeOptionsSchema, type NormalizeOptions } from './normalize-options.js';
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
  const agentPhrases = boilerplatePattern(textModels.boilerplate) ?? undefined;
  let converted = 0;
  let empty = 0;
  const out = tickets.map((ticket): NormalizedTicket => {
    const normalized = normalizeText(ticket.text, { traditionalToSimplified: o.traditionalToSimplified });
    if (normalized.converted) converted++;
    const masked = o.maskPii ? maskPii(normalized.text) : normalized.text;
    const turns = splitTurns(masked, agentPhrases);
    const kept = o.customerTurnsOnly && turns.some((t) => t.speaker === 'customer')
      ? turns.filter((t) => t.speaker !== 'agent')
      : turns;
    const text = removeBoilerplate(kept.map((t) => t.text).join('\n'), textModels.boilerplate, textModels.fillers);
    if (text === '') empty++;
    const customerId = ticket.customerId?.trim();
    return {
      id: ticket.id,
      text,
      time: ticket.time,
      lang: o.lang === 'auto' ? detectLang(text) : o.lang,
      ...(customerId ? { customerHash: hashCustomerId(customerId, o.salt) } : {}),
      ...(ticket.region === undefined ? {} : { region: ticket.region }),
      ...(ticket.channel === undefined ? {} : { channel: ticket.channel }),
      ...(ticket.category === undefined ? {} : { category: ticket.category }),
    };
  });
  if (converted > 0) {
    messages.info('traditional-converted', `${converted} ticket(s) held traditional Chinese and were converted to simplified`);
  }
  if (empty > 0) {
    messages.warn('empty-text', `expected text to analyse, ${empty} ticket(s) had none left after normalization`);
  }
  return out;
}
