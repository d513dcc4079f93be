import { describe, expect, it } from 'vitest';
import { warnTopIssues } from '../../src/warnings/warn-top-issues.js';
import type { WarningContext } from '../../src/warnings/warning-context.js';
import { corpusFromTokens } from '../helpers/corpus.js';
import { expectValidWarning, makeIssue, shippedRouting } from './fixtures.js';

// t1-t6 broadband drops today, t7 one yesterday; t8-t10 billing today.
const rows = [
  ...Array.from({ length: 6 }, (_, i) => ({ id: `t${i + 1}`, tokens: ['宽带', '掉线', '好几次'], period: '2026-11-21' })),
  { id: 't7', tokens: ['宽带', '掉线'], period: '2026-11-20' },
  ...Array.from({ length: 3 }, (_, i) => ({ id: `t${i + 8}`, tokens: ['话费', '多扣', '了'], period: '2026-11-21' })),
];
const corpus = corpusFromTokens(rows);
const context: WarningContext = {
  corpus,
  periodIds: rows.map((r) => r.period),
  period: '2026-11-21',
  kind: 'day',
  routing: shippedRouting(),
};
const broadband = makeIssue({ id: 'I-net', label: '宽带掉线', terms: ['掉线', '宽带'], ticketIds: ['t1', 't2', 't3', 't4', 't5', 't6', 't7'], heat: 14 });
const billing = makeIssue({ id: 'I-bill', label: '话费多扣', terms: ['多扣'], ticketIds: ['t8', 't9', 't10'], heat: 3 });

describe('warnTopIssues(issues, context, stored, options)', () => {
  it('ranks issues by period heat with share and growth against the previous period', () => {
    const warnings = warnTopIssues([billing, broadband], context);
    expect(warnings.map((w) => w.title)).toEqual(['TOP1：宽带掉线', 'TOP2：话费多扣']);
    const [top] = warnings;
    expect(top!.metrics).toMatchObject({ rank: 1, tickets: 6, share: 0.6667, previousTickets: 1, growth: 6 });
    expect(top!.level).toBe('orange');
    expect(top!.ticketIds).toEqual(['t1', 't2', 't3', 't4', 't5', 't6']);
    expect(top!.route.department).toBe('网络/运维');
    expect(warnings[1]!.route.department).toBe('市场');
    for (const w of warnings) expectValidWarning(w, corpus);
    expect(top!.evidence.map((e) => e.text)).toEqual(['掉线', '掉线', '掉线']);
  });

  it('takes the previous period from the stored history and stays yellow without growth', () => {
    const stored = [{ id: 'I-bill', label: '话费多扣', terms: [], firstPeriod: '2026-11-01', lastPeriod: '2026-11-20', history: [['2026-11-20', 3]] as Array<[string, number]> }];
    const warnings = warnTopIssues([billing], context, stored, { topN: 1 });
    expect(warnings[0]!.metrics).toMatchObject({ previousTickets: 3, growth: 1 });
    expect(warnings[0]!.level).toBe('yellow');
  });

  it('leaves out issues below topMinTickets and beyond topN', () => {
    expect(warnTopIssues([billing, broadband], context, [], { topMinTickets: 4 }).map((w) => w.metrics['issueId'])).toEqual(['I-net']);
    expect(warnTopIssues([billing, broadband], context, [], { topN: 1 })).toHaveLength(1);
  });
});
