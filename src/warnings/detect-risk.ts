import { z } from 'zod';
import { parseOptions } from '../core/parse-options.js';
import type { MatcherPattern, RiskMatcher } from './create-risk-matcher.js';
import { businessReplies, insideRanges } from '../core/business-replies.js';
import { framesHold } from './risk-frames.js';
import type { RiskMatch } from './risk-match.js';
import { needsTokenCheck, onTokenBoundaries } from './token-boundaries.js';
import { applyRiskClassifier, type CategoryAt } from './risk-classifier-apply.js';

/** A literal found in a ticket's text: `text.slice(start, end) === term`. */
export interface TextSpan {
  term: string;
  start: number;
  end: number;
}

/** What one scan of a text found: its risk triggers in context and its repeat markers (这是第二次反映了). */
export interface RiskScan {
  matches: RiskMatch[];
  repeatMarkers: TextSpan[];
}

/** The lexicon's own reading of a text, before any classifier: what a classifier takes as its lexicon signals. */
export interface LexiconScan extends RiskScan {
  /** Triggers found but called off by their frames (hearsay, someone else's act …): category and position. */
  framedOut: CategoryAt[];
  /** Start offsets of the classifier's cues found in the text (empty without a classifier). */
  cueStarts: number[];
}

/** Per-call overrides of how far cues reach; defaults are the matcher's options. */
export const detectRiskOptionsSchema = z.strictObject({
  negationWindow: z.number().int().min(0).optional(),
  latinNegationWindow: z.number().int().min(0).optional(),
  shortNegationWindow: z.number().int().min(0).optional(),
  conditionalWindow: z.number().int().min(0).optional(),
});

/** Windows of {@link detectRisk} that override the matcher's (`warnings.risk`) for one call. */
export type DetectRiskOptions = z.input<typeof detectRiskOptionsSchema>;

interface Hit {
  pattern: MatcherPattern;
  start: number;
  end: number;
}

// Scratch for raw automaton hits (pattern, start, end), reused by every scan: scans are synchronous and not re-entrant.
let RAW: Int32Array = new Int32Array(3 * 64);
const growInt32 = (a: Int32Array): Int32Array => {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
};

/** The scan of a text with no trigger and no repeat marker (most texts): shared and frozen. */
export const EMPTY_RISK_SCAN: RiskScan = Object.freeze({
  matches: Object.freeze([]) as unknown as RiskMatch[],
  repeatMarkers: Object.freeze([]) as unknown as TextSpan[],
});

/**
 * State of the scan in progress, read by {@link onAutomatonHit}: one module-level callback instead of a closure per
 * ticket (with the arrays it captured, that was most of the warnings stage's garbage at a million tickets).
 */
const SCAN: {
  text: string;
  patterns: readonly MatcherPattern[];
  raw: number;
  anyTrigger: boolean;
  repeatMarkers: TextSpan[] | undefined;
  cueStarts: number[] | undefined;
} = {
  text: '',
  patterns: [],
  raw: 0,
  anyTrigger: false,
  repeatMarkers: undefined,
  cueStarts: undefined,
};

function onAutomatonHit(index: number, start: number, end: number): void {
  const pattern = SCAN.patterns[index]!;
  if (pattern.boundary !== 'none' && !atBoundary(SCAN.text, pattern, start, end)) return;
  if (pattern.role === 'repeat-marker') {
    (SCAN.repeatMarkers ??= []).push({ term: SCAN.text.slice(start, end), start, end });
    return;
  }
  if (pattern.role === 'classifier-cue') {
    (SCAN.cueStarts ??= []).push(start);
    return;
  }
  if (pattern.role === 'trigger') SCAN.anyTrigger = true;
  const raw = SCAN.raw;
  if (RAW.length < 3 * (raw + 1)) RAW = growInt32(RAW);
  RAW[3 * raw] = index;
  RAW[3 * raw + 1] = start;
  RAW[3 * raw + 2] = end;
  SCAN.raw = raw + 1;
}

const isAlnum = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9]/.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

function atBoundary(text: string, pattern: MatcherPattern, start: number, end: number): boolean {
  const { boundary, text: p } = pattern;
  if (boundary === 'none') return true;
  const test = boundary === 'digit' ? isDigit : isAlnum;
  const first = p[0];
  const last = p[p.length - 1];
  if (test(first) && test(text[start - 1])) return false;
  if (test(last) && test(text[end])) return false;
  return true;
}

/**
 * Longest first, then leftmost: keeps hits that do not overlap a longer one already kept. An occupancy array
 * keeps this linear in the covered characters (a list scan was quadratic on a text of thousands of cues).
 */
function keepLongest(hits: Hit[], length: number): Hit[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(length);
  const kept: Hit[] = [];
  for (const h of sorted) {
    let free = true;
    for (let i = h.start; i < h.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** First index of `hits` (sorted by start) whose start is >= `at`. */
function lowerBound(hits: readonly Hit[], at: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lastBreakBefore(text: string, at: number, breaks: string, limit: number): number {
  for (let i = at - 1; i >= 0 && at - i <= limit; i--) if (breaks.includes(text[i]!)) return i + 1;
  return Math.max(0, at - limit);
}

function firstBreakAfter(text: string, at: number, breaks: string, limit: number): number {
  for (let i = at; i < text.length && i - at <= limit; i++) if (breaks.includes(text[i]!)) return i;
  return Math.min(text.length, at + limit);
}

/**
 * Finds the risk triggers of `text` (a ticket's normalized text) with their context. A hit counts only when it is the
 * customer's words (not inside a business reply such as 宾馆反馈…), starts and ends on the matcher's segmenter's token
 * boundaries (着火 is not in 紧挨着火车站), and its lexicon frames hold (找/向 + 媒体; staff + 骂; an outage noun with 整个小区;
 * not 4S店 + 退网). Then `negated` when a negation
 * cue governs the trigger within its clause (never across ，。！？；,.!?; or a line), `hypothetical` when a
 * conditional cue shares its sentence. Negated matches are returned too (callers drop them) so a reviewer can see
 * what was called off. Overlapping triggers keep the longest; triggers inside an exclusion word are dropped.
 */
export function detectRisk(text: string, matcher: RiskMatcher, options: DetectRiskOptions = {}): RiskMatch[] {
  const { matches } = scanRiskText(text, matcher, parseOptions(detectRiskOptionsSchema, options, 'warnings.risk'));
  return matches === EMPTY_RISK_SCAN.matches ? [] : matches;
}

/**
 * The hits that are the customer's words, on token boundaries, with their frames holding (see {@link detectRisk}).
 * Hits are rare, so cutting the clause around each with the segmenter costs little.
 */
function acceptedTriggers(text: string, hits: Hit[], matcher: RiskMatcher, framedOut?: CategoryAt[]): Hit[] {
  if (hits.length === 0) return hits;
  const { lexicon, options: o, segmenter, frames } = matcher;
  const replies = businessReplies(text, lexicon.replyMarkers ?? [], lexicon.customerMarkers ?? []);
  const cuts = new Map<number, Uint8Array>();
  let lower: string | undefined;
  return hits.filter((t) => {
    if (replies.length > 0 && insideRanges(replies, t.start, t.end)) return false;
    const clauseStart = lastBreakBefore(text, t.start, o.clauseBreaks, o.frameWindow);
    const clauseEnd = firstBreakAfter(text, t.end, o.clauseBreaks, o.frameWindow);
    // Frames first: reading a few cues costs far less than cutting the clause, and most framed hits (影响, 附近, 免费)
    // fail their frame.
    const own = frames[t.pattern.entry];
    if (own) {
      lower ??= text.toLowerCase();
      const place = {
        start: t.start,
        end: t.end,
        clauseStart,
        clauseEnd,
        sentenceStart: lastBreakBefore(text, t.start, o.sentenceBreaks, o.frameWindow * 2),
        sentenceEnd: firstBreakAfter(text, t.end, o.sentenceBreaks, o.frameWindow * 2),
      };
      if (!framesHold(lower, own, place, o.notWindow)) {
        framedOut?.push({ category: lexicon.entries[t.pattern.entry]!.category, start: t.start });
        return false;
      }
    }
    return !segmenter || !needsTokenCheck(t.pattern.text) || onTokenBoundaries(text, t.start, t.end, clauseStart, clauseEnd, segmenter, cuts);
  });
}

/**
 * {@link detectRisk} plus the lexicon's repeat markers (`@repeat` lines: 第二次反映, 再次投诉 …), from the same single
 * pass of the automaton. Markers are not risks; they tell repeat detection that the customer says this is a repeat.
 */
export function scanRiskText(text: string, matcher: RiskMatcher, options: DetectRiskOptions = {}): RiskScan {
  const scan = scanLexicon(text, matcher, options);
  if (!matcher.classifier || (scan.matches.length === 0 && scan.framedOut.length === 0 && scan.cueStarts.length === 0)) {
    return scan === EMPTY_LEXICON_SCAN ? EMPTY_RISK_SCAN : { matches: scan.matches, repeatMarkers: scan.repeatMarkers };
  }
  return { matches: applyRiskClassifier(text, scan, matcher, matcher.classifier), repeatMarkers: scan.repeatMarkers };
}

const EMPTY_LEXICON_SCAN: LexiconScan = Object.freeze({
  ...EMPTY_RISK_SCAN,
  framedOut: Object.freeze([]) as unknown as CategoryAt[],
  cueStarts: Object.freeze([]) as unknown as number[],
});

/**
 * The lexicon's reading of `text` alone (what {@link scanRiskText} returns without a classifier), plus the triggers
 * its frames called off and where the classifier's cues sit: the input of a classifier, at training and at scoring.
 */
export function scanLexicon(text: string, matcher: RiskMatcher, options: DetectRiskOptions = {}): LexiconScan {
  const o = matcher.options;
  const negationWindow = options.negationWindow ?? o.negationWindow;
  const latinWindow = options.latinNegationWindow ?? o.latinNegationWindow;
  const shortWindow = options.shortNegationWindow ?? o.shortNegationWindow;
  const conditionalWindow = options.conditionalWindow ?? o.conditionalWindow;
  // Raw hits first, as numbers: most texts hold cues (不, 了, 就) but no trigger, and building an object per cue for
  // them was most of the scan's allocation at 100,000 tickets.
  SCAN.text = text;
  SCAN.patterns = matcher.patterns;
  SCAN.raw = 0;
  SCAN.anyTrigger = false;
  SCAN.repeatMarkers = undefined;
  SCAN.cueStarts = undefined;
  matcher.automaton.scan(text, onAutomatonHit);
  const raw = SCAN.raw;
  const anyTrigger = SCAN.anyTrigger;
  const repeatMarkers = SCAN.repeatMarkers ?? [];
  const cueStarts = SCAN.cueStarts ?? [];
  SCAN.text = '';
  SCAN.repeatMarkers = undefined;
  SCAN.cueStarts = undefined;
  if (!anyTrigger) {
    return repeatMarkers.length === 0 && cueStarts.length === 0 ? EMPTY_LEXICON_SCAN : { matches: [], repeatMarkers, framedOut: [], cueStarts };
  }
  const triggers: Hit[] = [];
  const exclusions: Hit[] = [];
  const cues: Hit[] = [];
  for (let k = 0; k < raw; k++) {
    const hit: Hit = { pattern: matcher.patterns[RAW[3 * k]!]!, start: RAW[3 * k + 1]!, end: RAW[3 * k + 2]! };
    if (hit.pattern.role === 'trigger') triggers.push(hit);
    else if (hit.pattern.role === 'exclusion') exclusions.push(hit);
    else cues.push(hit);
  }
  // Longest exclusion starting at each position, so a trigger checks only the few positions that could hold one.
  const exclusionEnd = new Int32Array(text.length).fill(-1);
  let longestExclusion = 0;
  for (const x of exclusions) {
    if (x.end > exclusionEnd[x.start]!) exclusionEnd[x.start] = x.end;
    longestExclusion = Math.max(longestExclusion, x.end - x.start);
  }
  const excluded = (t: Hit): boolean => {
    for (let s = Math.max(0, t.end - longestExclusion); s <= t.start; s++) {
      const end = exclusionEnd[s]!;
      if (end >= t.end && (s < t.start || end > t.end)) return true;
    }
    return false;
  };
  const framedOut: CategoryAt[] = [];
  const kept = keepLongest(acceptedTriggers(text, triggers.filter((t) => !excluded(t)), matcher, framedOut), text.length);
  // A cue that overlaps a trigger is part of the trigger's own words (不 in 不耐烦, 了 in 直接挂了), not context.
  const inTrigger = new Uint8Array(text.length);
  for (const t of kept) inTrigger.fill(1, t.start, t.end);
  const overlapsTrigger = (c: Hit): boolean => {
    for (let i = c.start; i < c.end; i++) if (inTrigger[i] === 1) return true;
    return false;
  };
  const context = keepLongest(cues.filter((c) => !overlapsTrigger(c)), text.length).filter((c) => c.pattern.role !== 'pseudo');
  const lookBack = Math.max(negationWindow, latinWindow, conditionalWindow) + 16;
  const matches = kept.map((t) => {
    const entry = matcher.lexicon.entries[t.pattern.entry]!;
    const category = matcher.lexicon.categories.get(entry.category);
    const clauseStart = lastBreakBefore(text, t.start, o.clauseBreaks, lookBack);
    const sentenceStart = lastBreakBefore(text, t.start, o.sentenceBreaks, lookBack);
    const sentenceEnd = firstBreakAfter(text, t.end, o.sentenceBreaks, conditionalWindow + 16);
    let negated = false;
    let hypothetical = false;
    // Only cues starting within the look-back window before the trigger or the conditional window after it matter.
    const from = lowerBound(context, t.start - lookBack);
    const to = lowerBound(context, t.end + conditionalWindow + 1);
    const resets: Hit[] = [];
    for (let k = from; k < to; k++) if (context[k]!.pattern.role === 'reset') resets.push(context[k]!);
    for (let k = from; k < to; k++) {
      const c = context[k]!;
      const role = c.pattern.role;
      if (role === 'conditional') {
        const before = c.end <= t.start && c.start >= sentenceStart && t.start - c.end <= conditionalWindow;
        const after = c.start >= t.end && c.end <= sentenceEnd && c.start - t.end <= conditionalWindow;
        if (before || after) hypothetical = true;
        continue;
      }
      if (role !== 'negation' && role !== 'short-negation' && role !== 'prohibitive') continue;
      if (c.end > t.start || c.start < clauseStart) continue;
      if (role === 'prohibitive' && category?.scope !== 'threat') continue;
      const gap = t.start - c.end;
      const window = role === 'short-negation' ? shortWindow : c.pattern.boundary === 'latin' ? latinWindow : negationWindow;
      if (gap > window) continue;
      if (!resets.some((r) => r.start >= c.end && r.end <= t.start)) negated = true;
    }
    return { category: entry.category, term: text.slice(t.start, t.end), start: t.start, end: t.end, negated, hypothetical };
  });
  return { matches, repeatMarkers, framedOut, cueStarts };
}
