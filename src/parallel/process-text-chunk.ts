import { createVocabulary, type Vocabulary } from '../core/corpus.js';
import type { ResolvedNormalizeOptions } from '../normalize/normalize-options.js';
import { normalizeTicket } from '../normalize/normalize-ticket.js';
import { placeNameRules, type PlaceNameModels } from '../segment/merge-place-names.js';
import { segmentChineseTexts } from '../segment/segment-chinese-texts.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { TextModels } from '../segment/text-models.js';
import { TokenCodes } from '../segment/token-codes.js';
import { createTokenIdFilter, type TokenFilterModels } from '../segment/token-filter.js';
import type { TextChunk, TextChunkResult } from './text-chunk.js';

/**
 * What a thread segmenting chunk after chunk keeps between them: its vocabulary (term ids local to the thread, the
 * same for every chunk it cuts), the token filter over it, and the token codes of `segmentChineseTexts`.
 */
export interface TextChunkVocabulary {
  readonly vocab: Vocabulary;
  readonly termId: (token: string) => number;
  readonly codes: TokenCodes;
  /** How many of the vocabulary's terms earlier results carried. */
  sent: number;
}

/** A vocabulary kept across the chunks one thread processes (see {@link processTextChunk}). */
export function createTextChunkVocabulary(textModels: TokenFilterModels): TextChunkVocabulary {
  const vocab = createVocabulary();
  return { vocab, termId: createTokenIdFilter(textModels, vocab), codes: new TokenCodes(), sent: 0 };
}

/**
 * Normalizes and segments one chunk exactly as `normalizeTickets` and `segmentTickets` would, with term ids
 * local to the chunk, or with `kept` to the thread: then the result carries only the terms new since its last
 * chunk (`termsFrom` is the id of the first), so a term is neither looked up nor sent twice by one thread. The
 * worker thread's whole job, callable on any thread.
 */
export function processTextChunk(
  input: TextChunk,
  segmenter: Segmenter,
  textModels: PlaceNameModels & Pick<TextModels, 'boilerplate'>,
  options: ResolvedNormalizeOptions,
  kept?: TextChunkVocabulary,
): TextChunkResult {
  const n = input.texts.length;
  const texts: string[] = new Array<string>(n);
  const langs = new Uint8Array(n);
  const hashes: Array<string | undefined> = new Array<string | undefined>(n);
  let converted = 0;
  let empty = 0;
  for (let i = 0; i < n; i++) {
    const customerId = input.customerIds[i];
    const one = normalizeTicket(
      { id: '', text: input.texts[i] ?? '', time: 0, ...(customerId === undefined ? {} : { customerId }) },
      options,
      textModels,
    );
    if (one.converted) converted++;
    if (one.ticket.text === '') empty++;
    texts[i] = one.ticket.text;
    langs[i] = one.ticket.lang === 'en' ? 1 : 0;
    hashes[i] = one.ticket.customerHash;
  }
  const vocab = kept?.vocab ?? createVocabulary();
  const buffer = segmentChineseTexts(
    texts.map((t, i) => (langs[i] === 1 ? '' : t)),
    segmenter,
    kept?.termId ?? createTokenIdFilter(textModels, vocab),
    placeNameRules(textModels),
    kept?.codes,
  );
  const termsFrom = kept?.sent ?? 0;
  if (kept) kept.sent = vocab.terms.length;
  return {
    chunk: input.chunk,
    texts,
    langs,
    hashes,
    converted,
    empty,
    ids: buffer.ids.slice(0, buffer.length),
    starts: buffer.starts.slice(0, buffer.length),
    ends: buffer.ends.slice(0, buffer.length),
    docEnds: buffer.docEnds.slice(0, buffer.docs),
    termsFrom,
    terms: kept ? vocab.terms.slice(termsFrom) : vocab.terms,
  };
}
