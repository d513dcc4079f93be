export { createNodeRsSegmenter, DEFAULT_USER_WORD_FREQ } from './create-node-rs-segmenter.js';
export { createNodejiebaSegmenter } from './create-nodejieba-segmenter.js';
export { discoverNewWords, segmenterKeepsWhole, type NewWord, type NewWordModels } from './discover-new-words.js';
export { discoverWords, type DiscoveredWord, type KnownWords } from './discover-words.js';
export {
  DEFAULT_ENTITY_SUFFIXES,
  DEFAULT_FUNCTION_CHARS,
  DEFAULT_INNER_FUNCTION_CHARS,
  discoverWordsOptionsSchema,
  type DiscoverWordsOptions,
  type ResolvedDiscoverWordsOptions,
} from './discover-words-options.js';
export { NO_NEW_WORD_RULES, parseNewWordRules, type NewWordRules } from './new-word-rules.js';
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
export { DISCOVERED_WORD_FREQ, withDiscoveredWords, type WordToAdd } from './with-discovered-words.js';
