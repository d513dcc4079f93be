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
  const others = stored.filter((s) => !taken.has(s.word) && !skip(s.word));
  const tickets = textsHolding(others.map((s) => s.word), sample);
  const kept = others.map((s, i): RunWord => ({
    word: s.word,
    tickets: tickets[i]!,
    cohesion: s.cohesion,
    entropy: s.entropy,
    score: s.score,
    kind: s.kind,
    pinned: false,
    status: 'kept',
    firstPeriod: s.firstPeriod,
  }));
  kept.sort((a, b) => b.tickets - a.tickets || b.score - a.score || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return [...words, ...kept];
}

/**
 * For each word, the texts holding it: one pass over the texts trying only the words that start with the character
 * at hand, rather than one `includes` scan per word (300 words over a sample of a million characters: ~300 ms that way).
 */
function textsHolding(words: readonly string[], texts: readonly string[]): number[] {
  const counts = new Array<number>(words.length).fill(0);
  if (words.length === 0) return counts;
  // Words by their first UTF-16 unit: a typed-array test, then the few words starting there.
  const starts = new Uint8Array(65_536);
  const byFirst = new Map<number, number[]>();
  words.forEach((w, i) => {
    const c = w.charCodeAt(0);
    starts[c] = 1;
    const list = byFirst.get(c);
    if (list) list.push(i);
    else byFirst.set(c, [i]);
  });
  const lastText = new Int32Array(words.length).fill(-1);
  texts.forEach((text, t) => {
    for (let at = 0; at < text.length; at++) {
      const c = text.charCodeAt(at);
      if (starts[c] === 0) continue;
      for (const i of byFirst.get(c)!) {
        if (lastText[i] !== t && text.startsWith(words[i]!, at)) {
          lastText[i] = t;
          counts[i]!++;
        }
      }
    }
  });
  return counts;
}
