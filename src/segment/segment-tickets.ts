import { createVocabulary, internTerm, type Corpus, type TokenizedDoc, type Vocabulary } from '../core/corpus.js';
import type { NormalizedTicket } from '../core/ticket.js';
import { PLACEHOLDER } from '../normalize/mask-pii.js';
import type { Segmenter } from './segmenter.js';
import type { TextModels } from './text-models.js';
import { tokenizeEnglish } from './tokenize-english.js';

/**
 * Single characters kept as terms: in complaints they carry the fault on their own (网很卡 → 卡, 太贵 → 贵, 被骗 → 骗).
 * Every other single character is dropped as too ambiguous to be a hot word.
 */
export const MEANINGFUL_SINGLE_CHARS: ReadonlySet<string> = new Set(['卡', '慢', '贵', '骗', '坑', '断', '差', '吵']);

/** A token holding a letter, digit or Han character; anything else is punctuation or blanks. */
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const NUMBER = /^[\d.,:%/-]+$/;
// Amounts and counts written in Chinese (五十块, 三天, 两次) say nothing about the problem.
const CHINESE_NUMBER = /^[零〇一二两三四五六七八九十百千万亿几半]+[块元角毛个天次号月年日周分秒点多余]*$/;
const LATIN = /[A-Za-z]/;
const HAN = /\p{Script=Han}/u;

/** The text models segmentation uses. */
export type SegmentModels = Pick<TextModels, 'stopwords' | 'synonyms' | 'fillers'>;

/** Growable buffers reused for every document, so the hot loop allocates no per-token objects. */
interface Buffers {
  ids: number[];
  starts: number[];
  ends: number[];
}

/**
 * Segments normalized tickets into a {@link Corpus}. Chinese: the segmenter's tokens, skipping PII placeholders
 * (`<手机号>`), punctuation, pure numbers, stopwords, fillers and single characters other than
 * {@link MEANINGFUL_SINGLE_CHARS}; Latin tokens lower-cased; synonyms mapped to their canonical term.
 * English: word tokens, stopwords dropped, grouped by Porter stem and shown as the stem's most frequent surface
 * form in the corpus (`charges`, not `charg`). `starts`/`ends` are offsets of each surface token in the ticket text.
 */
export function segmentTickets(
  tickets: readonly NormalizedTicket[],
  segmenter: Segmenter,
  textModels: SegmentModels,
): Corpus {
  const vocab = createVocabulary();
  const fillers = new Set(textModels.fillers);
  const keep = (lower: string): string | undefined => {
    if (!HAS_WORD_CHAR.test(lower) || NUMBER.test(lower) || CHINESE_NUMBER.test(lower)) return undefined;
    if (textModels.stopwords.has(lower) || fillers.has(lower)) return undefined;
    const canonical = textModels.synonyms.get(lower) ?? lower;
    if (canonical !== lower && textModels.stopwords.has(canonical)) return undefined;
    if (canonical.length === 1 && !MEANINGFUL_SINGLE_CHARS.has(canonical)) return undefined;
    return canonical;
  };
  // English terms are keyed by stem first; the surface form shown is chosen once the whole corpus is seen.
  const stems = createVocabulary();
  const surfaces: Array<Map<string, number>> = [];
  const englishDocs: number[] = [];
  const buffers: Buffers = { ids: [], starts: [], ends: [] };
  const docs: TokenizedDoc[] = tickets.map((ticket, i) => {
    buffers.ids.length = 0;
    buffers.starts.length = 0;
    buffers.ends.length = 0;
    if (ticket.lang === 'en') {
      englishDocs.push(i);
      segmentEnglish(ticket.text, keep, stems, surfaces, buffers);
    } else {
      segmentChinese(ticket.text, segmenter, keep, vocab, buffers);
    }
    return {
      termIds: Uint32Array.from(buffers.ids),
      starts: Uint32Array.from(buffers.starts),
      ends: Uint32Array.from(buffers.ends),
    };
  });
  if (englishDocs.length > 0) {
    const finalIds = surfaces.map((counts) => internTerm(vocab, mostFrequent(counts)));
    for (const i of englishDocs) {
      const ids = docs[i]?.termIds;
      if (!ids) continue;
      for (let j = 0; j < ids.length; j++) ids[j] = finalIds[ids[j] ?? 0] ?? 0;
    }
  }
  return { tickets: [...tickets], vocab, docs };
}

function segmentChinese(
  text: string,
  segmenter: Segmenter,
  keep: (lower: string) => string | undefined,
  vocab: Vocabulary,
  out: Buffers,
): void {
  let from = 0;
  const cutSpan = (end: number): void => {
    if (end <= from) return;
    let pos = from;
    for (const token of segmenter.cut(text.slice(from, end))) {
      const start = pos;
      pos += token.length;
      // Pure Latin tokens are lower-cased so WiFi and wifi merge; mixed ones (5G套餐) keep the dictionary's case.
      const term = keep(LATIN.test(token) && !HAN.test(token) ? token.toLowerCase() : token);
      if (term === undefined) continue;
      out.ids.push(internTerm(vocab, term));
      out.starts.push(start);
      out.ends.push(pos);
    }
  };
  for (const m of text.matchAll(PLACEHOLDER)) {
    cutSpan(m.index);
    from = m.index + m[0].length;
  }
  cutSpan(text.length);
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
