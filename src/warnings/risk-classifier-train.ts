import type { UnitFeature } from './risk-classifier-features.js';

/** One training sentence: its features and the categories it is labelled with. */
export interface TrainingExample {
  features: readonly UnitFeature[];
  labels: ReadonlySet<string>;
}

/** How {@link trainLogistic} fits. */
export interface TrainOptions {
  /** L2 penalty on the weights (not the intercept). */
  l2: number;
  /** Full-batch passes. */
  epochs: number;
  /** AdaGrad step size. */
  rate: number;
  /** Text features seen in fewer training sentences than this are left out (lexicon signals always kept). */
  minCount: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { l2: 1e-3, epochs: 150, rate: 0.5, minCount: 2 };

/** Fitted weights: vocabulary order, one row per category. */
export interface FittedWeights {
  vocabulary: string[];
  /** `weights[c][j]` is feature `vocabulary[j]`'s weight for category `c`. */
  weights: Float64Array[];
  bias: Float64Array;
}

/**
 * One-vs-rest L2 logistic regression per category, fitted by full-batch AdaGrad over sparse rows.
 * Written by hand rather than with natural's LogisticRegressionClassifier: natural builds a dense vector as wide as the
 * whole vocabulary for every sentence it trains on or classifies, and has no L2 or fixed iteration order. Measured
 * (`node`, character bigrams of 400 of the labelled sentences, ONE category): training 95 s and 0.6 ms to classify a
 * sentence, a cost growing with the vocabulary; here all 1,744 sentences × 9 categories train in ~2 s and a
 * sentence costs its own few dozen features. Deterministic: fixed order, no randomness, zero start.
 */
export function trainLogistic(examples: readonly TrainingExample[], categories: readonly string[], options: Partial<TrainOptions> = {}): FittedWeights {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f.key, (counts.get(f.key) ?? 0) + 1);
  const vocabulary = [...counts]
    .filter(([key, n]) => n >= o.minCount || isLexical(key))
    .map(([key]) => key)
    .sort();
  const index = new Map(vocabulary.map((k, j) => [k, j]));
  // Rows as flat sparse arrays.
  const rowStart = new Int32Array(examples.length + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  examples.forEach((e, i) => {
    for (const f of e.features) {
      const j = index.get(f.key);
      if (j === undefined) continue;
      cols.push(j);
      vals.push(f.value);
    }
    rowStart[i + 1] = cols.length;
  });
  const col = Int32Array.from(cols);
  const val = Float64Array.from(vals);
  const n = examples.length;
  const weights: Float64Array[] = [];
  const bias = new Float64Array(categories.length);
  const margin = new Float64Array(n);
  for (let c = 0; c < categories.length; c++) {
    const y = examples.map((e) => (e.labels.has(categories[c]!) ? 1 : 0));
    const w = new Float64Array(vocabulary.length);
    const g = new Float64Array(vocabulary.length);
    const G = new Float64Array(vocabulary.length);
    let b = 0;
    let Gb = 0;
    for (let epoch = 0; epoch < o.epochs; epoch++) {
      g.fill(0);
      let gb = 0;
      for (let i = 0; i < n; i++) {
        let z = b;
        for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) z += w[col[k]!]! * val[k]!;
        margin[i] = z;
        const d = 1 / (1 + Math.exp(-z)) - y[i]!;
        gb += d;
        for (let k = rowStart[i]!; k < rowStart[i + 1]!; k++) g[col[k]!]! += d * val[k]!;
      }
      for (let j = 0; j < w.length; j++) {
        const grad = g[j]! / n + o.l2 * w[j]!;
        G[j]! += grad * grad;
        if (G[j]! > 0) w[j]! -= (o.rate * grad) / Math.sqrt(G[j]!);
      }
      gb /= n;
      Gb += gb * gb;
      if (Gb > 0) b -= (o.rate * gb) / Math.sqrt(Gb);
    }
    weights.push(w);
    bias[c] = b;
  }
  return { vocabulary, weights, bias };
}

const isLexical = (key: string): boolean => /^[LNHF]:/.test(key);

/** Fitted weights as a feature → per-category map (what a {@link RiskClassifier} holds). */
export function weightsByFeature(fit: FittedWeights): Map<string, Float32Array> {
  const out = new Map<string, Float32Array>();
  fit.vocabulary.forEach((key, j) => {
    const row = Float32Array.from(fit.weights, (w) => w[j]!);
    if (row.some((x) => x !== 0)) out.set(key, row);
  });
  return out;
}

/** Precision and recall counts of one category at one rule. */
interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * An out-of-fold prediction for one labelled text and category: the highest probability among its sentences with a
 * lexicon hit of the category, and among the other sentences the classifier reads (undefined when there are none).
 */
export interface Prediction {
  lexiconProbability: number | undefined;
  otherProbability: number | undefined;
  positive: boolean;
}

/** Whether the rule raises the category for a text: see `decideCategory`, applied to each of its sentences. */
export function raisedBy(p: Prediction, keep: number, raise: number): boolean {
  return (p.lexiconProbability !== undefined && p.lexiconProbability >= keep) || (p.otherProbability !== undefined && p.otherProbability >= raise);
}

export const KEEP_GRID = [0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5];
export const RAISE_GRID = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 1.01];

/**
 * The (keep, raise) pair with the highest recall at precision ≥ `minPrecision` on out-of-fold predictions (ties: higher
 * precision, then higher thresholds); when no pair reaches it, the pair with the best F0.5 (precision weighs double).
 */
export function chooseThresholds(
  predictions: readonly Prediction[],
  minPrecision: number,
  keepGrid: readonly number[] = KEEP_GRID,
): { keep: number; raise: number; precision: number; recall: number } {
  let best: { keep: number; raise: number; precision: number; recall: number; f: number; ok: boolean } | undefined;
  for (const keep of keepGrid) {
    for (const raise of RAISE_GRID) {
      if (raise < keep) continue;
      const c: Counts = { tp: 0, fp: 0, fn: 0 };
      for (const p of predictions) {
        const raised = raisedBy(p, keep, raise);
        if (raised && p.positive) c.tp++;
        else if (raised) c.fp++;
        else if (p.positive) c.fn++;
      }
      const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
      const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
      const f = precision + recall === 0 ? 0 : (1.25 * precision * recall) / (0.25 * precision + recall);
      const ok = precision >= minPrecision;
      const better =
        !best ||
        (ok && !best.ok) ||
        (ok === best.ok && (ok ? recall > best.recall || (recall === best.recall && precision > best.precision) : f > best.f));
      if (better) best = { keep, raise, precision, recall, f, ok };
    }
  }
  return { keep: best!.keep, raise: best!.raise, precision: best!.precision, recall: best!.recall };
}
