import { createRequire } from 'node:module';
import { HotspotsError } from '../core/errors.js';
import type { Segmenter } from './segmenter.js';
import { parseUserDict } from './text-models.js';

/** The part of nodejieba's API this adapter uses. */
interface NodejiebaModule {
  cut(sentence: string, strict?: boolean): string[];
  insertWord(word: string, tag?: string): boolean;
  tag(sentence: string): Array<{ word: string; tag: string }>;
}

let loaded: NodejiebaModule | undefined;

/**
 * Loads nodejieba once. Only this module may load it: its index.js assigns undeclared names (`dict`, `userDict`…)
 * onto globalThis, which breaks callers with such top-level names.
 */
function loadNodejieba(): NodejiebaModule {
  if (loaded) return loaded;
  try {
    loaded = createRequire(import.meta.url)('nodejieba') as NodejiebaModule;
  } catch (cause) {
    throw new HotspotsError(
      'segmenter "nodejieba": expected the optional package nodejieba to be installed, it could not be loaded (npm install nodejieba)',
      'E_SEGMENTER',
      2,
      { cause },
    );
  }
  return loaded;
}

/** ASCII letters and digits, which nodejieba (HMM off) cuts one character at a time. */
const ASCII_WORD_CHAR = /^[A-Za-z0-9]$/;

/**
 * Creates a segmenter on nodejieba (optional dependency, loaded lazily), HMM off like the default adapter.
 * The user dictionary is added with `insertWord`; words nodejieba already keeps whole are not inserted again,
 * because insertWord gives a word the median weight and that splits common words (measured: 宽带 → 宽/带).
 * nodejieba uses one process-wide dictionary, so every instance shares the words inserted by any of them.
 * @throws HotspotsError when nodejieba is not installed.
 */
export function createNodejiebaSegmenter(userDict = ''): Segmenter {
  const jieba = loadNodejieba();
  const words = parseUserDict(userDict, 'user dictionary');
  // Decide before inserting anything: an insert changes how the next word is cut.
  const missing = words.filter((e) => jieba.cut(e.word, false).length !== 1);
  for (const e of missing) jieba.insertWord(e.word, e.tag ?? 'n');
  return {
    name: 'nodejieba',
    cut: (text: string): string[] => (text === '' ? [] : mergeAsciiRuns(jieba.cut(text, false))),
    isVerb: (word: string): boolean => {
      const tagged = jieba.tag(word);
      return tagged.length === 1 && tagged[0]!.tag === 'v';
    },
  };
}

/**
 * Joins runs of single ASCII letter/digit tokens (`W/i/F/i`, `1/0/0/8/6`) into one token, as @node-rs/jieba
 * returns them, so both adapters give the same tokens.
 */
function mergeAsciiRuns(tokens: string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const token of tokens) {
    if (ASCII_WORD_CHAR.test(token)) {
      run += token;
      continue;
    }
    if (run !== '') {
      out.push(run);
      run = '';
    }
    out.push(token);
  }
  if (run !== '') out.push(run);
  return out;
}
