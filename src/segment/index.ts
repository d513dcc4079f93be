export { createNodeRsSegmenter, DEFAULT_USER_WORD_FREQ } from './create-node-rs-segmenter.js';
export { createNodejiebaSegmenter } from './create-nodejieba-segmenter.js';
export { mergePlaceNames, placeNameRules, type PlaceNameModels, type PlaceNameRules } from './merge-place-names.js';
export { createOneTicketSegmenter } from './segment-one-ticket.js';
export { MEANINGFUL_SINGLE_CHARS, segmentTickets, type SegmentModels } from './segment-tickets.js';
export type { Segmenter } from './segmenter.js';
export {
  formatUserDictEntry,
  parseBoilerplate,
  parseDictSections,
  type DictSections,
  parseSynonyms,
  parseTextModels,
  parseUserDict,
  parseWordList,
  type TextModels,
  type TextModelSources,
  type UserDictEntry,
} from './text-models.js';
export { extractNounPhrases, stemEnglish, tokenizeEnglish, type EnglishTokens } from './tokenize-english.js';
