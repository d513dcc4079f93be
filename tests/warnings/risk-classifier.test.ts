import { describe, expect, it } from 'vitest';
import { sentenceContext } from '../../src/core/sentence-context.js';
import { createRiskMatcher } from '../../src/warnings/create-risk-matcher.js';
import { detectRisk, scanLexicon } from '../../src/warnings/detect-risk.js';
import {
  decideCategory,
  riskClassifierFromJson,
  riskClassifierToJson,
  scoreFeatures,
  strongestSpan,
  type RiskClassifier,
} from '../../src/warnings/risk-classifier.js';
import { classifierUnits, unitFeatures } from '../../src/warnings/risk-classifier-features.js';
import { chooseThresholds, raisedBy, trainLogistic, weightsByFeature } from '../../src/warnings/risk-classifier-train.js';
import { parseRiskLexicon } from '../../src/warnings/parse-risk-lexicon.js';
import { projectFile, shippedMatcher } from './fixtures.js';

const BIGRAMS = { tokens: false, charNgrams: [2], lexicon: false };

/** A hand-made model: 爱去 (你爱去哪投诉去哪投诉) and 晾在 (把他晾在一边) are staff attitude. */
function tinyModel(overrides: Partial<RiskClassifier> = {}): RiskClassifier {
  return {
    categories: ['attitude'],
    spec: BIGRAMS,
    bias: Float64Array.of(-4),
    weights: new Map([
      ['c:爱去', Float32Array.of(20)],
      ['c:晾在', Float32Array.of(20)],
      ['c:宽带', Float32Array.of(-1)],
    ]),
    thresholds: [{ keep: 0.2, raise: 0.6 }],
    cues: ['爱去', '晾在'],
    maxChars: 120,
    ...overrides,
  };
}

describe('classifierUnits', () => {
  it('cuts a text into the sentences evidence contexts use, each at most maxChars, in order and without gaps of text', () => {
    const text = '宽带三天没网了。  客服说你爱去哪投诉去哪投诉！我要换电信';
    const units = classifierUnits(text);
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual(['宽带三天没网了。', '客服说你爱去哪投诉去哪投诉！', '我要换电信']);
    const long = `${'信号不好，'.repeat(40)}完`;
    for (const u of classifierUnits(long)) expect(u.end - u.start).toBeLessThanOrEqual(120);
    expect(classifierUnits(long).map((u) => long.slice(u.start, u.end)).join('')).toBe(long);
  });
});

describe('unitFeatures', () => {
  it('reads character bigrams inside runs of word characters, once each, scaled by 1/sqrt(their number)', () => {
    const text = '晾在，晾在一边';
    const f = unitFeatures(text, { start: 0, end: text.length }, BIGRAMS, undefined);
    expect(f.map((x) => x.key)).toEqual(['c:晾在', 'c:在一', 'c:一边']);
    expect(f[0]).toMatchObject({ start: 0, end: 2, lexical: false });
    expect(f[0]!.value).toBeCloseTo(1 / Math.sqrt(3));
    expect(f.some((x) => x.key === 'c:在，' || x.key === 'c:，晾')).toBe(false);
  });

  it('adds the lexicon signals per category: hit, negated, hypothetical, framed out', () => {
    const text = '我要投诉到工信部';
    const spec = { tokens: false, charNgrams: [], lexicon: true };
    const matches = [
      { category: 'regulator', term: '工信部', start: 5, end: 8, negated: false, hypothetical: false },
      { category: 'media', term: 'x', start: 0, end: 1, negated: true, hypothetical: false },
      { category: 'churn', term: 'y', start: 1, end: 2, negated: false, hypothetical: true },
    ];
    const keys = unitFeatures(text, { start: 0, end: text.length }, spec, undefined, { matches, framedOut: ['legal'] }).map((x) => x.key);
    expect(keys).toEqual(['L:regulator', 'N:media', 'H:churn', 'F:legal']);
  });
});

describe('trainLogistic', () => {
  const examples = [
    ['客服把我晾在一边', ['attitude']],
    ['营业员把我晾在柜台', ['attitude']],
    ['你爱去哪告去哪告', ['attitude']],
    ['宽带又断了', []],
    ['宽带网速慢', []],
    ['话费多扣了', []],
    ['信号不好', []],
  ].map(([s, labels]) => ({
    features: unitFeatures(s as string, { start: 0, end: (s as string).length }, BIGRAMS, undefined),
    labels: new Set(labels as string[]),
  }));

  it('learns a category from a few sentences: unseen sentences with its words score high, others low', () => {
    const fit = trainLogistic(examples, ['attitude'], { minCount: 1, epochs: 200 });
    const model = tinyModel({ weights: weightsByFeature(fit), bias: fit.bias, cues: [] });
    const score = (s: string): number => scoreFeatures(model, unitFeatures(s, { start: 0, end: s.length }, BIGRAMS, undefined))[0]!;
    expect(score('他们把我晾在那里')).toBeGreaterThan(0.5);
    expect(score('宽带又慢了')).toBeLessThan(0.2);
  });

  it('is deterministic and drops features seen fewer than minCount times', () => {
    const a = trainLogistic(examples, ['attitude'], { minCount: 2 });
    const b = trainLogistic(examples, ['attitude'], { minCount: 2 });
    expect(a.vocabulary).toEqual(b.vocabulary);
    expect(Array.from(a.weights[0]!)).toEqual(Array.from(b.weights[0]!));
    expect(a.vocabulary).toContain('c:晾在');
    expect(a.vocabulary).not.toContain('c:柜台');
  });
});

describe('decision rule and thresholds', () => {
  it('keeps a lexicon hit unless the classifier is confident against it; raises alone only from the raise threshold', () => {
    const t = { keep: 0.1, raise: 0.8 };
    expect(decideCategory(0.5, true, t)).toBe('lexicon');
    expect(decideCategory(0.05, true, t)).toBeUndefined();
    expect(decideCategory(0.79, false, t)).toBeUndefined();
    expect(decideCategory(0.8, false, t)).toBe('classifier');
    expect(raisedBy({ lexiconProbability: undefined, otherProbability: 0.9, positive: true }, 0.1, 0.8)).toBe(true);
  });

  it('chooses the pair with the highest recall at the precision asked for', () => {
    const p = (lexiconProbability: number | undefined, otherProbability: number | undefined, positive: boolean) => ({ lexiconProbability, otherProbability, positive });
    // Lexicon hits: two right (0.6, 0.5), one wrong that the classifier doubts (0.03). Classifier alone: one right at 0.9, one wrong at 0.45.
    const preds = [p(0.6, undefined, true), p(0.5, undefined, true), p(0.03, undefined, false), p(undefined, 0.9, true), p(undefined, 0.45, false), p(undefined, 0.1, false)];
    const t = chooseThresholds(preds, 0.95);
    expect(t.precision).toBe(1);
    expect(t.recall).toBe(1);
    expect(t.keep).toBeGreaterThan(0.03);
    expect(t.raise).toBeGreaterThan(0.45);
    expect(t.raise).toBeLessThanOrEqual(0.9);
  });

  it('quotes the feature adding most to the category', () => {
    const model = tinyModel();
    const text = '宽带坏了他把我晾在一边';
    const f = unitFeatures(text, { start: 0, end: text.length }, BIGRAMS, undefined);
    expect(strongestSpan(model, f, 0)).toEqual({ start: 7, end: 9 });
  });
});

describe('stored model', () => {
  it('round-trips through JSON, leaving out weights below the pruning limit', () => {
    const model = tinyModel({ weights: new Map([['c:爱去', Float32Array.of(2.5)], ['c:一边', Float32Array.of(0.001)]]) });
    const json = riskClassifierToJson(model, { note: 'test' }, 3, 0.01);
    expect(Object.keys(json.weights)).toEqual(['c:爱去']);
    const back = riskClassifierFromJson(JSON.parse(JSON.stringify(json)));
    expect(back.categories).toEqual(['attitude']);
    expect(back.weights.get('c:爱去')?.[0]).toBeCloseTo(2.5);
    expect(back.thresholds).toEqual(model.thresholds);
    expect(() => riskClassifierFromJson({ ...json, bias: [1, 2] })).toThrow(/bias/);
  });
});

describe('detectRisk with a classifier', () => {
  const lexicon = parseRiskLexicon(projectFile('models/risk-lexicon.tsv'), 'risk-lexicon.tsv');

  it('raises a category the lexicon misses, on the sentence\'s most weighted bigram, with its sentence as context', () => {
    const text = '宽带一周没修好。营业厅的人说你爱去哪投诉去哪投诉，就把我晾在一边。';
    expect(detectRisk(text, shippedMatcher()).filter((m) => m.category === 'attitude')).toEqual([]);
    const matches = detectRisk(text, createRiskMatcher(lexicon, {}, undefined, tinyModel()));
    const attitude = matches.filter((m) => m.category === 'attitude');
    expect(attitude).toHaveLength(1);
    expect(attitude[0]).toMatchObject({ by: 'classifier', negated: false });
    expect(attitude[0]!.score).toBeGreaterThan(0.6);
    const m = attitude[0]!;
    expect(text.slice(m.start, m.end)).toBe(m.term);
    expect(['爱去', '晾在']).toContain(m.term);
    expect(sentenceContext(text, m.start, m.end)).toContain('你爱去哪投诉去哪投诉');
  });

  it('vetoes a lexicon hit the classifier is confident against, and marks kept hits as the lexicon\'s', () => {
    const text = '客服态度很差。';
    const lexiconOnly = detectRisk(text, shippedMatcher()).filter((m) => m.category === 'attitude' && !m.negated);
    expect(lexiconOnly.length).toBeGreaterThan(0);
    // A model whose bias alone says "not attitude" (p = 0.018 < keep 0.2): the hit goes; with keep 0.01 it stays.
    expect(detectRisk(text, createRiskMatcher(lexicon, {}, undefined, tinyModel())).filter((m) => m.category === 'attitude')).toEqual([]);
    const kept = detectRisk(text, createRiskMatcher(lexicon, {}, undefined, tinyModel({ thresholds: [{ keep: 0.01, raise: 0.6 }] })));
    expect(kept.filter((m) => m.category === 'attitude').every((m) => m.by === 'lexicon' && m.score !== undefined)).toBe(true);
    expect(kept.filter((m) => m.category === 'attitude')).toHaveLength(lexiconOnly.length);
  });

  it('does not read a sentence holding neither a trigger nor a cue, and leaves categories it does not know alone', () => {
    const text = '我要投诉到工信部。宽带网速一直很慢。';
    const matcher = createRiskMatcher(lexicon, {}, undefined, tinyModel({ bias: Float64Array.of(10) }));
    const got = detectRisk(text, matcher);
    // Bias 10 would raise attitude anywhere it reads: only the sentence with the regulator trigger is read.
    expect(got.filter((m) => m.category === 'attitude').every((m) => m.start < text.indexOf('。'))).toBe(true);
    expect(got.some((m) => m.category === 'regulator' && m.by === undefined)).toBe(true);
    expect(scanLexicon('宽带网速一直很慢。', matcher).cueStarts).toEqual([]);
    expect(scanLexicon('你爱去哪去哪', matcher).cueStarts).toEqual([1]);
  });
});
