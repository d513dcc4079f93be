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

/**
 * A {@link TokenizedDoc} over flat arrays shared by many documents: `termIds` is a view kept with the document
 * (every stage reads it), `starts` and `ends` are cut from the shared arrays when asked for (only phrases and
 * evidence read them). Two typed-array views fewer per ticket: about 190 MB less at a million tickets.
 */
export class SharedBufferDoc implements TokenizedDoc {
  readonly termIds: Uint32Array;
  /** The shared span arrays; this document's spans start at index `from`. */
  readonly spans: { readonly starts: Uint32Array; readonly ends: Uint32Array };
  /** Index of this document's first token in the shared arrays. */
  readonly from: number;

  /** Document of tokens `[from, to)` of the shared `ids`, `spans.starts` and `spans.ends`. */
  constructor(ids: Uint32Array, spans: { readonly starts: Uint32Array; readonly ends: Uint32Array }, from: number, to: number) {
    this.termIds = ids.subarray(from, to);
    this.spans = spans;
    this.from = from;
  }

  /** Start offset of each token in the ticket's normalized text (a view, made on each access). */
  get starts(): Uint32Array {
    return this.spans.starts.subarray(this.from, this.from + this.termIds.length);
  }

  /** End offset of each token (a view, made on each access). */
  get ends(): Uint32Array {
    return this.spans.ends.subarray(this.from, this.from + this.termIds.length);
  }
}

/** Normalized tickets with their segmented terms; `docs[i]` belongs to `tickets[i]`. */
export interface Corpus {
  tickets: NormalizedTicket[];
  vocab: Vocabulary;
  docs: TokenizedDoc[];
}
