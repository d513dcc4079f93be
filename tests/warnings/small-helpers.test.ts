import type { Topic } from '../../src/report/report-schema.js';
import { corpusSubjects, ticketSubjects } from '../../src/warnings/ticket-subjects.js';
import { makeIssue } from './fixtures.js';
import { describe, expect, it } from 'vitest';
import { binomialTail } from '../../src/warnings/binomial-tail.js';
import { isPlaceName } from '../../src/warnings/is-place-name.js';
import fc from 'fast-check';
import { createIdJaccard, jaccard } from '../../src/warnings/jaccard.js';

describe('binomialTail(k, n, p)', () => {
  it('sums the upper tail of the binomial distribution', () => {
    expect(binomialTail(0, 5, 0.3)).toBe(1);
    expect(binomialTail(6, 5, 0.3)).toBe(0);
    expect(binomialTail(5, 5, 0.5)).toBeCloseTo(1 / 32, 12);
    expect(binomialTail(4, 5, 0.5)).toBeCloseTo(6 / 32, 12);
    expect(binomialTail(900, 1000, 0.5)).toBeLessThan(1e-100);
  });
});

describe('jaccard(a, b)', () => {
  it('is the shared share of the union', () => {
    expect(jaccard(new Set([1, 2, 3]), new Set([2, 3, 4, 5]))).toBeCloseTo(2 / 5);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it('createIdJaccard(size)(a, b) equals jaccard of the two id sets, repeats and order aside, call after call', () => {
    const idJaccard = createIdJaccard(41);
    expect(idJaccard([3, 2, 1, 3], [5, 4, 3, 2, 2])).toBeCloseTo(2 / 5);
    expect(idJaccard([], [])).toBe(0);
    const ids = fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 30 });
    fc.assert(
      fc.property(ids, ids, (a, b) => {
        expect(idJaccard(a, b)).toBe(jaccard(new Set(a), new Set(b)));
        expect(idJaccard(Uint32Array.from(b), a)).toBe(jaccard(new Set(b), new Set(a)));
      }),
    );
  });
});

describe('isPlaceName(term)', () => {
  it('accepts places and refuses products', () => {
    expect(isPlaceName('解放路')).toBe(true);
    expect(isPlaceName('金色+家园')).toBe(true);
    expect(isPlaceName('千兆宽带')).toBe(false);
    expect(isPlaceName('电视卡')).toBe(false);
    expect(isPlaceName('路')).toBe(false);
  });
});

describe('ticketSubjects(issues, topics)', () => {
  it('maps ticket ids to their first issue and topic, and returns the same maps for the same arrays', () => {
    const issues = [makeIssue({ id: 'I1', ticketIds: ['a', 'b'] }), makeIssue({ id: 'I2', ticketIds: ['b', 'c'] })];
    const topics: Topic[] = [];
    const subjects = ticketSubjects(issues, topics);
    // Only lookups are promised, not the maps' insertion order.
    expect([...subjects.issueOf].map(([id, issue]) => `${id}:${issue.id}`).sort()).toEqual(['a:I1', 'b:I1', 'c:I2']);
    expect(ticketSubjects(issues, topics)).toBe(subjects);
    expect(ticketSubjects([...issues], topics)).not.toBe(subjects);
  });
});

describe('corpusSubjects(ticketIndex, issues, topics)', () => {
  it('corpusSubjects(index of a, b, c, d) gives each ticket its first issue and topic, as ticketSubjects does', () => {
    const issues = [makeIssue({ id: 'I1', ticketIds: ['a', 'b'] }), makeIssue({ id: 'I2', ticketIds: ['b', 'c', 'x'] })];
    const topics = [{ id: 'T1', label: 't', terms: [], ticketIds: ['c', 'd'] }] as unknown as Topic[];
    const index = new Map([['a', 0], ['b', 1], ['c', 2], ['d', 3]]);
    const lookup = corpusSubjects(index, issues, topics);
    const maps = ticketSubjects(issues, topics);
    for (const id of ['a', 'b', 'c', 'd']) {
      expect(lookup.issueOf.get(id), id).toBe(maps.issueOf.get(id));
      expect(lookup.topicOf.get(id), id).toBe(maps.topicOf.get(id));
    }
    expect(lookup.issueOf.get('b')?.id).toBe('I1');
    expect(lookup.issueOf.get('x')).toBeUndefined();
    // By corpus index, as by id.
    expect(['a', 'b', 'c', 'd'].map((id, doc) => `${lookup.issueOf.ofDoc?.(doc)?.id}/${lookup.topicOf.ofDoc?.(doc)?.id}`)).toEqual([
      `${maps.issueOf.get('a')?.id}/${maps.topicOf.get('a')?.id}`,
      'I1/undefined',
      'I2/T1',
      'undefined/T1',
    ]);
    expect(corpusSubjects(index, issues, topics)).toBe(lookup);
  });
});
