/**
 * Trains the telecom risk sentence classifier (issue 16) and measures it honestly.
 *
 *   npx tsx scripts/train-risk-classifier.ts [--sentences FILE] [--extra FILE ...] [--out FILE] [--cv] [--folds 7,8,9,11]
 *     [--no-write] [--variant JSON] [--min-precision 0.98] [--veto] [--verbose]
 *
 * Reads the labelled sentences (tests/warnings/risk-sentences.tsv: `sentence<TAB>categories<TAB>note`, the note naming
 * the hotline batch), featurizes each with the shipped segmenter and the telecom lexicon's own signals, fits a
 * one-vs-rest L2 logistic regression per category, chooses each category's (keep, raise) thresholds by
 * leave-one-batch-out cross-validation on the training sentences (precision ≥ 0.95 first, then recall), and writes
 * models/risk-classifier.json. `--cv` first prints the generalization estimate: hold out batch 7, 8, 9 and 11 in
 * turn (each written by a different writer), choose thresholds by an inner leave-one-batch-out on the rest, train on
 * the rest, score the held-out batch; beside it the lexicon alone on the same batches. Deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModels } from '../src/models/load-models.js';
import { createSegmenter } from '../src/segment/create-segmenter.js';
import type { Segmenter } from '../src/segment/segmenter.js';
import { createRiskMatcher, type RiskMatcher } from '../src/warnings/create-risk-matcher.js';
import { scanLexicon } from '../src/warnings/detect-risk.js';
import { parseLabelledRiskSentences, type LabelledRiskSentence } from '../src/warnings/evaluate-risk.js';
import { riskClassifierToJson, scoreFeatures, type RiskClassifier } from '../src/warnings/risk-classifier.js';
import { classifierUnits, unitFeatures, type FeatureSpec, type UnitFeature } from '../src/warnings/risk-classifier-features.js';
import { chooseThresholds, raisedBy, trainLogistic, weightsByFeature, type Prediction, type TrainOptions } from '../src/warnings/risk-classifier-train.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAX_CHARS = 120;
// Held-out precision runs ~8 points under the inner estimate (the writers differ), so the inner target is above the
// bar's 0.95 (`--min-precision` to compare). Every lexicon hit is kept (keep = 0: the classifier only adds) unless
// `--veto`: vetoing gained 3 points of precision on the blind telecom batches but, through the telecom profile on the
// real sample, dropped recall from 0.625 to 0.258 — a sentence with no word the model knows (English, finance) gets
// the prior probability (~0.03), under every keep threshold, so every hit in it was vetoed.
let minPrecision = 0.98;
let noVeto = true;
let verbose = false;

/** A labelled text, featurized once with every kind of feature (variants filter them). */
interface Row {
  sentence: string;
  labels: Set<string>;
  batch: number;
  /** The whole text as one training unit. */
  train: UnitFeature[];
  /** The sentences scoring reads, as at run time: features and the categories the lexicon hits in each. */
  units: Array<{ features: UnitFeature[]; lexiconHits: Set<string>; lexiconSignal: boolean }>;
  /** What the lexicon alone raises. */
  lexicon: Set<string>;
}

/** Which features and how much of them a variant uses. */
export interface Variant {
  spec: FeatureSpec;
  train: Partial<TrainOptions>;
  /** Text features with a positive weight ≥ this in some category are the cues that send a sentence to the classifier. */
  cueMin: number;
  /** A higher cue weight for some categories (see `SHIPPED_VARIANT`). */
  cueMinOf?: Partial<Record<string, number>>;
  /** Weights below this in every category are pruned from the shipped model (and from the CV models). */
  prune: number;
}

/**
 * Cues at weight 6 (8 before) send more indirect sentences to the classifier. Measured on blind batches 39-40, each
 * first measured with cues at 8: recall 0.800 → 0.827 and 0.696 → 0.718 at the same precision (0.962 → 0.963, 0.919 →
 * 0.921). Fraud keeps 8: at 6 its cues (同意, 开通) sent every routine "未经同意就开通了" add-on complaint to the classifier
 * and the generated export made 14.36 fresh warnings a day (its test allows 14); with fraud at 8, 13.86 as before.
 */
export const SHIPPED_VARIANT: Variant = {
  spec: { tokens: false, charNgrams: [2], lexicon: false },
  train: { l2: 1e-5, epochs: 400, rate: 1, minCount: 2 },
  cueMin: 6,
  cueMinOf: { fraud: 8 },
  prune: 0.02,
};

const FULL_SPEC: FeatureSpec = { tokens: true, charNgrams: [2, 3], lexicon: true };

export function batchOf(note: string): number {
  const m = /batch ?(\d+)/.exec(note);
  return m ? Number(m[1]) : 0;
}

/** Only the features `spec` reads, text features rescaled to 1/√(their number) as `unitFeatures` does. */
function restrict(features: readonly UnitFeature[], spec: FeatureSpec): UnitFeature[] {
  const keep = features.filter((f) =>
    f.lexical ? spec.lexicon : f.key.startsWith('w:') ? spec.tokens : spec.charNgrams.includes(f.key.length - 2),
  );
  const text = keep.filter((f) => !f.lexical).length;
  const scale = text > 0 ? 1 / Math.sqrt(text) : 1;
  return keep.map((f) => (f.lexical ? f : { ...f, value: scale }));
}

function featurize(rows: readonly LabelledRiskSentence[], matcher: RiskMatcher, segmenter: Segmenter): Row[] {
  return rows.map((r) => {
    const scan = scanLexicon(r.sentence, matcher);
    const live = scan.matches.filter((m) => !m.negated);
    const whole = { start: 0, end: r.sentence.length };
    const train = unitFeatures(r.sentence, whole, FULL_SPEC, segmenter, { matches: scan.matches, framedOut: scan.framedOut.map((f) => f.category) });
    const units = classifierUnits(r.sentence, MAX_CHARS).map((u) => {
      const inUnit = (at: number): boolean => at >= u.start && at < u.end;
      const matches = scan.matches.filter((m) => inUnit(m.start));
      const framedOut = scan.framedOut.filter((f) => inUnit(f.start)).map((f) => f.category);
      return {
        features: unitFeatures(r.sentence, u, FULL_SPEC, segmenter, { matches, framedOut }),
        lexiconHits: new Set(matches.filter((m) => !m.negated).map((m) => m.category)),
        lexiconSignal: matches.length > 0 || framedOut.length > 0,
      };
    });
    return { sentence: r.sentence, labels: new Set(r.expected), batch: batchOf(r.note), train, units, lexicon: new Set(live.map((m) => m.category)) };
  });
}

/** A model fitted on `rows` (thresholds left at 0.5/1.01 until chosen). */
function fit(rows: readonly Row[], categories: string[], v: Variant): RiskClassifier {
  const fitted = trainLogistic(
    rows.map((r) => ({ features: restrict(r.train, v.spec), labels: r.labels })),
    categories,
    v.train,
  );
  const weights = new Map([...weightsByFeature(fitted)].filter(([, w]) => w.some((x) => Math.abs(x) >= v.prune)));
  const cues = new Set<string>();
  for (const [key, w] of weights) if (!/^[LNHF]:/.test(key) && w.some((x, c) => x >= (v.cueMinOf?.[categories[c]!] ?? v.cueMin))) cues.add(key);
  return {
    categories,
    spec: v.spec,
    bias: fitted.bias,
    weights,
    thresholds: categories.map(() => ({ keep: 0.5, raise: 1.01 })),
    cues: [...cues].sort(),
    maxChars: MAX_CHARS,
  };
}

/** Per category, the row's prediction under `model` (sentences gated as at run time: lexicon signal or a cue). */
function predict(row: Row, model: RiskClassifier): Prediction[] {
  const cueKeys = new Set(model.cues);
  const lexiconP: Array<number | undefined> = model.categories.map(() => undefined);
  const otherP: Array<number | undefined> = model.categories.map(() => undefined);
  for (const u of row.units) {
    const features = restrict(u.features, model.spec);
    if (!u.lexiconSignal && !features.some((f) => cueKeys.has(f.key))) continue;
    const p = scoreFeatures(model, features);
    model.categories.forEach((c, i) => {
      const slot = u.lexiconHits.has(c) ? lexiconP : otherP;
      slot[i] = Math.max(slot[i] ?? -1, p[i]!);
    });
  }
  return model.categories.map((c, i) => ({ lexiconProbability: lexiconP[i], otherProbability: otherP[i], positive: row.labels.has(c) }));
}

/**
 * Lowest raise threshold per category, whatever the inner cross-validation picks, for categories whose cues are
 * everyday words outside a complaint's threat: 老人 and 孩子 are named in many tickets and reviews that are not about
 * harm to them (with batches 15-16 the choice fell from 0.7 to 0.4 for vulnerable, and the 100k real-review export
 * raised 276 vulnerable warnings instead of 162: "苹果非常新鲜,孩子评价很好"); 报警 and 不要了 are said in anger or of a
 * meal (with batches 17-18 legal fell from 0.95 to 0.7 and churn to 0.8: "都睡觉了,气到想报警", "太慢了,就不要了"). A
 * service added without the customer knowing is the commonest complaint there is, not an alarm: with batches 19-20
 * fraud fell from 0.7 to 0.5 and the generated export's unsolicited add-ons made 11 more fraud warnings in 14 days.
 * With batches 23-24 (0.8 and 0.7 then) fraud made 14.07 fresh warnings a day on the generated export (over the 14 its
 * test allows) and the classifier alone raised vulnerable on "给老人买的 不错吧" (100k review export: 194 vulnerable
 * warnings instead of 161 at 0.85); 0.85 for both left the first measurements of blind batches 25-26 unchanged.
 * With batches 37-38 fraud at 0.85 made 14.07 a day again ("办了宽带说三天内上门安装…一周了没消息" raised as fraud): 0.9.
 */
const RAISE_FLOOR: Partial<Record<string, number>> = { vulnerable: 0.85, legal: 0.9, churn: 0.85, fraud: 0.9 };

/**
 * Thresholds per category chosen by leave-one-batch-out over the batches of `rows` (unbatched rows always train).
 * Holding out only the batches the lexicon was never tuned on (9, 11) was tried: with one 300-sentence batch to
 * choose on, the thresholds were noisier (batches 9+11 held out: P 0.894 R 0.701 against 0.899/0.722 here).
 */
function chooseByInnerCv(rows: readonly Row[], categories: string[], v: Variant): Array<{ keep: number; raise: number }> {
  const batches = [...new Set(rows.map((r) => r.batch).filter((b) => b > 0))].sort((a, b) => a - b);
  const oof: Prediction[][] = categories.map(() => []);
  for (const b of batches) {
    const model = fit(rows.filter((r) => r.batch !== b), categories, v);
    for (const r of rows.filter((x) => x.batch === b)) predict(r, model).forEach((p, i) => oof[i]!.push(p));
  }
  return oof.map((preds, i) => {
    const t = chooseThresholds(preds, minPrecision, noVeto ? [0] : undefined);
    const floor = RAISE_FLOOR[categories[i]!];
    if (floor !== undefined && t.raise < floor) t.raise = floor;
    if (verbose) console.log(`  inner ${categories[i]}: keep ${t.keep} raise ${t.raise} P ${t.precision.toFixed(3)} R ${t.recall.toFixed(3)}`);
    return { keep: t.keep, raise: t.raise };
  });
}

type Tally = Map<string, { tp: number; fp: number; fn: number }>;
function tally(into: Tally, categories: readonly string[], got: ReadonlySet<string>, expected: ReadonlySet<string>): void {
  for (const c of categories) {
    const t = into.get(c) ?? { tp: 0, fp: 0, fn: 0 };
    into.set(c, t);
    if (got.has(c) && expected.has(c)) t.tp++;
    else if (got.has(c)) t.fp++;
    else if (expected.has(c)) t.fn++;
  }
}
const pr = (t: { tp: number; fp: number; fn: number }): string => {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return `${p.toFixed(3)}/${r.toFixed(3)}`;
};
const overall = (t: Tally): { tp: number; fp: number; fn: number } =>
  [...t.values()].reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), { tp: 0, fp: 0, fn: 0 });

/** Leave-one-batch-out: per held-out batch and pooled, lexicon alone vs lexicon + classifier. */
function crossValidate(rows: readonly Row[], categories: string[], v: Variant, folds: number[]): void {
  const pooledLexicon: Tally = new Map();
  const pooledCombined: Tally = new Map();
  for (const b of folds) {
    const test = rows.filter((r) => r.batch === b);
    if (test.length === 0) continue;
    const train = rows.filter((r) => r.batch !== b);
    const thresholds = chooseByInnerCv(train, categories, v);
    const model = { ...fit(train, categories, v), thresholds };
    const lexicon: Tally = new Map();
    const combined: Tally = new Map();
    for (const r of test) {
      const got = new Set(categories.filter((_, i) => raisedBy(predict(r, model)[i]!, thresholds[i]!.keep, thresholds[i]!.raise)));
      tally(lexicon, categories, r.lexicon, r.labels);
      tally(combined, categories, got, r.labels);
      tally(pooledLexicon, categories, r.lexicon, r.labels);
      tally(pooledCombined, categories, got, r.labels);
    }
    console.log(`batch ${b} (${test.length}): lexicon ${pr(overall(lexicon))}  combined ${pr(overall(combined))}  ` +
      categories.map((c) => `${c} ${pr(lexicon.get(c)!)}→${pr(combined.get(c)!)}`).join('  '));
  }
  console.log('\npooled over the held-out batches (precision/recall)\ncategory      lexicon alone    combined');
  for (const c of categories) console.log(`${c.padEnd(12)}  ${pr(pooledLexicon.get(c)!)}      ${pr(pooledCombined.get(c)!)}`);
  console.log(`${'overall'.padEnd(12)}  ${pr(overall(pooledLexicon))}      ${pr(overall(pooledCombined))}`);
}

async function main(args: string[]): Promise<void> {
  const value = (flag: string): string | undefined => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const sentencesFile = value('--sentences') ?? join(ROOT, 'tests/warnings/risk-sentences.tsv');
  const out = value('--out') ?? join(ROOT, 'models/risk-classifier.json');
  minPrecision = Number(value('--min-precision') ?? minPrecision);
  noVeto = !args.includes('--veto');
  verbose = args.includes('--verbose');
  const extras = args.flatMap((a, i) => (a === '--extra' ? [args[i + 1]!] : []));
  const models = await loadModels();
  const segmenter = createSegmenter('node-rs', models.text.userDict);
  const matcher = createRiskMatcher(models.risk, {}, segmenter);
  const labelled = parseLabelledRiskSentences(readFileSync(sentencesFile, 'utf8'));
  for (const file of extras) {
    // A batch not yet appended to the shipped file: its number from the file name (telecom-batch-11.tsv).
    const batch = /(\d+)/.exec(basename(file))?.[1] ?? '0';
    for (const r of parseLabelledRiskSentences(readFileSync(file, 'utf8'))) labelled.push({ ...r, note: `telecom hotline batch ${batch} blind: ${r.note}` });
  }
  const categories = [...models.risk.categories.keys()];
  const started = Date.now();
  const rows = featurize(labelled, matcher, segmenter);
  console.log(`${rows.length} labelled sentences, batches ${[...new Set(rows.map((r) => r.batch))].sort((a, b) => a - b).join(',')} (featurized in ${Date.now() - started} ms)`);
  // --variant '{"spec":{...},"train":{...}}' overrides parts of the shipped variant (for comparing in CV).
  const override = value('--variant');
  const variant: Variant = override ? { ...SHIPPED_VARIANT, ...(JSON.parse(override) as Partial<Variant>) } : SHIPPED_VARIANT;
  if (args.includes('--cv')) {
    const folds = (value('--folds') ?? '7,8,9,11').split(',').map(Number);
    crossValidate(rows, categories, variant, folds);
  }
  if (args.includes('--no-write')) return;
  // Mass impact is not raised by the classifier alone: one customer's sentence about an estate (兰山新苑这边信号弱) reads like
  // an area outage in bigrams; the lexicon's frames (several units + an outage) and warnMassFault's counts decide it.
  // Measured: +2 fresh warnings on the generated sample and +6 false alarms on the real sample through --profile telecom.
  const thresholds = chooseByInnerCv(rows, categories, variant).map((t, i) => (categories[i] === 'mass' ? { ...t, raise: 1.01 } : t));
  const model = { ...fit(rows, categories, variant), thresholds };
  model.cues = [...new Set(model.cues.map((k) => k.slice(2)))].sort();
  const json = riskClassifierToJson(model, { sentences: rows.length, batches: [...new Set(rows.map((r) => r.batch))].sort((a, b) => a - b), variant }, 3, variant.prune);
  const text = `${JSON.stringify(json)}\n`;
  writeFileSync(out, text);
  console.log(`wrote ${out}: ${model.weights.size} features, ${model.cues.length} cues, ${(text.length / 1024).toFixed(0)} KB (chars); thresholds ${categories.map((c, i) => `${c} ${thresholds[i]!.keep}/${thresholds[i]!.raise}`).join(', ')}`);
}

if (process.argv[1]?.endsWith('train-risk-classifier.ts')) await main(process.argv.slice(2));
