import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { Segmenter } from './segmenter.js';
import { formatUserDictEntry, parseUserDict } from './text-models.js';

/**
 * Frequency given to user-dictionary words listed without one. jieba-rs reads a missing frequency as 0, which
 * splits the word again (measured: 宽带 → 宽/带); 2000 keeps every telecom word whole without swallowing
 * neighbours in the test sentences.
 */
export const DEFAULT_USER_WORD_FREQ = 2000;

/**
 * Creates the default segmenter on @node-rs/jieba (jieba's dictionary plus the user dictionary), HMM off so
 * the nodejieba adapter gives the same tokens.
 * @param userDict jieba user dictionary text (`word [freq] [tag]` lines), e.g. `TextModels.userDict`.
 */
export function createNodeRsSegmenter(userDict = ''): Segmenter {
  const entries = parseUserDict(userDict, 'user dictionary').map((e) => ({
    ...e,
    freq: e.freq ?? DEFAULT_USER_WORD_FREQ,
  }));
  // Loaded on the first cut (~40 MB and ~75 ms): a big run segments in worker threads and never needs this copy.
  let jieba: Jieba | undefined;
  const load = (): Jieba => {
    const loaded = Jieba.withDict(dict);
    if (entries.length > 0) loaded.loadDict(Buffer.from(entries.map(formatUserDictEntry).join('\n'), 'utf8'));
    return loaded;
  };
  return {
    name: 'node-rs-jieba',
    inWorkers: true,
    cut: (text: string): string[] => (text === '' ? [] : (jieba ??= load()).cut(text, false)),
    isVerb: (word: string): boolean => {
      const tagged = (jieba ??= load()).tag(word, false);
      return tagged.length === 1 && tagged[0]!.tag === 'v';
    },
  };
}
