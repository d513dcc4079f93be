import { CONTEXT_MAX_CHARS, sentenceContextRange } from '../core/sentence-context.js';
import type { Segmenter } from '../segment/segmenter.js';
import type { RiskMatch } from './risk-match.js';

/** One sentence (or clause group) of a text, as the evidence context cuts it: `[start, end)` of the text. */
export interface TextUnit {
  start: number;
  end: number;
}

/**
 * The sentences of `text` the classifier reads, cut exactly as evidence contexts are cut ({@link sentenceContextRange}):
 * a sentence when it fits in `maxChars`, else clause groups. Blank stretches between them are skipped.
 */
export function classifierUnits(text: string, maxChars = CONTEXT_MAX_CHARS): TextUnit[] {
  const units: TextUnit[] = [];
  let at = 0;
  while (at < text.length) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (at >= text.length) break;
    // The sentence (or clause group) holding the first character not yet read, from that character on: a clause
    // group may reach back over clauses already read.
    const end = Math.max(sentenceContextRange(text, at, at + 1, maxChars).end, at + 1);
    units.push({ start: at, end });
    at = end;
  }
  return units;
}

/** Which n-gram kinds a model reads; stored with the model so training and scoring agree. */
export interface FeatureSpec {
  /** jieba tokens (the matcher's segmenter). */
  tokens: boolean;
  /** Character n-gram lengths, e.g. [2] or [2, 3]. */
  charNgrams: number[];
  /** The lexicon's own signals per category (hit, negated, hypothetical, framed out). */
  lexicon: boolean;
}

/** A feature of a sentence and where it first occurs in the text (for the evidence span). */
export interface UnitFeature {
  key: string;
  start: number;
  end: number;
  /** 1 for lexicon signals; text features are scaled by 1/√(number of text features) so long sentences weigh alike. */
  value: number;
  /** Lexicon signals have no span of their own worth quoting. */
  lexical: boolean;
}

/** The lexicon's signals for one category inside a sentence, as feature keys. */
export const LEXICON_SIGNALS = { hit: 'L:', negated: 'N:', hypothetical: 'H:', framedOut: 'F:' } as const;

// Characters that carry meaning: CJK, Latin letters, digits. Punctuation and blanks break n-grams.
const isWordChar = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 42;

/** Lexicon hits of one sentence: what the matcher found, and the categories whose triggers its frames called off. */
export interface UnitLexicon {
  matches: readonly RiskMatch[];
  framedOut: readonly string[];
}

/**
 * The features of `text.slice(unit.start, unit.end)`: tokens `w:` (lower-cased), character n-grams `c:` inside runs
 * of word characters, and the lexicon's signals `L:`/`N:`/`H:`/`F:` + category. Each key appears once, at its
 * first occurrence. Deterministic: same text, segmenter and spec, same features in the same order.
 */
export function unitFeatures(text: string, unit: TextUnit, spec: FeatureSpec, segmenter: Segmenter | undefined, lexicon?: UnitLexicon): UnitFeature[] {
  const seen = new Set<string>();
  const out: UnitFeature[] = [];
  const add = (key: string, start: number, end: number, lexical: boolean): void => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ key, start, end, value: 1, lexical });
  };
  const sentence = text.slice(unit.start, unit.end);
  const lower = sentence.toLowerCase();
  if (spec.tokens && segmenter) {
    let at = 0;
    for (const token of segmenter.cut(sentence)) {
      const from = at;
      at += token.length;
      let word = false;
      for (let i = 0; i < token.length && !word; i++) word = isWordChar(token.charCodeAt(i));
      if (word) add(`w:${lower.slice(from, at)}`, unit.start + from, unit.start + at, false);
    }
  }
  for (const n of spec.charNgrams) {
    let run = 0;
    for (let i = 0; i < lower.length; i++) {
      run = isWordChar(lower.charCodeAt(i)) ? run + 1 : 0;
      if (run >= n) add(`c:${lower.slice(i - n + 1, i + 1)}`, unit.start + i - n + 1, unit.start + i + 1, false);
    }
  }
  const textCount = out.length;
  const scale = textCount > 0 ? 1 / Math.sqrt(textCount) : 1;
  for (const f of out) f.value = scale;
  if (spec.lexicon && lexicon) {
    for (const m of lexicon.matches) {
      const kind = m.negated ? LEXICON_SIGNALS.negated : m.hypothetical ? LEXICON_SIGNALS.hypothetical : LEXICON_SIGNALS.hit;
      add(`${kind}${m.category}`, m.start, m.end, true);
    }
    for (const c of lexicon.framedOut) add(`${LEXICON_SIGNALS.framedOut}${c}`, unit.start, unit.start, true);
  }
  return out;
}
