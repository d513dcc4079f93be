import { describe, expect, it } from 'vitest';
import { evaluateRisk, parseLabelledRiskSentences } from '../../src/warnings/evaluate-risk.js';
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

  it('reaches precision >= 0.95 and recall >= 0.90 overall, and flags no negated sentence', () => {
    const result = evaluateRisk(rows, shippedMatcher());
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.flaggedNegations).toEqual([]);
  });
});
