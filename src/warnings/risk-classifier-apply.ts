import type { Segmenter } from '../segment/segmenter.js';
import { decideCategory, scoreFeatures, strongestSpan, type RiskClassifier } from './risk-classifier.js';
import { classifierUnits, unitFeatures, type TextUnit, type UnitFeature } from './risk-classifier-features.js';
import type { RiskMatch } from './risk-match.js';

/** A category at a position of the text (a trigger its frames called off). */
export interface CategoryAt {
  category: string;
  start: number;
}

/** What the classifier reads of a text: the lexicon's matches, its framed-out triggers, and where its cues are. */
export interface ClassifierInput {
  matches: readonly RiskMatch[];
  framedOut: readonly CategoryAt[];
  cueStarts: readonly number[];
}

/** One sentence the classifier read: its features and the probability of each category. */
export interface ScoredUnit {
  unit: TextUnit;
  features: UnitFeature[];
  probabilities: Float64Array;
}

const inside = (u: TextUnit, at: number): boolean => at >= u.start && at < u.end;

/**
 * Scores the sentences of `text` that hold a lexicon trigger (kept, negated or framed out) or one of the classifier's
 * cues; the rest are not read (see `RiskClassifier.cues`). Returned in text order.
 */
export function scoreUnits(text: string, input: ClassifierInput, model: RiskClassifier, segmenter: Segmenter | undefined): ScoredUnit[] {
  const out: ScoredUnit[] = [];
  for (const unit of classifierUnits(text, model.maxChars)) {
    const matches = input.matches.filter((m) => inside(unit, m.start));
    const framedOut = input.framedOut.filter((f) => inside(unit, f.start));
    if (matches.length === 0 && framedOut.length === 0 && !input.cueStarts.some((s) => inside(unit, s))) continue;
    const features = unitFeatures(text, unit, model.spec, segmenter, { matches, framedOut: framedOut.map((f) => f.category) });
    out.push({ unit, features, probabilities: scoreFeatures(model, features) });
  }
  return out;
}

/**
 * The lexicon's matches re-read sentence by sentence with the classifier ({@link decideCategory} per category):
 * a non-negated trigger the classifier is confident against (below the category's `keep` threshold; 0 in the
 * shipped model, so none) is dropped; a category without a trigger whose
 * probability reaches its `raise` threshold becomes a match (`by: 'classifier'`) on the sentence's most weighted
 * word or n-gram, so its evidence context is the sentence. Negated matches and categories the model does not know
 * pass through as they are. Sorted by position.
 */
export function applyRiskClassifier(text: string, input: ClassifierInput, matcher: { segmenter: Segmenter | undefined }, model: RiskClassifier): RiskMatch[] {
  const index = new Map(model.categories.map((c, i) => [c, i]));
  const scored = scoreUnits(text, input, model, matcher.segmenter);
  const out: RiskMatch[] = [];
  const unitOf = (m: RiskMatch): ScoredUnit | undefined => scored.find((s) => inside(s.unit, m.start));
  for (const m of input.matches) {
    const c = index.get(m.category);
    const s = unitOf(m);
    if (m.negated || c === undefined || !s) {
      out.push(m);
      continue;
    }
    const p = s.probabilities[c]!;
    if (decideCategory(p, true, model.thresholds[c]!) === 'lexicon') out.push({ ...m, by: 'lexicon', score: round(p) });
  }
  for (const s of scored) {
    model.categories.forEach((category, c) => {
      const hit = input.matches.some((m) => m.category === category && !m.negated && inside(s.unit, m.start));
      if (hit) return;
      const p = s.probabilities[c]!;
      if (decideCategory(p, false, model.thresholds[c]!) !== 'classifier') return;
      const span = strongestSpan(model, s.features, c) ?? s.unit;
      out.push({ category, term: text.slice(span.start, span.end), start: span.start, end: span.end, negated: false, hypothetical: false, by: 'classifier', score: round(p) });
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

const round = (p: number): number => Math.round(p * 1000) / 1000;
