import { describe, expect, it } from 'vitest';
import type { RisingTerm } from '../../src/report/report-schema.js';
import { warnHighRisk } from '../../src/warnings/warn-high-risk.js';
import { producePeriodWarnings, WARNING_PRODUCERS, type PeriodWarningInput } from '../../src/warnings/warning-producers.js';
import { corpusFromTokens } from '../helpers/corpus.js';
import { makeIssue, shippedMatcher, shippedRouting } from './fixtures.js';

const corpus = corpusFromTokens([
  { id: 'T1', tokens: ['宽带', '掉线', '工信部'], text: '宽带天天掉线，再不修好就投诉到工信部', customerHash: 'c1', region: '济宁' },
  { id: 'T2', tokens: ['宽带', '掉线'], text: '宽带掉线严重', customerHash: 'c2', region: '济宁' },
  { id: 'T3', tokens: ['宽带', '掉线'], text: '宽带又掉线了', customerHash: 'c3', region: '济宁' },
  { id: 'T4', tokens: ['资费'], text: '资费太贵', customerHash: 'c4', region: '青岛' },
]);
const period = '2026-11-21';
const burst: RisingTerm = { period, term: '宽带+掉线', tickets: 3, expected: 0.5, ratio: 6, pValue: 1e-6, isNew: false, ticketIds: ['T1', 'T2', 'T3'] };
const input: PeriodWarningInput = {
  context: { corpus, periodIds: corpus.tickets.map(() => period), period, kind: 'day', routing: shippedRouting(), matcher: shippedMatcher() },
  issues: [makeIssue({ id: 'ISSUE-1', label: '宽带 · 掉线', terms: ['宽带', '掉线'], ticketIds: ['T1', 'T2', 'T3'] })],
  topics: [],
  stored: [],
  customerTickets: [],
  rising: [burst, { ...burst, period: '2026-11-20' }],
};
const options = { warnings: { topMinTickets: 1 }, bursts: {} };

describe('the warning producers', () => {
  it('share one signature (input, options) and produce, in order, what each warn-* function gives', () => {
    const byProducer = Object.entries(WARNING_PRODUCERS).map(([name, produce]) => [name, produce(input, options)] as const);
    const kinds = Object.fromEntries(byProducer.map(([name, warnings]) => [name, [...new Set(warnings.map((w) => w.kind))]]));
    expect(kinds).toMatchObject({ highRisk: ['high-risk'], bursts: ['burst'], topIssues: ['top'] });
    expect(producePeriodWarnings(input, options)).toEqual(byProducer.flatMap(([, warnings]) => warnings));
    expect(WARNING_PRODUCERS.highRisk(input, options)).toEqual(warnHighRisk(input.context, input.context.matcher, options.warnings, input.issues, input.topics));
  });

  it("keeps to the context's period: the burst of another day is not raised", () => {
    expect(WARNING_PRODUCERS.bursts(input, options).map((w) => w.period)).toEqual([period]);
    expect(producePeriodWarnings(input, options).every((w) => w.period === period)).toBe(true);
  });
});
