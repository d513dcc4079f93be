import type { FeatureSpec, UnitFeature } from './risk-classifier-features.js';

/** When a category is raised in a sentence: see {@link decideCategory}. */
export interface CategoryThresholds {
  /** A lexicon hit is kept unless the classifier's probability falls below this (it is confident it is not). */
  keep: number;
  /** Without a lexicon hit, the classifier alone raises the category from this probability. */
  raise: number;
}

/**
 * A one-vs-rest logistic regression per risk category over a sentence's tokens, character n-grams and the lexicon's
 * own signals, with the thresholds that combine it with the lexicon. Built by `scripts/train-risk-classifier.ts`,
 * loaded by `loadModels` (telecom's `models/risk-classifier.json`), passed to `createRiskMatcher`.
 */
export interface RiskClassifier {
  categories: string[];
  spec: FeatureSpec;
  /** Intercept per category (index as `categories`). */
  bias: Float64Array;
  /** Weights of each feature key, one per category. Features not listed weigh 0. */
  weights: Map<string, Float32Array>;
  thresholds: CategoryThresholds[];
  /**
   * Words and n-grams (as text) whose presence sends a sentence without a lexicon trigger to the classifier: a
   * sentence holding none of them cannot reach a `raise` threshold in cross-validation, and cutting every sentence of
   * 100,000 tickets with jieba would cost more than the whole warnings stage.
   */
  cues: string[];
  /** Longest sentence read as one unit (the evidence context's limit). */
  maxChars: number;
}

/** The model as stored in JSON (`models/risk-classifier.json`). */
export interface RiskClassifierFile {
  version: 1;
  categories: string[];
  spec: FeatureSpec;
  bias: number[];
  thresholds: Record<string, CategoryThresholds>;
  cues: string[];
  maxChars: number;
  /** What the model was trained on and how it measured (for reading; not used to score). */
  trainedOn?: unknown;
  /** Feature key → weight per category (index as `categories`). */
  weights: Record<string, number[]>;
}

const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Probability of each category (index as `model.categories`) for one sentence's features. */
export function scoreFeatures(model: RiskClassifier, features: readonly UnitFeature[]): Float64Array {
  const z = Float64Array.from(model.bias);
  for (const f of features) {
    const w = model.weights.get(f.key);
    if (!w) continue;
    for (let c = 0; c < z.length; c++) z[c]! += w[c]! * f.value;
  }
  for (let c = 0; c < z.length; c++) z[c] = sigmoid(z[c]!);
  return z;
}

/**
 * The combination rule: a lexicon hit stands unless the classifier is confident it is not that category
 * (probability < `keep`); without a hit the classifier alone raises the category when its probability ≥ `raise`.
 * Returns who raised it, or undefined when the category is not raised.
 */
export function decideCategory(probability: number, lexiconHit: boolean, t: CategoryThresholds): 'lexicon' | 'classifier' | undefined {
  if (lexiconHit) return probability >= t.keep ? 'lexicon' : undefined;
  return probability >= t.raise ? 'classifier' : undefined;
}

/**
 * The span to quote for a classifier-raised category: the text feature (token or n-gram) adding most to its score,
 * longest on a tie. Undefined when no text feature weighs for it.
 */
export function strongestSpan(model: RiskClassifier, features: readonly UnitFeature[], category: number): { start: number; end: number } | undefined {
  let best: UnitFeature | undefined;
  let bestWeight = 0;
  for (const f of features) {
    if (f.lexical || f.end <= f.start) continue;
    const w = (model.weights.get(f.key)?.[category] ?? 0) * f.value;
    if (w > bestWeight || (best && w === bestWeight && f.end - f.start > best.end - best.start)) {
      best = f;
      bestWeight = w;
    }
  }
  return best && { start: best.start, end: best.end };
}

/** Reads a stored model. Throws on a malformed one (the caller names the file). */
export function riskClassifierFromJson(file: RiskClassifierFile): RiskClassifier {
  if (file.version !== 1) throw new Error(`unsupported risk classifier version ${String(file.version)}`);
  const n = file.categories.length;
  if (file.bias.length !== n) throw new Error(`bias has ${file.bias.length} values for ${n} categories`);
  const weights = new Map<string, Float32Array>();
  for (const [key, w] of Object.entries(file.weights)) {
    if (!Array.isArray(w) || w.length !== n) throw new Error(`weights of "${key}": expected ${n} numbers`);
    weights.set(key, Float32Array.from(w));
  }
  const thresholds = file.categories.map((c) => {
    const t = file.thresholds[c];
    if (!t || typeof t.keep !== 'number' || typeof t.raise !== 'number') throw new Error(`thresholds of "${c}" missing`);
    return { keep: t.keep, raise: t.raise };
  });
  return {
    categories: [...file.categories],
    spec: { tokens: file.spec.tokens, charNgrams: [...file.spec.charNgrams], lexicon: file.spec.lexicon },
    bias: Float64Array.from(file.bias),
    weights,
    thresholds,
    cues: [...file.cues],
    maxChars: file.maxChars,
  };
}

/** The model as JSON, weights rounded to `digits` decimals and features weighing less than `minWeight` everywhere left out. */
export function riskClassifierToJson(model: RiskClassifier, trainedOn?: unknown, digits = 3, minWeight = 0): RiskClassifierFile {
  const round = (x: number): number => Number(x.toFixed(digits));
  const weights: Record<string, number[]> = {};
  for (const [key, w] of [...model.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const r = Array.from(w, round);
    if (r.some((x) => Math.abs(x) >= Math.max(minWeight, 10 ** -digits))) weights[key] = r;
  }
  return {
    version: 1,
    categories: model.categories,
    spec: model.spec,
    bias: Array.from(model.bias, (b) => Number(b.toFixed(4))),
    thresholds: Object.fromEntries(model.categories.map((c, i) => [c, model.thresholds[i]!])),
    cues: model.cues,
    maxChars: model.maxChars,
    ...(trainedOn === undefined ? {} : { trainedOn }),
    weights,
  };
}
