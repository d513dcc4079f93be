import { describe, expect, it } from 'vitest';
import { buildClassifierModel, classifyTerms } from '../../src/cluster/classifier-model.js';
import { clusterTopics } from '../../src/cluster/cluster-topics.js';
import { findIssues } from '../../src/cluster/find-issues.js';
import { corpusFromTokens } from '../helpers/corpus.js';
import { plantedIssue, twoTopics } from './fixtures.js';

describe('classifyTerms', () => {
  const rows = [...plantedIssue(), ...twoTopics.map((tokens, i) => ({ tokens, customerHash: `x${i}`, time: 0, id: `x${i}` }))];
  const corpus = corpusFromTokens(rows);
  const topics = clusterTopics(corpus, { k: 2, tfidf: { minDf: 2, maxDfRatio: 1 } });
  const found = findIssues(corpus, { tfidf: { minDf: 2, maxDfRatio: 1 } }, { period: '2026-11-21' });
  const model = JSON.parse(
    JSON.stringify(
      buildClassifierModel({
        matrices: [topics.matrix],
        topics: topics.topics.map((t, i) => ({ id: t.id, centroid: topics.centroids[i]! })),
        issues: found.signatures,
      }),
    ),
  ) as ReturnType<typeof buildClassifierModel>;

  it('classifyTerms(model, terms) assigns a new ticket to the matching issue after a JSON round trip', () => {
    const planted = found.issues.find((i) => i.terms.includes('丽景小区'));
    expect(planted).toBeDefined();
    const result = classifyTerms(model, ['丽景小区', '宽带', '断网', '今天']);
    expect(result.issueId).toBe(planted!.id);
    expect(result.similarity).toBeGreaterThan(0.3);
  });

  it('classifyTerms(model, terms) puts a billing ticket in the billing topic, not in the broadband issue', () => {
    const billingTopic = topics.topics[topics.assignments[corpus.tickets.findIndex((t) => t.id === 'x5')]!]!.id;
    const result = classifyTerms(model, ['话费', '扣费', '退费']);
    expect(result.topicId).toBe(billingTopic);
    expect(result.issueId).not.toBe(found.issues.find((i) => i.terms.includes('丽景小区'))!.id);
    expect(classifyTerms(model, ['营业厅', '排队']).issueId).toBeUndefined();
  });

  it('classifyTerms(model, terms) gives the same answer on repeated calls (buffers are reset)', () => {
    const first = classifyTerms(model, ['宽带', '断网', '宽带']);
    expect(classifyTerms(model, ['宽带', '断网', '宽带'])).toEqual(first);
  });
});
