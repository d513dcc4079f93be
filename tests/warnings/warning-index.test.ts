import { describe, expect, it } from 'vitest';
import { createWarningIndex } from '../../src/warnings/warning-index.js';
import { scanRiskText } from '../../src/warnings/detect-risk.js';
import { corpusFromTokens } from '../helpers/corpus.js';
import { makeIssue, shippedMatcher } from './fixtures.js';

const matcher = shippedMatcher();

describe('createWarningIndex(corpus, periodIds)', () => {
  const corpus = corpusFromTokens([
    { id: 'a', tokens: ['宽带', '掉线'], customerHash: 'c1', time: 300 },
    { id: 'b', tokens: ['我要', '投诉', '工信部'], text: '我要投诉工信部，这是第二次反映了', customerHash: 'c1', time: 100 },
    { id: 'c', tokens: ['话费'], time: 200 },
  ]);
  const index = createWarningIndex(corpus, ['d1', 'd2', 'd2']);

  it('groups tickets by period and customers\' tickets oldest first', () => {
    expect(index.docsByPeriod.get('d2')).toEqual([1, 2]);
    expect(index.docsByCustomer.get('c1')).toEqual([1, 0]);
    expect(index.issueDocs(makeIssue({ id: 'I', ticketIds: ['c', 'a', 'zz'] }))).toEqual(new Map([['d2', [2]], ['d1', [0]]]));
  });

  it('scans each ticket once per matcher and returns its risks and repeat markers', () => {
    const first = index.scan(1, matcher);
    expect(index.scan(1, matcher)).toBe(first);
    expect(first.matches.map((m) => m.term)).toContain('工信部');
    expect(first.repeatMarkers).toEqual([{ term: '第二次反映', start: 10, end: 15 }]);
    expect(scanRiskText('这是第二次反映了', matcher)).toEqual({ matches: [], repeatMarkers: [{ term: '第二次反映', start: 2, end: 7 }] });
  });
});

describe('createWarningIndex(corpus, periodIds) customer bookkeeping', () => {
  const corpus = corpusFromTokens([
    { id: 'a', tokens: ['宽带'], customerHash: 'c1', time: 100 },
    { id: 'b', tokens: ['话费'], customerHash: 'c2', time: 200 },
    { id: 'c', tokens: ['掉线'], customerHash: 'c1', time: 300 },
    { id: 'd', tokens: ['信号'], time: 400 },
  ]);
  const index = createWarningIndex(corpus, ['d1', 'd1', 'd1', 'd1']);
  const row = (customerHash: string, ticketId: string) => ({ customerHash, ticketId, issueId: '', topicId: '', time: 50, simhash: '0000000000000000' });
  const history = [row('c2', 'old-b'), row('c1', 'a'), row('c3', 'old-x')];

  it('numbers customers per ticket, -1 without one', () => {
    expect(Array.from(index.customerOf)).toEqual([0, 1, 0, -1]);
  });

  it('foreignHistory(history) drops the rows of this run\'s own tickets and groups the rest by customer', () => {
    const foreign = index.foreignHistory(history);
    expect([...foreign.keys()].sort()).toEqual(['c2', 'c3']);
    expect(foreign.get('c2')!.map((r) => r.ticketId)).toEqual(['old-b']);
    expect(index.foreignHistory(history)).toBe(foreign);
  });

  it('customerTicketCounts(history) counts each ticket\'s customer in the run and the foreign history', () => {
    expect(Array.from(index.customerTicketCounts(history))).toEqual([2, 2, 2, 0]);
    expect(Array.from(index.customerTicketCounts([]))).toEqual([2, 1, 2, 0]);
  });
});
