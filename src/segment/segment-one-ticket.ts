import type { NormalizedTicket } from '../core/ticket.js';
import { PLACEHOLDER } from '../normalize/mask-pii.js';
import { mergePlaceNames, placeNameRules, type PlaceNameModels } from './merge-place-names.js';
import { segmentTickets } from './segment-tickets.js';
import type { Segmenter } from './segmenter.js';
import { createKeep, foldLatinCase } from './token-filter.js';

/**
 * Most token texts remembered between calls. The cache only saves work, so when it is full it starts over: memory
 * stays bounded however many different tokens a long-running ticket system sees (~100 bytes an entry).
 */
const MAX_CACHED_TOKENS = 65_536;

/**
 * Creates a function giving the terms of one normalized ticket, in text order, exactly as
 * `segmentTickets([ticket], segmenter, textModels)` gives them (same filter, synonyms and place names), for
 * callers that segment tickets one at a time (`classify`). `segmentTickets` builds a Corpus, a vocabulary, token
 * buffers and a token filter per call (measured: ~60-75 µs of overhead per 34-character ticket on top of a ~20 µs
 * cut); this keeps the filter and its cache across calls and allocates only the cut and the result.
 * English tickets go through `segmentTickets` (their terms depend on stems and surface forms of the ticket).
 */
export function createOneTicketSegmenter(
  segmenter: Segmenter,
  textModels: PlaceNameModels,
): (ticket: NormalizedTicket) => string[] {
  const keep = createKeep(textModels);
  const places = placeNameRules(textModels);
  let cache = new Map<string, string | null>();
  const termOf = (token: string): string | null => {
    let term = cache.get(token);
    if (term === undefined) {
      if (cache.size >= MAX_CACHED_TOKENS) cache = new Map();
      term = keep(foldLatinCase(token)) ?? null;
      cache.set(token, term);
    }
    return term;
  };
  const addPiece = (piece: string, out: string[]): void => {
    if (piece === '') return;
    const tokens = segmenter.cut(piece);
    for (const token of places ? mergePlaceNames(tokens, places) : tokens) {
      const term = termOf(token);
      if (term !== null) out.push(term);
    }
  };
  return (ticket: NormalizedTicket): string[] => {
    if (ticket.lang === 'en') {
      const corpus = segmentTickets([ticket], segmenter, textModels);
      return Array.from(corpus.docs[0]?.termIds ?? [], (id) => corpus.vocab.terms[id] ?? '');
    }
    const text = ticket.text;
    const out: string[] = [];
    if (text.indexOf('<') < 0) {
      addPiece(text, out);
      return out;
    }
    let from = 0;
    for (const m of text.matchAll(PLACEHOLDER)) {
      addPiece(text.slice(from, m.index), out);
      from = m.index + m[0].length;
    }
    addPiece(text.slice(from), out);
    return out;
  };
}
