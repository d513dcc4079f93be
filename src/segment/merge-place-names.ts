import { parseUserDict, type TextModels } from './text-models.js';
import { MEANINGFUL_SINGLE_CHARS } from './token-filter.js';

/** The text models place merging reads (all but the suffixes optional: fewer exclusions, still correct). */
export type PlaceNameModels = Pick<TextModels, 'stopwords' | 'synonyms' | 'fillers'> &
  Partial<Pick<TextModels, 'userDict' | 'placeSuffixes' | 'notPlacePrefixes'>>;

/** What {@link mergePlaceNames} needs, built once per models object by {@link placeNameRules}. */
export interface PlaceNameRules {
  /** Tokens that end a place name (小区, 花园, 苑…). */
  suffixes: ReadonlySet<string>;
  /** Words and characters never part of a place name: stopwords, fillers, telecom words, synonyms, listed ones. */
  excluded: ReadonlySet<string>;
}

/** Most single characters a place name may hold before its suffix (太白湖: one word and one character). */
const MAX_SINGLES = 4;
/** Most characters of the name before its suffix. */
const MAX_PREFIX_CHARS = 6;
const HAN_ONLY = /^\p{Script=Han}+$/u;
// Numerals before 楼/号楼 count floors and buildings (五楼), they do not name a place.
const NUMERAL = /^[零〇一二两三四五六七八九十百千万几半]$/u;

const cache = new WeakMap<object, PlaceNameRules | null>();

/**
 * The place rules of a models object (cached per object), or null when it lists no place suffixes. Telecom
 * words of the user dictionary and synonym words are excluded from names so 宽带/小区 or 客服/中心 stay two terms.
 */
export function placeNameRules(models: PlaceNameModels): PlaceNameRules | null {
  const hit = cache.get(models);
  if (hit !== undefined) return hit;
  let rules: PlaceNameRules | null = null;
  if (models.placeSuffixes && models.placeSuffixes.length > 0) {
    const excluded = new Set<string>([...models.stopwords, ...models.fillers, ...MEANINGFUL_SINGLE_CHARS]);
    for (const [variant, canonical] of models.synonyms) excluded.add(variant).add(canonical);
    for (const word of models.notPlacePrefixes ?? []) excluded.add(word);
    if (models.userDict) for (const e of parseUserDict(models.userDict, 'user dictionary')) excluded.add(e.word);
    rules = { suffixes: new Set(models.placeSuffixes), excluded };
  }
  cache.set(models, rules);
  return rules;
}

/**
 * Joins place names jieba cut into pieces with the suffix that follows them, in the tokens of one text (their
 * concatenation is the text, and stays so): a run of single Han characters that are not stopwords, optionally
 * after one 2-3 character word that is not a telecom word, stopword or synonym (丽/景/小区 → 丽景小区, 海韵/花园 →
 * 海韵花园, 太白/湖/小区 → 太白湖小区), at least two characters before the suffix; a place token followed by a
 * suffix word grows (风筝广场/小区 → 风筝广场小区). Returns `tokens` itself when no token is a suffix.
 */
export function mergePlaceNames(tokens: readonly string[], rules: PlaceNameRules): readonly string[] {
  let any = false;
  for (let i = 1; i < tokens.length && !any; i++) any = rules.suffixes.has(tokens[i] as string);
  if (!any) return tokens;
  const out: string[] = [];
  // Index in `out` of the place token built last, while it is the last token of `out`.
  let place = -1;
  for (const token of tokens) {
    if (!rules.suffixes.has(token) || out.length === 0) {
      out.push(token);
      continue;
    }
    if (place === out.length - 1 && token.length > 1) {
      out[place] += token;
      continue;
    }
    let k = out.length;
    let chars = 0;
    while (k > 0 && out.length - k < MAX_SINGLES && isNameChar(out[k - 1] as string, rules)) {
      k--;
      chars++;
    }
    const word = k - 1 === place ? undefined : out[k - 1];
    if (word !== undefined && isNameWord(word, rules) && chars + word.length <= MAX_PREFIX_CHARS) {
      k--;
      chars += word.length;
    }
    if (chars < 2) {
      out.push(token);
      continue;
    }
    const name = out.splice(k).join('') + token;
    place = out.push(name) - 1;
  }
  return out;
}

function isNameChar(token: string, rules: PlaceNameRules): boolean {
  return token.length === 1 && !rules.excluded.has(token) && !NUMERAL.test(token) && HAN_ONLY.test(token);
}

function isNameWord(token: string, rules: PlaceNameRules): boolean {
  return (
    token.length >= 2 &&
    token.length <= 3 &&
    !rules.excluded.has(token) &&
    !rules.suffixes.has(token) &&
    HAN_ONLY.test(token)
  );
}
