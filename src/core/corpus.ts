import type { NormalizedTicket } from './ticket.js';

/** Interned terms: a term's id is its index in `terms`. Built once per run so hot paths work on numbers. */
export interface Vocabulary {
  readonly terms: string[];
  readonly ids: Map<string, number>;
}

/** Creates an empty vocabulary. */
export function createVocabulary(): Vocabulary {
  return { terms: [], ids: new Map() };
}

/** Returns the id of `term`, adding it to the vocabulary when new. */
export function internTerm(vocab: Vocabulary, term: string): number {
  let id = vocab.ids.get(term);
  if (id === undefined) {
    id = vocab.terms.length;
    vocab.terms.push(term);
    vocab.ids.set(term, id);
  }
  return id;
}

/**
 * One segmented ticket: the kept tokens in text order (stopwords, punctuation and fillers removed, synonyms
 * mapped to their canonical term), with the character span of each token's surface form in the ticket's
 * normalized text, so evidence can point at the words that were counted.
 */
export interface TokenizedDoc {
  termIds: Uint32Array;
  starts: Uint32Array;
  ends: Uint32Array;
}

/** Normalized tickets with their segmented terms; `docs[i]` belongs to `tickets[i]`. */
export interface Corpus {
  tickets: NormalizedTicket[];
  vocab: Vocabulary;
  docs: TokenizedDoc[];
}
