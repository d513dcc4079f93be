import { describe, expect, it } from 'vitest';
import { labelClusters } from '../../src/cluster/label-clusters.js';
import { corpusFromTokens } from '../helpers/corpus.js';

describe('labelClusters', () => {
  it('labelClusters(corpus, assignments, k) ranks a cluster-specific term above a term every cluster has', () => {
    const corpus = corpusFromTokens([
      { tokens: ['投诉', '宽带', '断网'] },
      { tokens: ['投诉', '宽带', '断网'] },
      { tokens: ['投诉', '话费', '扣费'] },
      { tokens: ['投诉', '话费', '扣费'] },
    ]);
    const labels = labelClusters(corpus, Int32Array.from([0, 0, 1, 1]), 2, undefined, { labelTerms: 2 });
    expect(labels[0]!.terms.slice(0, 2).sort()).toEqual(['宽带', '断网'].sort());
    expect(labels[0]!.terms.indexOf('投诉')).toBeGreaterThan(1);
    expect(labels[1]!.label.split(' · ').sort()).toEqual(['扣费', '话费'].sort());
  });

  it('labelClusters(corpus, assignments, k) shows a phrase a+b as ab and skips a term it contains', () => {
    const corpus = corpusFromTokens([{ tokens: ['宽带+断网', '宽带'] }, { tokens: ['宽带+断网', '宽带'] }, { tokens: ['话费'] }]);
    const [label] = labelClusters(corpus, Int32Array.from([0, 0, 1]), 2, undefined);
    expect(label!.terms).toEqual(['宽带断网']);
  });

  it('labelClusters(corpus, assignments, k) ranks a rarer term found only in the cluster above a word spread over all clusters', () => {
    const rows = [
      ...Array.from({ length: 4 }, () => ({ tokens: ['尽快', '宽带'] })),
      ...Array.from({ length: 2 }, () => ({ tokens: ['尽快', '宽带', '丽景小区'] })),
      ...Array.from({ length: 6 }, () => ({ tokens: ['尽快', '话费'] })),
    ];
    const assignments = Int32Array.from(rows, (_, i) => (i < 6 ? 0 : 1));
    const [label] = labelClusters(corpusFromTokens(rows), assignments, 2, undefined);
    expect(label!.terms).toEqual(['宽带', '丽景小区', '尽快']);
  });

  it('labelClusters(corpus, assignments, k) still finds a second term when many better ones are parts of the first', () => {
    // 55 substrings of the best term outscore the second distinct term; the label must look past all of them.
    const best = '一二三四五六七八九十';
    const parts: string[] = [];
    for (let a = 0; a < best.length; a++) for (let b = a + 1; b <= best.length; b++) if (b - a < best.length) parts.push(best.slice(a, b));
    const rows = [
      ...Array.from({ length: 4 }, () => ({ tokens: [best, ...parts, '光猫'] })),
      { tokens: [best, '话费'] },
      { tokens: ['话费'] },
    ];
    const [label] = labelClusters(corpusFromTokens(rows), Int32Array.from(rows, (_, i) => (i < 5 ? 0 : 1)), 2, undefined, { terms: 2 });
    expect(parts.length).toBeGreaterThan(4 * 2 + 32);
    expect(label!.terms).toEqual([best, '光猫']);
  });
});
