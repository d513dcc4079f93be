import { describe, expect, it } from 'vitest';
import { countRegionTickets } from '../../src/rising/count-region-tickets.js';
import { detectRegionBursts } from '../../src/rising/detect-region-bursts.js';
import { detectRisingTerms } from '../../src/rising/detect-rising-terms.js';
import { parseRegionKey, regionKey } from '../../src/rising/region-keys.js';
import { corpusFromTokens } from '../helpers/corpus.js';
import { dayIds, periodCounts, periodDetail } from './period-fixtures.js';

const days = dayIds(8);
const current = days[7] as string;

describe('regionKey', () => {
  it('regionKey(region, term) round-trips through parseRegionKey', () => {
    expect(regionKey('济宁')).toBe('region:济宁');
    expect(parseRegionKey(regionKey('济宁', '宽带+掉线'))).toEqual({ region: '济宁', term: '宽带+掉线' });
    expect(parseRegionKey('宽带')).toBeUndefined();
  });
});

describe('countRegionTickets', () => {
  it('countRegionTickets(corpus, period, { terms }) counts tickets, customers and ids per region and region+term', () => {
    const corpus = corpusFromTokens([
      { id: 'a', tokens: ['宽带', '掉线'], region: '济宁', customerHash: 'c1' },
      { id: 'b', tokens: ['宽带', '掉线', '掉线'], region: '济宁', customerHash: 'c1' },
      { id: 'c', tokens: ['掉线', '宽带'], region: '济宁' },
      { id: 'd', tokens: ['宽带', '掉线'], region: '青岛', customerHash: 'c2' },
      { id: 'e', tokens: ['宽带', '掉线'] },
    ]);
    const detail = countRegionTickets(corpus, current, { terms: ['宽带+掉线', '掉线'] });
    expect(detail.tickets).toBe(5);
    expect(detail.counts.get('region:济宁')).toBe(3);
    expect(detail.customers.get('region:济宁')).toBe(2);
    expect(detail.counts.get('region:济宁|宽带+掉线')).toBe(2);
    expect(detail.ticketIds.get('region:济宁|宽带+掉线')).toEqual(['a', 'b']);
    expect(detail.counts.get('region:济宁|掉线')).toBe(3);
    expect(detail.counts.get('region:青岛')).toBe(1);
    expect([...detail.counts.keys()].every((k) => k.startsWith('region:'))).toBe(true);
  });

  it('countRegionTickets(corpus, period, { ticketIndexes }) counts only the given tickets', () => {
    const corpus = corpusFromTokens([
      { tokens: ['宽带'], region: '济宁' },
      { tokens: ['宽带'], region: '济宁' },
    ]);
    const detail = countRegionTickets(corpus, current, { ticketIndexes: [1] });
    expect(detail.tickets).toBe(1);
    expect(detail.ticketIds.get('region:济宁')).toEqual(['t2']);
  });
});

describe('detectRegionBursts', () => {
  const baseline = days.slice(0, 7).map((d) =>
    periodCounts(d, 1000, { 宽带: 200, 'region:济宁': 100, 'region:青岛': 150, 'region:济宁|宽带': 20 }),
  );

  it('detectRegionBursts(current, baseline) flags a region far above its usual share, ignoring ordinary terms', () => {
    const today = periodDetail(current, 1000, { 宽带: 600, 'region:济宁': 100, 'region:青岛': 150, 'region:济宁|宽带': 80 });
    const bursts = detectRegionBursts(today, baseline);
    expect(bursts.map((b) => b.term)).toEqual(['region:济宁|宽带']);
    expect(bursts[0]?.expected).toBeCloseTo(20, 6);
    expect(bursts[0]?.ratio).toBeCloseTo(4, 6);
    // And the ordinary detector leaves region keys alone while flagging the term.
    expect(detectRisingTerms(today, baseline).map((r) => r.term)).toEqual(['宽带']);
  });

  it('detectRegionBursts(current, baseline) ignores a region that grows with the whole volume', () => {
    const today = periodDetail(current, 3000, { 宽带: 600, 'region:济宁': 310, 'region:青岛': 440, 'region:济宁|宽带': 60 });
    expect(detectRegionBursts(today, baseline)).toEqual([]);
  });
});
