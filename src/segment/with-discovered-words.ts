import { HotspotsError } from '../core/errors.js';
import { parseUserDict } from './text-models.js';

/**
 * Dictionary frequency of an added word. jieba keeps a word whole when its frequency beats the product of its
 * parts' probabilities; 2000 (the default user-word frequency) does for names cut into rare characters or common
 * words (捷/信, 中原/消费/金融), measured in tests/segment/with-discovered-words.test.ts with both adapters.
 */
export const DISCOVERED_WORD_FREQ = 2000;

/** A word or entity to add: its text (a {@link NewWord} or a plain string). */
export type WordToAdd = string | { readonly word: string };

/** A character that cannot be part of a dictionary word. */
const BAD_CHAR = /[\s\u0000-\u001f\u007f]/;

/**
 * The user dictionary text extended with `words`, one `word freq n` line each, for the run's segmenters (both
 * adapters load `TextModels.userDict`, the worker threads included). Words the dictionary already lists are not
 * added again (their listed frequency and tag stay), nor are duplicates.
 * @throws HotspotsError for an empty word or one holding a blank or control character.
 */
export function withDiscoveredWords(userDict: string, words: readonly WordToAdd[], freq = DISCOVERED_WORD_FREQ): string {
  if (!Number.isInteger(freq) || freq < 1) {
    throw new HotspotsError(`withDiscoveredWords: expected a positive integer frequency, got ${freq}`, 'E_INPUT', 2);
  }
  const listed = new Set(parseUserDict(userDict, 'user dictionary').map((e) => e.word));
  const lines: string[] = [];
  for (const item of words) {
    const word = typeof item === 'string' ? item : item.word;
    if (word === '' || BAD_CHAR.test(word)) {
      throw new HotspotsError(`withDiscoveredWords: expected a word without blanks, got ${JSON.stringify(word)}`, 'E_INPUT', 2);
    }
    if (listed.has(word)) continue;
    listed.add(word);
    lines.push(`${word} ${freq} n`);
  }
  if (lines.length === 0) return userDict;
  return userDict === '' || userDict.endsWith('\n') ? userDict + lines.join('\n') : `${userDict}\n${lines.join('\n')}`;
}
