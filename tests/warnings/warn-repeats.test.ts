import { describe, expect, it } from 'vitest';
import type { CustomerTicket } from '../../src/history/history-types.js';
import { buildCustomerTickets } from '../../src/warnings/build-customer-tickets.js';
import { ticketSubjects } from '../../src/warnings/ticket-subjects.js';
import { warnRepeats } from '../../src/warnings/warn-repeats.js';
import type { WarningContext } from '../../src/warnings/warning-context.js';
import { corpusFromTokens } from '../helpers/corpus.js';
import { expectValidWarning, makeIssue, shippedRouting } from './fixtures.js';

const day = (d: number): number => Date.UTC(2026, 10, d, 2);
const long = ['宽带', '每天', '晚上', '掉线', '光猫', '红灯', '重启', '没用', '师傅', '没来'];

function build(rows: Array<{ id: string; tokens: string[]; customerHash?: string; d: number }>): WarningContext {
  const corpus = corpusFromTokens(rows.map((r) => ({ ...r, time: day(r.d) })));
  const periodIds = rows.map((r) => `2026-11-${String(r.d).padStart(2, '0')}`);
  return { corpus, periodIds, period: '2026-11-21', kind: 'day', routing: shippedRouting() };
}

describe('warnRepeats(issues, context, history, options)', () => {
  it('flags the same customer twice on one issue within the window, counting history rows', () => {
    const context = build([
      { id: 'a1', tokens: ['宽带', '掉线'], customerHash: 'c1', d: 21 },
      { id: 'b1', tokens: ['宽带', '掉线'], customerHash: 'c2', d: 21 },
      { id: 'b2', tokens: ['话费', '多扣'], customerHash: 'c2', d: 21 },
    ]);
    const issue = makeIssue({ id: 'I-net', label: '宽带掉线', terms: ['掉线'], ticketIds: ['a1', 'b1'] });
    const history: CustomerTicket[] = [
      { customerHash: 'c1', ticketId: 'old1', issueId: 'I-net', topicId: '', time: day(5), simhash: '0000000000000000' },
      { customerHash: 'c1', ticketId: 'old0', issueId: 'I-net', topicId: '', time: day(5) - 40 * 86_400_000, simhash: '0000000000000000' },
    ];
    const warnings = warnRepeats([issue], context, { customerTickets: history });
    expect(warnings).toHaveLength(1);
    const [w] = warnings;
    expect(w).toMatchObject({ kind: 'repeat', category: 'same-customer', level: 'yellow', ticketIds: ['old1', 'a1'] });
    expect(w!.metrics).toMatchObject({ tickets: 2, earlierTickets: 1, customerHash: 'c1' });
    expect(w!.route.department).toBe('网络/运维');
    expectValidWarning(w!, context.corpus);
  });

  it('groups tickets without an issue by topic and turns orange from three tickets', () => {
    const context = build([
      { id: 'x1', tokens: ['套餐', '变更'], customerHash: 'c9', d: 19 },
      { id: 'x2', tokens: ['套餐', '不给', '改'], customerHash: 'c9', d: 20 },
      { id: 'x3', tokens: ['套餐', '变更', '失败'], customerHash: 'c9', d: 21 },
    ]);
    const topics = [{ id: 'T1', label: '套餐', terms: ['套餐'], ticketIds: ['x1', 'x2', 'x3'] }];
    const [w] = warnRepeats([], context, {}, {}, topics);
    expect(w).toMatchObject({ category: 'same-customer', level: 'orange', ticketIds: ['x1', 'x2', 'x3'] });
    expect(w!.evidence.every((e) => e.text === '套餐')).toBe(true);
  });

  it('finds near-duplicate re-submissions through stored SimHashes and skips short texts', () => {
    const context = build([
      { id: 'n2', tokens: [...long].reverse(), customerHash: 'c5', d: 21 },
      { id: 's1', tokens: ['网', '慢'], customerHash: 'c6', d: 21 },
      { id: 's2', tokens: ['网', '慢'], customerHash: 'c6', d: 21 },
    ]);
    const earlier = buildCustomerTickets(build([{ id: 'n1', tokens: long, customerHash: 'c5', d: 2 }]).corpus, ticketSubjects([]));
    const warnings = warnRepeats([], context, { customerTickets: earlier });
    expect(warnings.map((w) => [w.category, w.ticketIds])).toEqual([['near-duplicate', ['n1', 'n2']]]);
    expect(warnings[0]!.metrics['tickets']).toBe(2);
    expectValidWarning(warnings[0]!, context.corpus);
  });

  it('flags an issue present in k of the last m periods, from this run and the stored history', () => {
    const context = build([
      { id: 'p1', tokens: ['信号', '差'], d: 20 },
      { id: 'p2', tokens: ['信号', '差'], d: 21 },
    ]);
    const issue = makeIssue({ id: 'I-sig', label: '信号差', terms: ['信号'], ticketIds: ['p1', 'p2'] });
    const stored = [{ id: 'I-sig', label: '信号差', terms: [], firstPeriod: '2026-11-18', lastPeriod: '2026-11-18', history: [['2026-11-18', 4]] as Array<[string, number]> }];
    expect(warnRepeats([issue], context, {})).toEqual([]);
    const [w] = warnRepeats([issue], context, { issues: stored });
    expect(w).toMatchObject({ category: 'persistent', level: 'yellow', ticketIds: ['p2'] });
    expect(w!.metrics).toMatchObject({ periodsPresent: 3, series: '0,4,0,1,1' });
    expectValidWarning(w!, context.corpus);
  });
});
