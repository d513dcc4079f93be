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
