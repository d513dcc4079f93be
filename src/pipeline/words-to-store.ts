import type { StoredWord } from '../history/history-types.js';
import type { PeriodTermCounts } from '../terms/period-term-counts.js';
import type { RunWord } from './with-stored-words.js';

/**
 * The run's words as the history keeps them: each found or kept word the run saw (in its sample or in a period's
 * tickets), first seen where the history first saw it or else in the first period whose tickets hold it, last seen
 * in the run's last period (as an issue is), with the counts the discovery measured. Pinned words are left out:
 * `models/new-words.txt` keeps them. A kept word no ticket holds is not written, so it leaves the window in time.
 * @param counts the run's ticket counts per period (`storedCounts`), oldest first.
 */
export function wordsToStore(words: readonly RunWord[], counts: readonly PeriodTermCounts[]): StoredWord[] {
  const last = counts.at(-1)?.period;
  if (last === undefined) return [];
  const out: StoredWord[] = [];
  for (const w of words) {
    if (w.pinned) continue;
    const firstHeld = counts.find((p) => (p.counts.get(w.word) ?? 0) > 0)?.period;
    if (firstHeld === undefined && w.tickets === 0) continue;
    const firstOwn = firstHeld ?? counts[0]!.period;
    const firstPeriod = w.firstPeriod !== undefined && w.firstPeriod < firstOwn ? w.firstPeriod : firstOwn;
    out.push({ word: w.word, kind: w.kind, firstPeriod, lastPeriod: last, tickets: w.tickets, cohesion: w.cohesion, entropy: w.entropy, score: w.score });
  }
  return out;
}
