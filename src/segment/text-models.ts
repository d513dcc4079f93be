import { ModelError } from '../core/errors.js';

/**
 * The text models the normalize and segment stages use, parsed from the plain-text files in `models/`
 * (`telecom-dict.txt`, `stopwords.txt`, `synonyms.txt`, `boilerplate.txt`). Users extend the files; nothing here
 * reads them (that is `src/models/load-models.ts`).
 */
export interface TextModels {
  /** jieba user dictionary text, `word [freq] [tag]` per line, comments removed. */
  userDict: string;
  /** Words dropped after segmentation (Chinese and English, lower-case for Latin words). */
  stopwords: Set<string>;
  /** variant -> canonical term. */
  synonyms: Map<string, string>;
  /** Agent phrases removed from the analysed text; `{n}` stands for a run of digits. */
  boilerplate: string[];
  /** Hesitation words dropped from customer speech. */
  fillers: string[];
  /**
   * Words that end a place name (小区, 花园, 苑, 路…), from the `[place suffixes]` section of the dictionary file:
   * segmentation joins an unknown name cut into pieces with its suffix into one place token (丽/景/小区 → 丽景小区).
   * Absent or empty: no place tokens are built.
   */
  placeSuffixes?: string[];
  /** Words and characters never taken as part of a place name (附近, 整个, 老), `[not place prefixes]` section. */
  notPlacePrefixes?: string[];
}

/** The raw text of each model file, as `parseTextModels` takes it. */
export interface TextModelSources {
  dict: string;
  stopwords: string;
  synonyms: string;
  boilerplate: string;
}

/** The file names used in error messages when the caller does not name the files. */
const DEFAULT_FILES = {
  dict: 'telecom-dict.txt',
  stopwords: 'stopwords.txt',
  synonyms: 'synonyms.txt',
  boilerplate: 'boilerplate.txt',
} as const;

/** Lines of a model file without comments and surrounding blanks, with their 1-based line numbers. */
function contentLines(text: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    // A `#` starts a comment only at the start of a line or after a blank, so `C#` style words stay intact.
    const hash = raw.search(/(^|\s)#/);
    const body = (hash < 0 ? raw : raw.slice(0, hash)).trim();
    if (body !== '') out.push({ line: i + 1, text: body });
  }
  return out;
}

/** A character that makes no sense inside a model word (controls, or the comment sign). */
const BAD_WORD = /[\u0000-\u001f\u007f#]/;

/**
 * Parses a word list (stopwords): words separated by blanks or new lines, `#` comments. Latin words are
 * lower-cased, as the segmenter lower-cases Latin tokens before looking them up.
 * @throws ModelError when a word holds a control character.
 */
export function parseWordList(text: string, file: string): Set<string> {
  const words = new Set<string>();
  for (const { line, text: body } of contentLines(text)) {
    for (const word of body.split(/\s+/)) {
      if (BAD_WORD.test(word)) throw new ModelError(file, `expected a word, got ${JSON.stringify(word)}`, line);
      words.add(word.toLowerCase());
    }
  }
  return words;
}

/**
 * Parses synonym groups: each line is `canonical variant variant…`, every variant mapping to the first word.
 * @throws ModelError for a line with a single word or a variant already claimed by another group.
 */
export function parseSynonyms(text: string, file: string): Map<string, string> {
  const map = new Map<string, string>();
  const canonicals = new Set<string>();
  for (const { line, text: body } of contentLines(text)) {
    const words = body.split(/\s+/).map((w) => w.toLowerCase());
    const canonical = words[0] ?? '';
    if (words.length < 2) {
      throw new ModelError(file, `expected a canonical word and at least one variant, got "${body}"`, line);
    }
    canonicals.add(canonical);
    for (const variant of words.slice(1)) {
      if (BAD_WORD.test(variant)) throw new ModelError(file, `expected a word, got ${JSON.stringify(variant)}`, line);
      const earlier = map.get(variant);
      if (earlier !== undefined && earlier !== canonical) {
        throw new ModelError(file, `expected "${variant}" in one group only, it already maps to "${earlier}"`, line);
      }
      if (variant !== canonical) map.set(variant, canonical);
    }
  }
  // A canonical word must not itself be a variant elsewhere, or mapping would depend on group order.
  for (const [variant, canonical] of map) {
    if (canonicals.has(variant)) {
      throw new ModelError(file, `expected canonical word "${variant}" not to be a variant of "${canonical}"`);
    }
  }
  return map;
}

/** One entry of a jieba user dictionary. */
export interface UserDictEntry {
  word: string;
  freq: number | undefined;
  tag: string | undefined;
}

/**
 * Parses a jieba user dictionary (`word [freq] [tag]` per line, `#` comments).
 * @throws ModelError for a line with more than three fields or a frequency that is not a positive integer.
 */
export function parseUserDict(text: string, file: string): UserDictEntry[] {
  const entries: UserDictEntry[] = [];
  for (const { line, text: body } of contentLines(text)) {
    const fields = body.split(/\s+/);
    if (fields.length > 3) throw new ModelError(file, `expected "word [freq] [tag]", got "${body}"`, line);
    const [word = '', second, third] = fields;
    let freq: number | undefined;
    let tag: string | undefined;
    if (second !== undefined && /^\d+$/.test(second)) {
      freq = Number(second);
      tag = third;
    } else if (third !== undefined) {
      throw new ModelError(file, `expected a frequency (positive integer) in field 2, got "${second}"`, line);
    } else {
      tag = second;
    }
    if (freq === 0) throw new ModelError(file, `expected a positive frequency, got 0`, line);
    if (tag !== undefined && !/^[a-zA-Z]+$/.test(tag)) {
      throw new ModelError(file, `expected a part-of-speech tag of letters, got "${tag}"`, line);
    }
    entries.push({ word, freq, tag });
  }
  return entries;
}

/**
 * Parses the boilerplate file: agent phrases, then (after a `[fillers]` line) filler words. A `[phrases]` line
 * may open the phrase section explicitly.
 * @throws ModelError for an unknown `[section]`.
 */
export function parseBoilerplate(text: string, file: string): { boilerplate: string[]; fillers: string[] } {
  const boilerplate: string[] = [];
  const fillers: string[] = [];
  let section: 'phrases' | 'fillers' = 'phrases';
  for (const { line, text: body } of contentLines(text)) {
    const header = /^\[(.*)\]$/.exec(body);
    if (header) {
      const name = (header[1] ?? '').trim();
      if (name !== 'phrases' && name !== 'fillers') {
        throw new ModelError(file, `expected section [phrases] or [fillers], got "${body}"`, line);
      }
      section = name;
      continue;
    }
    if (section === 'fillers') fillers.push(...body.split(/\s+/));
    else boilerplate.push(body.replace(/\s+/g, ''));
  }
  return { boilerplate, fillers };
}

/** The sections of the dictionary file: jieba words (the default section), place suffixes, not-place prefixes. */
export interface DictSections {
  /** The `word [freq] [tag]` lines, other sections blanked so line numbers stay those of the file. */
  words: string;
  placeSuffixes: string[];
  notPlacePrefixes: string[];
}

const DICT_SECTIONS = ['words', 'place suffixes', 'not place prefixes'] as const;

/**
 * Splits the dictionary file into its sections: jieba words first (an optional `[words]` line opens them), then
 * `[place suffixes]` and `[not place prefixes]`, each a list of words separated by blanks or new lines.
 * @throws ModelError for an unknown `[section]` or a listed word holding a control character.
 */
export function parseDictSections(text: string, file: string): DictSections {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const content = new Map(contentLines(text).map((l) => [l.line, l.text]));
  const placeSuffixes: string[] = [];
  const notPlacePrefixes: string[] = [];
  let section: (typeof DICT_SECTIONS)[number] = 'words';
  for (let i = 0; i < lines.length; i++) {
    const body = content.get(i + 1);
    if (body === undefined) continue;
    const header = /^\[(.*)\]$/.exec(body);
    if (header) {
      const name = (header[1] ?? '').trim().toLowerCase();
      const known = DICT_SECTIONS.find((s) => s === name);
      if (!known) throw new ModelError(file, `expected section [words], [place suffixes] or [not place prefixes], got "${body}"`, i + 1);
      section = known;
      lines[i] = '';
      continue;
    }
    if (section === 'words') continue;
    lines[i] = '';
    for (const word of body.split(/\s+/)) {
      if (BAD_WORD.test(word)) throw new ModelError(file, `expected a word, got ${JSON.stringify(word)}`, i + 1);
      (section === 'place suffixes' ? placeSuffixes : notPlacePrefixes).push(word);
    }
  }
  return { words: lines.join('\n'), placeSuffixes, notPlacePrefixes };
}

/**
 * Parses the four text model files into {@link TextModels}. The user dictionary is validated and kept as text
 * (segmenters load it themselves).
 * @throws ModelError naming the file and line of the first malformed line.
 */
export function parseTextModels(
  sources: TextModelSources,
  files: Partial<Record<keyof TextModelSources, string>> = {},
): TextModels {
  const name = { ...DEFAULT_FILES, ...files };
  const dict = parseDictSections(sources.dict, name.dict);
  const entries = parseUserDict(dict.words, name.dict);
  const { boilerplate, fillers } = parseBoilerplate(sources.boilerplate, name.boilerplate);
  const synonyms = parseSynonyms(sources.synonyms, name.synonyms);
  // Every synonym must reach the mapping as one token: a variant the segmenter splits (网速很慢 → 网速/很/慢)
  // would never be merged, so synonym words missing from the dictionary are added to it.
  const listed = new Set(entries.map((e) => e.word.toLowerCase()));
  for (const word of new Set([...synonyms.keys(), ...synonyms.values()])) {
    if (!listed.has(word) && [...word].length > 1 && !/\s/.test(word)) {
      entries.push({ word, freq: undefined, tag: undefined });
      listed.add(word);
    }
  }
  return {
    userDict: entries.map(formatUserDictEntry).join('\n'),
    stopwords: parseWordList(sources.stopwords, name.stopwords),
    synonyms,
    boilerplate,
    fillers,
    placeSuffixes: dict.placeSuffixes,
    notPlacePrefixes: dict.notPlacePrefixes,
  };
}

/** Writes one user dictionary entry back as a `word [freq] [tag]` line. */
export function formatUserDictEntry(entry: UserDictEntry): string {
  return [entry.word, entry.freq, entry.tag].filter((f) => f !== undefined).join(' ');
}
