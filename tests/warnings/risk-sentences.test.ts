import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetTexts, RISK_DATASETS, SHARED_DATA_DIR } from '../../scripts/eval-risk.js';
import { loadModels } from '../../src/models/load-models.js';
import { createSegmenter } from '../../src/segment/create-segmenter.js';
import { createRiskMatcher, type RiskMatcher } from '../../src/warnings/create-risk-matcher.js';
import { detectRisk } from '../../src/warnings/detect-risk.js';
import { evaluateRisk, evaluateRiskLabels, parseLabelledRiskSentences, parseRiskLabels } from '../../src/warnings/evaluate-risk.js';
import { projectFile, shippedMatcher } from './fixtures.js';

const rows = parseLabelledRiskSentences(projectFile('tests/warnings/risk-sentences.tsv'));

describe('evaluateRisk(risk-sentences.tsv, shipped lexicon)', () => {
  it('has at least 150 sentences covering every category, negations and plain complaints', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    for (const id of ['regulator', 'media', 'legal', 'attitude', 'mass', 'safety', 'fraud', 'churn', 'vulnerable']) {
      expect(rows.filter((r) => r.expected.includes(id)).length, id).toBeGreaterThanOrEqual(5);
    }
    expect(rows.filter((r) => /negation/.test(r.note) && r.expected.length === 0).length).toBeGreaterThanOrEqual(25);
    expect(rows.filter((r) => /plain/.test(r.note)).length).toBeGreaterThanOrEqual(30);
  });

  it('reaches precision >= 0.95 and recall >= 0.90 overall on the sentences it was tuned on, and flags no negated sentence', () => {
    // Batches 9 and up (written blind, appended to train the sentence classifier) were never tuned on.
    const result = evaluateRisk(rows.filter((r) => !/batch (9|[1-9]\d) blind/.test(r.note)), shippedMatcher());
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.flaggedNegations).toEqual([]);
  });
});

describe.runIf(existsSync(SHARED_DATA_DIR))('evaluateRiskLabels(tests/fixtures/risk-labels.tsv) on ../shared/data', () => {
  const labels = parseRiskLabels(projectFile('tests/fixtures/risk-labels.tsv'));

  it('holds at least 300 decisions, flagged and not, in Chinese and English, on every dataset', () => {
    expect(labels.length).toBeGreaterThanOrEqual(300);
    expect(labels.filter((l) => l.expected.length === 0).length).toBeGreaterThanOrEqual(100);
    for (const dataset of Object.keys(RISK_DATASETS)) expect(labels.some((l) => l.dataset === dataset), dataset).toBe(true);
    expect(labels.every((l) => l.reason !== '')).toBe(true);
  });

  it('reaches precision >= 0.90 and recall >= 0.85 overall, >= 0.80 precision in every category of 10+, each dataset through its profile', async () => {
    const matchers = new Map<string, RiskMatcher>();
    const texts = new Map<string, Map<string, string>>();
    for (const [name, spec] of Object.entries(RISK_DATASETS)) {
      if (!matchers.has(spec.profile)) {
        const models = await loadModels({ profile: spec.profile });
        matchers.set(spec.profile, createRiskMatcher(models.risk, {}, createSegmenter('node-rs', models.text.userDict)));
      }
      texts.set(name, await datasetTexts(name));
    }
    const result = evaluateRiskLabels(labels, (row) => {
      const text = texts.get(row.dataset)?.get(row.id);
      if (text === undefined) return undefined;
      return detectRisk(text, matchers.get(RISK_DATASETS[row.dataset]!.profile)!).filter((m) => !m.negated).map((m) => m.category);
    });
    expect(result.missing).toEqual([]);
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.85);
    // Issue 16: every category with 10+ labelled tickets at least 0.80 precision.
    for (const s of result.perCategory) {
      if ((result.positives.get(s.category) ?? 0) >= 10) expect(s.precision, s.category).toBeGreaterThanOrEqual(0.8);
    }
  }, 120_000);
});
