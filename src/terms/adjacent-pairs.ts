import { SharedBufferDoc, type Corpus } from '../core/corpus.js';

/** Sentence and clause ends a pair must not straddle: \n 。 . ! ！ ? ？ ; ； */
function isBreak(code: number): boolean {
  switch (code) {
    case 0x0a:
    case 0x3002:
    case 0x2e:
    case 0x21:
    case 0xff01:
    case 0x3f:
    case 0xff1f:
    case 0x3b:
    case 0xff1b:
      return true;
    default:
      return false;
  }
}

/**
 * True when `text[from, to)` holds a sentence or clause end. A char-code loop rather than a regex on a slice: the
 * slice allocated a string per gap, and every terms pass (phrases, hot terms, per-period counts, stored pairs) walks
 * every gap of every ticket.
 */
function hasBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isBreak(text.charCodeAt(k))) return true;
  return false;
}

/**
 * Calls `visit(a, b)` for every pair of consecutive kept tokens of ticket `doc` that are close in the text: at
 * most `maxGap` characters (dropped words) between them and no sentence break. Identical neighbours are skipped.
 */
export function forEachAdjacentPair(
  corpus: Corpus,
  doc: number,
  maxGap: number,
  visit: (a: number, b: number) => void,
): void {
  const d = corpus.docs[doc];
  const text = corpus.tickets[doc]?.text ?? '';
  if (!d || d.termIds.length < 2) return;
  const ids = d.termIds;
  // A shared-buffer doc's spans are read in place: its starts/ends getters cut a new view on every access.
  const shared = d instanceof SharedBufferDoc;
  const starts = shared ? d.spans.starts : d.starts;
  const ends = shared ? d.spans.ends : d.ends;
  const base = shared ? d.from : 0;
  for (let j = 0; j + 1 < ids.length; j++) {
    const a = ids[j] ?? 0;
    const b = ids[j + 1] ?? 0;
    if (a === b) continue;
    const gapStart = ends[base + j] ?? 0;
    const gapEnd = starts[base + j + 1] ?? 0;
    if (gapEnd - gapStart > maxGap) continue;
    if (gapEnd > gapStart && hasBreak(text, gapStart, gapEnd)) continue;
    visit(a, b);
  }
}

/** A numeric key for an ordered pair of term ids (exact below 2^26 terms). */
export function pairKey(a: number, b: number, vocabSize: number): number {
  return a * vocabSize + b;
}
