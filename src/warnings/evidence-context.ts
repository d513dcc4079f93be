import type { Corpus } from '../core/corpus.js';
import type { NormalizedTicket } from '../core/ticket.js';
import type { Evidence, Warning } from '../report/report-schema.js';
import { CONTEXT_MAX_CHARS, sentenceContext } from '../core/sentence-context.js';

/**
 * An evidence item for `[start, end)` of the ticket's normalized (PII-masked) text, with the sentence holding it
 * as `context` (see {@link sentenceContext}). `text` defaults to the ticket's words at the span; a caller passing
 * its own `text` (a risk trigger as the lexicon spells it) keeps it.
 */
export function spanEvidence(ticket: Pick<NormalizedTicket, 'id' | 'text'>, start: number, end: number, maxChars = CONTEXT_MAX_CHARS): Evidence {
  const text = ticket.text.slice(start, end);
  return { ticketId: ticket.id, start, end, text, context: sentenceContext(ticket.text, start, end, maxChars) };
}

/**
 * The warnings with a `context` on every evidence item that lacks one or whose context does not hold its `text`
 * (evidence made elsewhere, e.g. burst warnings): the sentence of the ticket's normalized text holding the span
 * when the span's offsets still cut out `text`, else the sentence around the first occurrence of `text`, else the
 * words alone. Warnings that need nothing are returned as they are.
 */
export function withEvidenceContext(
  warnings: readonly Warning[],
  corpus: Corpus,
  ticketIndex: ReadonlyMap<string, number>,
  maxChars = CONTEXT_MAX_CHARS,
): Warning[] {
  return warnings.map((w) => {
    if (w.evidence.every((e) => e.context !== undefined && e.context.includes(e.text))) return w;
    return { ...w, evidence: w.evidence.map((e) => (e.context !== undefined && e.context.includes(e.text) ? e : contextFor(e))) };
  });

  function contextFor(e: Evidence): Evidence {
    const doc = ticketIndex.get(e.ticketId);
    const text = doc === undefined ? undefined : corpus.tickets[doc]?.text;
    if (text === undefined) return { ...e, context: e.text };
    const at = text.slice(e.start, e.end) === e.text ? e.start : text.indexOf(e.text);
    return { ...e, context: at < 0 ? e.text : sentenceContext(text, at, at + e.text.length, maxChars) };
  }
}
