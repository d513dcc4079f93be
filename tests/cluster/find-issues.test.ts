import { describe, expect, it } from 'vitest';
import { findIssues } from '../../src/cluster/find-issues.js';
import { corpusFromTokens } from '../helpers/corpus.js';
import { plantedIssue } from './fixtures.js';

const opts = { tfidf: { minDf: 2, maxDfRatio: 1 }, minSimilarity: 0.4 };

describe('findIssues', () => {
  it('findIssues(corpus) finds a planted place + fault issue and leaves the noise out', () => {
    const corpus = corpusFromTokens(plantedIssue());
    const { issues, assignments } = findIssues(corpus, undefined, opts, [], '2026-11-21');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.ticketIds.sort()).toEqual(['issue-0', 'issue-1', 'issue-2', 'issue-3', 'issue-4']);
    expect(issues[0]!.terms).toContain('丽景小区');
    expect(issues[0]!.rank).toBe(1);
    expect(issues[0]!.customers).toBe(5);
    expect(issues[0]!.examples).toHaveLength(3);
    corpus.tickets.forEach((t, i) => expect(assignments[i]).toBe(t.id.startsWith('noise') ? -1 : 0));
  });

  it('findIssues(corpus) does not make an issue of one customer writing many times', () => {
    const rows = plantedIssue().map((r) => ({ ...r, customerHash: r.id.startsWith('issue') ? 'same' : r.customerHash }));
    const { issues, assignments } = findIssues(corpusFromTokens(rows), undefined, opts, [], '2026-11-21');
    expect(issues).toHaveLength(0);
    expect(Array.from(assignments).every((a) => a === -1)).toBe(true);
  });

  it('findIssues(corpus, tfidf, options, previous) keeps the id of a continuing issue on the second day', () => {
    const day1 = findIssues(corpusFromTokens(plantedIssue()), undefined, opts, [], '2026-11-21');
    const rows2 = plantedIssue().map((r) => ({ ...r, id: `d2-${r.id}`, time: r.time + 86_400_000 }));
    const day2 = findIssues(corpusFromTokens(rows2), undefined, opts, day1.signatures, '2026-11-22');
    expect(day1.issues[0]!.status).toBe('new');
    expect(day2.issues[0]!.id).toBe(day1.issues[0]!.id);
    expect(day2.issues[0]!.status).toBe('continuing');
    expect(day2.signatures[0]!.history).toEqual([
      ['2026-11-21', 5],
      ['2026-11-22', 5],
    ]);
    expect(day2.signatures[0]!.firstPeriod).toBe('2026-11-21');
  });

  it('findIssues(corpus) gives the same issues and ids for the same input', () => {
    const a = findIssues(corpusFromTokens(plantedIssue()), undefined, opts, [], '2026-11-21');
    const b = findIssues(corpusFromTokens(plantedIssue()), undefined, opts, [], '2026-11-21');
    expect(a.issues).toEqual(b.issues);
    expect(a.issues[0]!.id).toMatch(/^I-[0-9a-f]{8}$/);
  });

  it('findIssues(corpus) writes firstSeen and lastSeen as local times with offset', () => {
    const { issues } = findIssues(corpusFromTokens(plantedIssue()), undefined, opts, [], '2026-11-21');
    expect(issues[0]!.firstSeen).toBe('2026-11-21T10:00:00+08:00');
    expect(issues[0]!.lastSeen).toBe('2026-11-21T14:00:00+08:00');
  });
});

describe('findIssues with topics', () => {
  it('findIssues(corpus, tfidf, options, previous, period, topics) sets each issue topicId to its majority topic', () => {
    const corpus = corpusFromTokens(plantedIssue());
    const assignments = Int32Array.from(corpus.tickets, (t) => (t.id === 'issue-0' ? 0 : 1));
    const topics = {
      assignments,
      topics: [
        { id: 'T1', label: 'a', terms: [], ticketIds: [] },
        { id: 'T2', label: 'b', terms: [], ticketIds: [] },
      ],
    };
    const { issues } = findIssues(corpus, undefined, opts, [], '2026-11-21', topics);
    expect(issues[0]!.topicId).toBe('T2');
    expect(findIssues(corpus, undefined, opts, [], '2026-11-21').issues[0]!.topicId).toBeUndefined();
  });
});
