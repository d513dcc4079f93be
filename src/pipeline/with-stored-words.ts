import type { StoredWord } from '../history/history-types.js';
import type { NewWord } from '../segment/discover-new-words.js';

/** A word a run adds to its segmenter, and whether the history already held it. */
export interface RunWord extends NewWord {
  /** `kept`: the history held it before this run (an earlier run found it); `new`: it did not. */
  status: 'new' | 'kept';
  /** The period the history first saw it in; undefined for a `new` word. */
  firstPeriod?: string;
}

/**
 * The run's words: those found in its sample (pins first, as `discoverNewWords` gives them), `kept` when the history
 * held them; then the history's other words, unless `skip` rules them out now (banned, a stopword or synonym, or
 * kept whole by the segmenter without help), each with the sample texts holding it (counted as a pin's are) and the
 * measures of the run that last found it, most held first. A word the history keeps need not be found again: a
 * night whose sample is too small to find 捷信 still cuts it whole.
 */
export function withStoredWords(found: readonly NewWord[], stored: readonly StoredWord[], sample: readonly string[], skip: (word: string) => boolean): RunWord[] {
  const byWord = new Map(stored.map((s) => [s.word, s]));
  const words: RunWord[] = found.map((w) => {
    const held = byWord.get(w.word);
    return held === undefined ? { ...w, status: 'new' } : { ...w, status: 'kept', firstPeriod: held.firstPeriod };
  });
  const taken = new Set(found.map((w) => w.word));
  const kept: RunWord[] = [];
  for (const s of stored) {
    if (taken.has(s.word) || skip(s.word)) continue;
    let tickets = 0;
    for (const text of sample) if (text.includes(s.word)) tickets++;
    kept.push({ word: s.word, tickets, cohesion: s.cohesion, entropy: s.entropy, score: s.score, kind: s.kind, pinned: false, status: 'kept', firstPeriod: s.firstPeriod });
  }
  kept.sort((a, b) => b.tickets - a.tickets || b.score - a.score || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return [...words, ...kept];
}
