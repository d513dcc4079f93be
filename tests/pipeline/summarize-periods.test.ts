import { describe, expect, it } from 'vitest';
import { summarizePeriods } from '../../src/pipeline/summarize-periods.js';
import type { Issue, Warning } from '../../src/report/report-schema.js';

const issue = (id: string, rank: number, text: string): Issue => ({
  id, rank, label: id, terms: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'], heat: 1, tickets: 9, customers: 9, firstSeen: '', lastSeen: '',
  ticketIds: [], examples: [{ ticketId: 'T1', text }, { ticketId: 'T2', text: 'x' }, { ticketId: 'T3', text: 'y' }], sentence: text,
});
const warning = (id: string, level: Warning['level'], period: string, tickets: number): Warning => ({
  id, kind: 'high-risk', level, period, title: id, reason: '', ticketIds: Array.from({ length: tickets }, (_, i) => `T${i}`),
  evidence: [1, 2, 3].map((k) => ({ ticketId: `T${k}`, start: 0, end: 1, text: '投', context: '投诉' })), metrics: {}, route: { department: 'x' },
});

describe('summarizePeriods(report, counts, { summaryIssues, summaryWarnings })', () => {
  it('keeps per period its largest issues with cut texts, its digest warnings first with cut lists, and its rising terms', () => {
    const long = '长'.repeat(300);
    const report = {
      periods: [{ id: 'd1', start: '', end: '', tickets: 10 }, { id: 'd2', start: '', end: '', tickets: 10 }],
      issues: [issue('A', 1, long), issue('B', 2, 'b'), issue('C', 3, 'c')],
      warnings: [warning('y@d1', 'yellow', 'd1', 3), warning('r@d1', 'red', 'd1', 30), warning('o@d1', 'orange', 'd1', 2), warning('r@d2', 'red', 'd2', 1)],
      digest: [{ period: 'd1', warningIds: ['o@d1'] }, { period: 'd2', warningIds: ['r@d2'] }],
      risingTerms: [{ period: 'd2', term: '掉线', tickets: 20, expected: 2, ratio: 10, pValue: 0, isNew: false, ticketIds: Array.from({ length: 20 }, (_, i) => `T${i}`) }],
    };
    const counts = new Map([
      ['A', new Map([['d1', { tickets: 2, customers: 2 }]])],
      ['B', new Map([['d1', { tickets: 5, customers: 4 }], ['d2', { tickets: 4, customers: 4 }]])],
      ['C', new Map([['d1', { tickets: 3, customers: 1 }]])],
    ]);
    const [d1, d2] = summarizePeriods(report, counts, { summaryIssues: 2, summaryWarnings: 2 });
    expect(d1!.issues.map((i) => [i.id, i.tickets, i.customers])).toEqual([['B', 5, 4], ['C', 3, 1]]);
    expect(d2!.issues.map((i) => i.id)).toEqual(['B']);
    expect(d1!.issues[0]!.terms).toHaveLength(8);
    expect(d1!.issues[0]!.examples).toHaveLength(2);
    const a = summarizePeriods(report, counts, { summaryIssues: 5, summaryWarnings: 0 })[0]!.issues.find((i) => i.id === 'A')!;
    expect(Array.from(a.sentence!)).toHaveLength(160);
    expect(a.examples[0]!.text.endsWith('…')).toBe(true);
    // The digest's warning first, then by level; ticket ids and evidence cut, the size kept in metrics.
    expect(d1!.warnings.map((w) => w.id)).toEqual(['o@d1', 'r@d1']);
    expect(d1!.warnings[1]!.ticketIds).toHaveLength(10);
    expect(d1!.warnings[1]!.evidence).toHaveLength(2);
    expect(d1!.warnings[1]!.metrics['tickets']).toBe(30);
    expect(d1!.risingTerms).toEqual([]);
    expect(d2!.risingTerms[0]!.ticketIds).toHaveLength(10);
  });
});
