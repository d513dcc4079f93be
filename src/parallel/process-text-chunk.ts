import { createVocabulary } from '../core/corpus.js';
import type { ResolvedNormalizeOptions } from '../normalize/normalize-options.js';
import { normalizeTicket } from '../normalize/normalize-ticket.js';
import { placeNameRules, type PlaceNameModels } from '../segment/merge-place-names.js';
import { segmentChineseTexts } from '../segment/segment-chinese-texts.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { TextModels } from '../segment/text-models.js';
import { createTokenIdFilter } from '../segment/token-filter.js';
import type { TextChunk, TextChunkResult } from './text-chunk.js';

/**
 * Normalizes and segments one chunk exactly as `normalizeTickets` and `segmentTickets` would, with a vocabulary
 * local to the chunk. Pure: the worker thread's whole job, callable on any thread.
 */
export function processTextChunk(
  input: TextChunk,
  segmenter: Segmenter,
  textModels: PlaceNameModels & Pick<TextModels, 'boilerplate'>,
  options: ResolvedNormalizeOptions,
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
  const vocab = createVocabulary();
  const buffer = segmentChineseTexts(
    texts.map((t, i) => (langs[i] === 1 ? '' : t)),
    segmenter,
    createTokenIdFilter(textModels, vocab),
    placeNameRules(textModels),
  );
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
    terms: vocab.terms,
  };
}
