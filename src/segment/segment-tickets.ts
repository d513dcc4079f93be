import { createVocabulary, internTerm, type Corpus, type TokenizedDoc, type Vocabulary } from '../core/corpus.js';
import type { NormalizedTicket } from '../core/ticket.js';
import { PLACEHOLDER } from '../normalize/mask-pii.js';
import { segmentChineseTexts } from './segment-chinese-texts.js';
import { placeNameRules, type PlaceNameModels } from './merge-place-names.js';
import type { Segmenter } from './segmenter.js';
import { createKeep, createTokenIdFilter } from './token-filter.js';
import { tokenBufferDocs } from './token-buffer.js';
import { tokenizeEnglish } from './tokenize-english.js';

export { MEANINGFUL_SINGLE_CHARS } from './token-filter.js';

/** The text models segmentation uses (the place lists and the user dictionary only to build place tokens). */
export type SegmentModels = PlaceNameModels;

/**
 * Segments normalized tickets into a {@link Corpus}. Chinese: the segmenter's tokens, skipping PII placeholders
 * (`<手机号>`), punctuation, pure numbers, stopwords, fillers and single characters other than
 * {@link MEANINGFUL_SINGLE_CHARS}; Latin tokens lower-cased; synonyms mapped to their canonical term; place names
 * cut into pieces joined with their suffix into one term (丽/景/小区 → 丽景小区, see `mergePlaceNames`).
 * English: word tokens, stopwords dropped, grouped by Porter stem and shown as the stem's most frequent surface
 * form in the corpus (`charges`, not `charg`). `starts`/`ends` are offsets of each surface token in the ticket text.
 */
export function segmentTickets(
  tickets: readonly NormalizedTicket[],
  segmenter: Segmenter,
  textModels: SegmentModels,
): Corpus {
  const vocab = createVocabulary();
  const texts = tickets.map((t) => (t.lang === 'en' ? '' : t.text));
  const docs = tokenBufferDocs(segmentChineseTexts(texts, segmenter, createTokenIdFilter(textModels, vocab), placeNameRules(textModels)));
  segmentEnglishDocs(tickets, docs, textModels, vocab);
  return { tickets: [...tickets], vocab, docs };
}

/**
 * Fills `docs[i]` for every English ticket `i` and interns the English terms into `vocab` after every Chinese
 * term (terms are keyed by stem first; the surface form shown is chosen once the whole corpus is seen). Chinese
 * documents are left as they are, so a caller may segment the Chinese tickets elsewhere (in worker threads).
 */
export function segmentEnglishDocs(
  tickets: readonly NormalizedTicket[],
  docs: TokenizedDoc[],
  textModels: SegmentModels,
  vocab: Vocabulary,
): void {
  const keep = createKeep(textModels);
  const stems = createVocabulary();
  const surfaces: Array<Map<string, number>> = [];
  const englishDocs: number[] = [];
  const buffers: Buffers = { ids: [], starts: [], ends: [] };
  for (let i = 0; i < tickets.length; i++) {
    const ticket = tickets[i];
    if (ticket?.lang !== 'en') continue;
    buffers.ids.length = 0;
    buffers.starts.length = 0;
    buffers.ends.length = 0;
    englishDocs.push(i);
    segmentEnglish(ticket.text, keep, stems, surfaces, buffers);
    docs[i] = {
      termIds: Uint32Array.from(buffers.ids),
      starts: Uint32Array.from(buffers.starts),
      ends: Uint32Array.from(buffers.ends),
    };
  }
  if (englishDocs.length === 0) return;
  const finalIds = surfaces.map((counts) => internTerm(vocab, mostFrequent(counts)));
  for (const i of englishDocs) {
    const ids = docs[i]?.termIds;
    if (!ids) continue;
    for (let j = 0; j < ids.length; j++) ids[j] = finalIds[ids[j] ?? 0] ?? 0;
  }
}

/** Growable buffers reused for every English document. */
interface Buffers {
  ids: number[];
  starts: number[];
  ends: number[];
}

function segmentEnglish(
  text: string,
  keep: (lower: string) => string | undefined,
  stems: Vocabulary,
  surfaces: Array<Map<string, number>>,
  out: Buffers,
): void {
  const tokens = tokenizeEnglish(text.replace(PLACEHOLDER, (m) => ' '.repeat(m.length)));
  for (let j = 0; j < tokens.tokens.length; j++) {
    const token = tokens.tokens[j] ?? '';
    const term = keep(token);
    if (term === undefined || term.length < 2) continue;
    const stem = term === token ? (tokens.stems[j] ?? token) : term;
    const id = internTerm(stems, stem);
    const counts = (surfaces[id] ??= new Map());
    counts.set(term, (counts.get(term) ?? 0) + 1);
    out.ids.push(id);
    out.starts.push(tokens.starts[j] ?? 0);
    out.ends.push(tokens.ends[j] ?? 0);
  }
}

/** The most frequent surface form; ties go to the shorter, then the alphabetically first. */
function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [surface, count] of counts) {
    if (
      count > bestCount ||
      (count === bestCount && (surface.length < best.length || (surface.length === best.length && surface < best)))
    ) {
      best = surface;
      bestCount = count;
    }
  }
  return best;
}
