import { describe, expect, it } from 'vitest';
import { clusterTopics, startClusterTopics } from '../../src/cluster/cluster-topics.js';
import { normalizedMutualInformation } from '../../src/cluster/evaluate-clustering.js';
import { corpusFromTokens } from '../helpers/corpus.js';
import { twoTopics } from './fixtures.js';

const small = { tfidf: { minDf: 2, maxDfRatio: 1 }, kmeans: { seed: 9 } };

describe('clusterTopics', () => {
  it('clusterTopics(corpus, { k: 2 }) separates broadband from billing tickets', () => {
    const corpus = corpusFromTokens(twoTopics.map((tokens) => ({ tokens })));
    const { assignments } = clusterTopics(corpus, { ...small, k: 2 });
    const truth = twoTopics.map((_, i) => (i < 5 ? 0 : 1));
    expect(normalizedMutualInformation(assignments, truth)).toBeCloseTo(1, 10);
  });

  it('clusterTopics(corpus, options) puts every ticket, featureless ones too, in exactly one topic', () => {
    const corpus = corpusFromTokens([...twoTopics, ['孤零零'], []].map((tokens) => ({ tokens })));
    const { assignments, topics } = clusterTopics(corpus, { ...small, k: 2 });
    const ids = topics.flatMap((t) => t.ticketIds);
    expect(ids.sort()).toEqual(corpus.tickets.map((t) => t.id).sort());
    expect(new Set(ids).size).toBe(corpus.tickets.length);
    expect(Array.from(assignments).every((a) => a >= 0 && a < topics.length)).toBe(true);
  });

  it('startClusterTopics(corpus, options, { threads: 2, minWork: 0 }).result() gives clusterTopics\'s topics', async () => {
    const corpus = corpusFromTokens([...twoTopics, ...twoTopics.map((t) => [...t].reverse()), ['孤零零'], []].map((tokens) => ({ tokens })));
    for (const options of [{ k: 3 }, {}]) {
      const expected = clusterTopics(corpus, options);
      const got = await startClusterTopics(corpus, options, { threads: 2, minWork: 0 }).result();
      expect(Array.from(got.assignments)).toEqual(Array.from(expected.assignments));
      expect(got.topics).toEqual(expected.topics);
      expect(got.centroids).toEqual(expected.centroids);
    }
  }, 60_000);

  it('clusterTopics(corpus, options) is deterministic for a seed', () => {
    const corpus = corpusFromTokens(twoTopics.map((tokens) => ({ tokens })));
    const a = clusterTopics(corpus, { ...small, k: 3 });
    const b = clusterTopics(corpus, { ...small, k: 3 });
    expect(Array.from(a.assignments)).toEqual(Array.from(b.assignments));
    expect(a.topics).toEqual(b.topics);
  });

  it('clusterTopics(corpus) without k chooses a k within the bounds', () => {
    const corpus = corpusFromTokens(twoTopics.map((tokens) => ({ tokens })));
    const { topics } = clusterTopics(corpus, { ...small, minK: 2, maxK: 3 });
    expect(topics.length).toBeGreaterThanOrEqual(2);
    expect(topics.length).toBeLessThanOrEqual(3);
  });

  it('clusterTopics(corpus, { k }) labels a topic with its distinctive terms and numbers topics largest first', () => {
    const corpus = corpusFromTokens(twoTopics.map((tokens) => ({ tokens })));
    const { topics } = clusterTopics(corpus, { ...small, k: 2 });
    const broadband = topics.find((t) => t.ticketIds.includes('t1'));
    expect(broadband?.terms).toContain('宽带');
    expect(broadband?.label).toMatch(/宽带|断网|网速|掉线/);
    expect(topics.map((t) => t.id)).toEqual(['T1', 'T2']);
    expect(topics[0]!.ticketIds.length).toBeGreaterThanOrEqual(topics[1]!.ticketIds.length);
  });
});
