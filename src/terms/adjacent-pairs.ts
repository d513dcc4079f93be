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
 * Which consecutive tokens of a corpus form a pair, for one `maxGap`: bit `docStart[doc] + j` is set when tokens
 * `j` and `j + 1` of ticket `doc` do.
 */
interface PairMarks {
  docStart: Uint32Array;
  bits: Uint32Array;
}

// Marks are a function of the corpus (never changed once segmented) and the gap: kept per corpus for the run.
const marksOf = new WeakMap<Corpus, Map<number, PairMarks>>();

/**
 * Works out once which consecutive tokens of `corpus` form a pair with this `maxGap` (the test of
 * {@link forEachAdjacentPair}), so every later {@link forEachAdjacentPair} over the corpus reads a bit instead of
 * the token spans and the text between them: a run walks every pair of every ticket three times (phrases, slot
 * lists, the stored pair counts), and the spans and texts of a million tickets are spread over the heap. A bit per
 * token: 3 MB at a million tickets. `visit(a, b, doc)`, when given, is called for every pair as it is marked, in the
 * order {@link forEachAdjacentPair} gives them, ticket after ticket (the same walk, once).
 */
export function markAdjacentPairs(corpus: Corpus, maxGap: number, visit?: (a: number, b: number, doc: number) => void): void {
  let byGap = marksOf.get(corpus);
  if (!byGap) marksOf.set(corpus, (byGap = new Map()));
  if (byGap.has(maxGap)) {
    if (visit) for (let doc = 0; doc < corpus.docs.length; doc++) forEachAdjacentPair(corpus, doc, maxGap, (a, b) => visit(a, b, doc));
    return;
  }
  const docStart = new Uint32Array(corpus.docs.length + 1);
  for (let doc = 0; doc < corpus.docs.length; doc++) docStart[doc + 1] = docStart[doc]! + (corpus.docs[doc]?.termIds.length ?? 0);
  const bits = new Uint32Array(Math.ceil(docStart[corpus.docs.length]! / 32) + 1);
  let from = 0;
  let current = 0;
  // One visitor for every ticket, not a closure per ticket.
  const mark = (a: number, b: number, j: number): void => {
    const k = from + j;
    bits[k >>> 5]! |= 1 << (k & 31);
    if (visit) visit(a, b, current);
  };
  for (let doc = 0; doc < corpus.docs.length; doc++) {
    from = docStart[doc]!;
    current = doc;
    visitPairs(corpus, doc, maxGap, mark);
  }
  byGap.set(maxGap, { docStart, bits });
}

/**
 * Calls `visit(a, b)` for every pair of consecutive kept tokens of ticket `doc` that are close in the text: at
 * most `maxGap` characters (dropped words) between them and no sentence break. Identical neighbours are skipped.
 * After {@link markAdjacentPairs} for the corpus and gap, the pairs are read from its marks.
 */
export function forEachAdjacentPair(
  corpus: Corpus,
  doc: number,
  maxGap: number,
  visit: (a: number, b: number) => void,
): void {
  const d = corpus.docs[doc];
  if (!d || d.termIds.length < 2) return;
  const ids = d.termIds;
  const marks = marksOf.get(corpus)?.get(maxGap);
  // A document the marks do not cover as it is now (a corpus grown or changed after marking) is walked afresh.
  if (marks && doc + 1 < marks.docStart.length && marks.docStart[doc + 1]! - marks.docStart[doc]! === ids.length) {
    const bits = marks.bits;
    let k = marks.docStart[doc]!;
    for (let j = 0; j + 1 < ids.length; j++, k++) if (((bits[k >>> 5]! >>> (k & 31)) & 1) === 1) visit(ids[j]!, ids[j + 1]!);
    return;
  }
  visitPairs(corpus, doc, maxGap, visit);
}

/** Calls `visit(a, b, j)` for each `j` whose tokens `j` (term `a`) and `j + 1` (term `b`) of ticket `doc` form a pair. */
function visitPairs(corpus: Corpus, doc: number, maxGap: number, visit: (a: number, b: number, j: number) => void): void {
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
    visit(a, b, j);
  }
}

/** A numeric key for an ordered pair of term ids (exact below 2^26 terms). */
export function pairKey(a: number, b: number, vocabSize: number): number {
  return a * vocabSize + b;
}
