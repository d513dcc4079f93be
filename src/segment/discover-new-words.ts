import { discoverWordsOptionsSchema, type DiscoverWordsOptions } from './discover-words-options.js';
import { discoverWords, type DiscoveredWord, type KnownWords } from './discover-words.js';
import { NO_NEW_WORD_RULES, type NewWordRules } from './new-word-rules.js';
import type { Segmenter } from './segmenter.js';
import type { TextModels } from './text-models.js';
import { parseOptions } from '../core/parse-options.js';

/** The models {@link discoverNewWords} reads: stopwords and synonyms (never new), and the pin/ban rules. */
export interface NewWordModels {
  text: Pick<TextModels, 'stopwords' | 'synonyms'>;
  /** `models/new-words.txt`; absent: nothing pinned or banned. */
  newWords?: NewWordRules;
}

/** A word to add to the segmenter's dictionary for a run: discovered, or pinned by the user. */
export interface NewWord extends DiscoveredWord {
  /** True for a `+word` of the rules (its cohesion, entropy and score are 0: it was not measured). */
  pinned: boolean;
}

/**
 * The words to add to the segmenter's dictionary for a run: the pinned words (in file order, with the number of
 * sample texts holding them), then the words {@link discoverWords} finds in the sample that are not banned, not
 * stopwords or synonyms, not around a stopword, and not already kept whole (`known`, e.g.
 * {@link segmenterKeepsWhole}); a suffixed word whose name starts with a verb (`isVerb`: 开通会员, 申请房贷) or with
 * a suffix (银行手机银行) is a word, not an entity;
 * so at most `maxWords` discovered words, often fewer.
 * @param texts normalized texts; only the sample is read (see `sampleSize`, `sampleChars`).
 * @param isVerb e.g. the segmenter's {@link Segmenter.isVerb}; none: every suffixed candidate may be a name.
 * @throws ConfigError for invalid options.
 */
export function discoverNewWords(
  texts: readonly string[],
  models: NewWordModels,
  options: DiscoverWordsOptions = {},
  known?: KnownWords,
  isVerb?: (word: string) => boolean,
): NewWord[] {
  const rules = models.newWords ?? NO_NEW_WORD_RULES;
  const { stopwords, synonyms } = models.text;
  const isKnown = known === undefined ? () => false : typeof known === 'function' ? known : (w: string) => known.has(w);
  const pinned = new Set(rules.pinned);
  const skip = (w: string): boolean =>
    pinned.has(w) || rules.banned.has(w) || stopwords.has(w) || synonyms.has(w) || isKnown(w);
  const resolved = parseOptions(discoverWordsOptionsSchema, options, 'discover');
  const suffixes = resolved.entitySuffixes.slice().sort((a, b) => b.length - a.length);
  // An entity is a name and a suffix, not a verb's object (开通会员, 申请房贷: the name starts with a verb of two or
  // more characters) nor a class word with more after it (银行手机银行: the name starts with a suffix).
  const notAName = (word: string): boolean => {
    const suffix = suffixes.find((x) => word.length > x.length && word.endsWith(x));
    if (suffix === undefined) return false;
    const name = word.slice(0, word.length - suffix.length);
    if (suffixes.some((x) => x.length >= 2 && name.startsWith(x))) return true;
    if (isVerb === undefined) return false;
    for (let k = 2; k <= name.length; k++) if (isVerb(name.slice(0, k))) return true;
    return false;
  };
  // Such a word stays a word (催收公司 is still cut whole), only not a name.
  const discovered = discoverWords(texts, options, skip)
    .filter((w) => !hasStopwordEdge(w.word, stopwords, w.kind !== 'entity'))
    .map((w): DiscoveredWord => (w.kind === 'entity' && notAName(w.word) ? { ...w, kind: 'word' } : w));
  const sampleSize = Math.min(texts.length, resolved.sampleSize);
  const pins = rules.pinned.map((word): NewWord => {
    let tickets = 0;
    for (let d = 0; d < sampleSize; d++) if ((texts[d] as string).includes(word)) tickets++;
    return { word, tickets, cohesion: 0, entropy: 0, score: 0, kind: 'word', pinned: true };
  });
  return [...pins, ...discovered.map((w) => ({ ...w, pinned: false }))];
}

/**
 * Whether a word starts with a stopword of two or more characters, or ends with any stopword, and is more than
 * it: a phrase around a function word (希望平台, 尽快处理, 疫情期间, 办理了贷), not a name. Single-character stopwords
 * may start a name (中原消费金融, 上海银行); the discovery's own function characters already rule out the others.
 * Some firm names start with a common word (马上消费金融): pin them in new-words.txt. An entity's end is its suffix,
 * not a stopword (`end` false: 华城银行 ends in 行, a stopword of its own).
 */
function hasStopwordEdge(word: string, stopwords: ReadonlySet<string>, end = true): boolean {
  for (let len = 1; len < word.length; len++) {
    if ((len > 1 && stopwords.has(word.slice(0, len))) || (end && stopwords.has(word.slice(word.length - len)))) return true;
  }
  return false;
}

/**
 * A {@link KnownWords} predicate asking the segmenter itself: a word is known when it comes out as one token.
 * The first call loads the segmenter's dictionary when it has not cut anything yet.
 */
export function segmenterKeepsWhole(segmenter: Segmenter): (word: string) => boolean {
  return (word: string): boolean => segmenter.cut(word).length === 1;
}
