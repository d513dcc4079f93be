import type { Corpus } from '../core/corpus.js';
import type { Evidence } from '../report/report-schema.js';
import { spanEvidence } from './evidence-context.js';

/**
 * The span of the first of `terms` (best first) found in ticket `doc`: through its tokens, so a synonym mapped to
 * its canonical term still points at the surface words; a phrase `a+b` spans from `a` to the next `b`; else a
 * literal search of the normalized text. `text` is always `ticket.text.slice(start, end)`; `context` is the sentence
 * holding it.
 */
export function findTermEvidence(corpus: Corpus, doc: number, terms: readonly string[]): Evidence | undefined {
  const ticket = corpus.tickets[doc];
  const tokens = corpus.docs[doc];
  if (!ticket || !tokens) return undefined;
  const span = (start: number, end: number): Evidence => spanEvidence(ticket, start, end);
  for (const term of terms) {
    const parts = term.split('+');
    const ids = parts.map((p) => corpus.vocab.ids.get(p));
    if (ids.every((id) => id !== undefined)) {
      for (let i = 0; i < tokens.termIds.length; i++) {
        if (tokens.termIds[i] !== ids[0]) continue;
        let j = i;
        let ok = true;
        for (let k = 1; k < ids.length && ok; k++) {
          j++;
          ok = j < tokens.termIds.length && tokens.termIds[j] === ids[k];
        }
        if (ok && tokens.ends[j]! > tokens.starts[i]!) return span(tokens.starts[i]!, tokens.ends[j]!);
      }
    }
    const literal = parts.join('');
    const at = literal === '' ? -1 : ticket.text.indexOf(literal);
    if (at >= 0) return span(at, at + literal.length);
  }
  return undefined;
}

/**
 * Evidence for ticket `doc`: the first of `terms` found, else its first counted token, else its opening
 * characters, so every warning has something a reader can check; each with the sentence holding it.
 */
export function ticketEvidence(corpus: Corpus, doc: number, terms: readonly string[]): Evidence | undefined {
  const found = findTermEvidence(corpus, doc, terms);
  if (found) return found;
  const ticket = corpus.tickets[doc];
  const tokens = corpus.docs[doc];
  if (!ticket) return undefined;
  if (tokens && tokens.termIds.length > 0 && tokens.ends[0]! > tokens.starts[0]!) {
    return spanEvidence(ticket, tokens.starts[0]!, tokens.ends[0]!);
  }
  return spanEvidence(ticket, 0, Math.min(ticket.text.length, 12));
}
