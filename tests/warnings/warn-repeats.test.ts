import { describe, expect, it } from 'vitest';
import type { CustomerTicket } from '../../src/history/history-types.js';
import { buildCustomerTickets } from '../../src/warnings/build-customer-tickets.js';
import { ticketSubjects } from '../../src/warnings/ticket-subjects.js';
import { warnRepeats } from '../../src/warnings/warn-repeats.js';
import type { WarningContext } from '../../src/warnings/warning-context.js';
import { corpusFromTokens } from '../helpers/corpus.js';
import { expectValidWarning, makeIssue, shippedMatcher, shippedRouting } from './fixtures.js';

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

  it('links tickets without an issue by topic and shared words, and turns orange from three tickets', () => {
    const context = build([
      { id: 'x1', tokens: ['套餐', '变更', '失败'], customerHash: 'c9', d: 19 },
      { id: 'x2', tokens: ['套餐', '变更', '不给'], customerHash: 'c9', d: 20 },
      { id: 'x3', tokens: ['套餐', '变更', '失败'], customerHash: 'c9', d: 21 },
      { id: 'x4', tokens: ['套餐', '资费', '太贵', '降档'], customerHash: 'c9', d: 21 },
    ]);
    const topics = [{ id: 'T1', label: '套餐', terms: ['套餐'], ticketIds: ['x1', 'x2', 'x3', 'x4'] }];
    const [w, ...rest] = warnRepeats([], context, {}, {}, topics);
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ category: 'same-customer', level: 'orange', ticketIds: ['x1', 'x2', 'x3'] });
    expect(w!.metrics['matchedBy']).toBe('similar');
    expect(w!.evidence.every((e) => e.text === '套餐')).toBe(true);
  });

  it('matches a ticket without issue to the same customer\'s issue ticket when it says it is a repeat', () => {
    const first = '营业厅取号后等了一上午';
    const second = '营业厅又排队一上午，这是第二次反映了';
    const rows = [
      { id: 'r1', text: first, tokens: ['营业厅', '取号', '等', '一上午'], customerHash: 'c7', d: 19 },
      { id: 'r2', text: second, tokens: ['营业厅', '排队', '一上午', '第二次', '反映'], customerHash: 'c7', d: 21 },
    ];
    const corpus = corpusFromTokens(rows.map((r) => ({ ...r, time: day(r.d) })));
    const periodIds = ['2026-11-19', '2026-11-21'];
    const issue = makeIssue({ id: 'I-q', label: '营业厅排队', terms: ['营业厅'], ticketIds: ['r1'] });
    const topics = [
      { id: 'T1', label: '营业厅', terms: ['营业厅'], ticketIds: ['r1'] },
      { id: 'T2', label: '其他', terms: [], ticketIds: ['r2'] },
    ];
    const bare: WarningContext = { corpus, periodIds, period: '2026-11-21', kind: 'day', routing: shippedRouting() };
    // Without the lexicon's markers the customer's own 第二次 still links them.
    expect(warnRepeats([issue], bare, {}, {}, topics).map((w) => [w.ticketIds, w.metrics['matchedBy']])).toEqual([[['r1', 'r2'], 'self-declared']]);
    const [w] = warnRepeats([issue], { ...bare, matcher: shippedMatcher() }, {}, {}, topics);
    expect(w).toMatchObject({ category: 'same-customer', ticketIds: ['r1', 'r2'] });
    expect(w!.metrics).toMatchObject({ matchedBy: 'marker', markers: '第二次反映', subject: 'I-q' });
    expect(w!.evidence[0]).toMatchObject({ ticketId: 'r2', text: '第二次反映' });
    expectValidWarning(w!, corpus);
  });

  it('does not link two tickets of one customer on different issues', () => {
    const context = build([
      { id: 'd1', tokens: ['宽带', '掉线'], customerHash: 'c3', d: 20 },
      { id: 'd2', tokens: ['宽带', '掉线'], customerHash: 'c3', d: 21 },
    ]);
    const issues = [
      makeIssue({ id: 'I-a', terms: ['掉线'], ticketIds: ['d1'] }),
      makeIssue({ id: 'I-b', terms: ['掉线'], ticketIds: ['d2'] }),
    ];
    expect(warnRepeats(issues, context, {}).filter((w) => w.category === 'same-customer')).toEqual([]);
  });

  it('links a customer\'s near-identical tickets that landed on different issues and different topics', () => {
    // The same fault told twice in nearly the same words (one word changed, one added): a big input split them over
    // two issues and two topics.
    const first = ['李村家园', '宽带', '总是', '断线', '晚上', '电视', '卡', '尽快', '解决'];
    const second = ['李村家园', '宽带', '还是', '总是', '断线', '晚上', '电视', '卡', '尽快', '处理'];
    const context = build([
      { id: 'n1', tokens: first, customerHash: 'c8', d: 17 },
      { id: 'n2', tokens: second, customerHash: 'c8', d: 21 },
      // Another customer's two different problems on two issues and topics stay apart.
      { id: 'o1', tokens: ['话费', '多扣', '三十元', '这个月', '套餐', '资费'], customerHash: 'c9', d: 18 },
      { id: 'o2', tokens: ['宽带', '晚上', '掉线', '光猫', '红灯', '重启'], customerHash: 'c9', d: 21 },
    ]);
    const issues = [
      makeIssue({ id: 'I-a', terms: ['断线'], ticketIds: ['n1', 'o1'] }),
      makeIssue({ id: 'I-b', terms: ['电视'], ticketIds: ['n2', 'o2'] }),
    ];
    const topics = [
      { id: 'T1', label: '宽带', terms: ['宽带'], ticketIds: ['n1', 'o1'] },
      { id: 'T2', label: '电视', terms: ['电视'], ticketIds: ['n2', 'o2'] },
    ];
    const sameCustomer = warnRepeats(issues, context, {}, {}, topics).filter((w) => w.category === 'same-customer');
    expect(sameCustomer.map((w) => [w.ticketIds, w.metrics['matchedBy']])).toEqual([[['n1', 'n2'], 'near-identical']]);
    expect(sameCustomer[0]!.reason).toContain('措辞几乎相同');
    expectValidWarning(sameCustomer[0]!, context.corpus);
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

  it('flags a local issue present in k of the last m periods, from this run and the stored history', () => {
    const context = build([
      { id: 'p1', tokens: ['信号', '差'], customerHash: 'k1', d: 20 },
      { id: 'p2', tokens: ['信号', '差'], customerHash: 'k2', d: 21 },
      { id: 'p3', tokens: ['信号', '差'], customerHash: 'k3', d: 21 },
      { id: 'p4', tokens: ['信号', '差'], customerHash: 'k4', d: 21 },
      ...Array.from({ length: 36 }, (_, i) => ({ id: `o${i}`, tokens: ['话费'], d: 21 })),
    ]);
    // The signal tickets all in 潍坊, the other 36 spread over four other regions: 潍坊 has 10% of all tickets.
    const others = ['青岛', '烟台', '济南', '临沂'];
    context.corpus.tickets.forEach((t, i) => (t.region = i < 4 ? '潍坊' : others[i % 4]!));
    const issue = makeIssue({ id: 'I-sig', label: '信号差', terms: ['信号'], ticketIds: ['p1', 'p2', 'p3', 'p4'] });
    const stored = [{ id: 'I-sig', label: '信号差', terms: [], firstPeriod: '2026-11-18', lastPeriod: '2026-11-18', history: [['2026-11-18', 4]] as Array<[string, number]> }];
    const k3 = { persistentK: 3 };
    expect(warnRepeats([issue], context, {}, k3)).toEqual([]);
    const [w] = warnRepeats([issue], context, { issues: stored }, k3);
    expect(w).toMatchObject({ category: 'persistent', level: 'yellow', ticketIds: ['p2', 'p3', 'p4'] });
    expect(w!.metrics).toMatchObject({ periodsPresent: 3, series: '0,4,0,1,3', tickets: 8, region: '潍坊' });
    expectValidWarning(w!, context.corpus);
  });

  it('does not flag a persistent issue spread over every region without a place name', () => {
    const regions = ['潍坊', '青岛', '烟台', '济南', '临沂', '济宁'];
    const context = build(
      [18, 19, 20, 21, 21, 21].map((d, i) => ({ id: `g${i}`, tokens: ['话费', '多扣'], customerHash: `h${i}`, d })),
    );
    context.corpus.tickets.forEach((t, i) => (t.region = regions[i]!));
    const generic = makeIssue({ id: 'I-fee', terms: ['话费'], ticketIds: context.corpus.tickets.map((t) => t.id) });
    expect(warnRepeats([generic], context, {}).filter((w) => w.category === 'persistent')).toEqual([]);
    // A place name alone does not make a scattered issue local.
    const placed = makeIssue({ id: 'I-place', terms: ['解放路', '话费'], ticketIds: generic.ticketIds });
    const options = { persistentK: 3, persistentMinPlaceTickets: 6 };
    expect(warnRepeats([placed], context, {}, options).filter((x) => x.category === 'persistent')).toEqual([]);
  });

  it('flags a persistent fault named by a place when its customers are in one region', () => {
    const context = build(
      [18, 19, 20, 21, 21, 21].map((d, i) => ({ id: `g${i}`, tokens: ['话费', '多扣'], customerHash: `h${i}`, d })),
    );
    context.corpus.tickets.forEach((t, i) => (t.region = i < 5 ? '潍坊' : '青岛'));
    const placed = makeIssue({ id: 'I-place', terms: ['解放路', '话费'], ticketIds: context.corpus.tickets.map((t) => t.id) });
    const options = { persistentK: 3, persistentMinPlaceTickets: 6, persistentMaxPValue: 1e-9 };
    const [w] = warnRepeats([placed], context, {}, options).filter((x) => x.category === 'persistent');
    expect(w!.metrics['places']).toBe('解放路');
    expect(warnRepeats([placed], context, {}, { ...options, persistentMinPlaceTickets: 7 }).filter((x) => x.category === 'persistent')).toEqual([]);
  });
});
