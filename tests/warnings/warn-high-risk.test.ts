import { describe, expect, it } from 'vitest';
import { warnHighRisk } from '../../src/warnings/warn-high-risk.js';
import type { WarningContext } from '../../src/warnings/warning-context.js';
import { corpusFromTokens } from '../helpers/corpus.js';
import { expectValidWarning, makeIssue, shippedMatcher, shippedRouting } from './fixtures.js';

const matcher = shippedMatcher();
const routing = shippedRouting();

function context(rows: Array<{ text: string; region?: string; period?: string }>): WarningContext {
  const corpus = corpusFromTokens(rows.map((r) => ({ tokens: [r.text], text: r.text, ...(r.region ? { region: r.region } : {}) })));
  return { corpus, periodIds: rows.map((r) => r.period ?? '2026-11-21'), period: '2026-11-21', kind: 'day', routing };
}

describe('warnHighRisk(context, matcher, options)', () => {
  it('raises one warning per risky ticket of the period with the matched spans as evidence', () => {
    const ctx = context([
      { text: '宽带断了三天，再不修我就投诉到工信部' },
      { text: '网速慢' },
      { text: '我没有要投诉工信部的意思' },
      { text: '客服态度差，我要找律师', period: '2026-11-20' },
    ]);
    const warnings = warnHighRisk(ctx, matcher);
    expect(warnings.map((w) => w.ticketIds)).toEqual([['t1']]);
    const [w] = warnings;
    expectValidWarning(w!, ctx.corpus);
    expect(w).toMatchObject({ kind: 'high-risk', level: 'red', category: 'regulator', period: '2026-11-21' });
    expect(w!.evidence.map((e) => e.text)).toContain('工信部');
    expect(w!.metrics['hypothetical']).toBe(true);
    expect(w!.route.department).toBe('投诉管理');
    expect(w!.id).toBe('high-risk:regulator:t1@2026-11-21');
  });

  it('ranks the most severe category first and keeps attitude at least orange', () => {
    const ctx = context([{ text: '营业员态度恶劣，我要注销宽带' }, { text: '客服骂人' }]);
    const byTicket = new Map(warnHighRisk(ctx, matcher, { highRiskGroupMinTickets: 3 }).map((w) => [w.ticketIds[0], w]));
    expect(byTicket.get('t1')).toMatchObject({ level: 'orange', category: 'attitude' });
    expect(String(byTicket.get('t1')!.metrics['categories']).split(',').sort()).toEqual(['attitude', 'churn']);
    expect(byTicket.get('t2')).toMatchObject({ level: 'red', category: 'attitude' });
    for (const w of byTicket.values()) expectValidWarning(w, ctx.corpus);
  });

  it('makes mass impact red only when enough tickets of one region mention it, one warning per region', () => {
    const few = warnHighRisk(context([{ text: '整个小区都断网了', region: '朝阳' }]), matcher);
    expect(few[0]).toMatchObject({ level: 'orange', category: 'mass', id: 'high-risk:mass:t1@2026-11-21' });
    const many = warnHighRisk(
      context([
        { text: '整个小区都断网了', region: '朝阳' },
        { text: '整栋楼都没信号', region: '朝阳' },
        { text: '邻居都说断网了', region: '朝阳' },
        { text: '整个小区没网', region: '海淀' },
      ]),
      matcher,
      { massMentionRedTickets: 3 },
    );
    expect(many.map((w) => [w.metrics['region'], w.level, w.ticketIds])).toEqual([
      ['朝阳', 'red', ['t1', 't2', 't3']],
      ['海淀', 'orange', ['t4']],
    ]);
  });
  it('never makes mass impact red by count without a region (a hotel export has no region column)', () => {
    const rows = [{ text: '整个小区都停电了' }, { text: '整栋楼都停电了，空调也用不了' }, { text: '大面积停电，电梯也停了' }];
    const warnings = warnHighRisk(context(rows), matcher, { massMentionRedTickets: 3 });
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) expect(w).toMatchObject({ category: 'mass', level: 'orange' });
    const regional = warnHighRisk(context(rows.map((r) => ({ ...r, region: '市南' }))), matcher, { massMentionRedTickets: 3 });
    expect(regional.map((w) => w.level)).toEqual(['red']);
  });

  it('lowers a churn threat that is only conditional to yellow', () => {
    const [conditional] = warnHighRisk(context([{ text: '如果还这样我就携号转网' }]), matcher);
    const [plain] = warnHighRisk(context([{ text: '我要携号转网' }]), matcher);
    expect(conditional?.level).toBe('yellow');
    expect(plain?.level).toBe('orange');
    expect(plain?.route.department).toBe('市场');
  });

  it('makes the tickets of one category on one issue one warning, whatever their phrases, most severe first', () => {
    const ctx = context([
      { text: '要改套餐，客服一直推脱', region: '青岛' },
      { text: '降档的事客服态度很差', region: '济南' },
      { text: '客服推脱不办' },
      { text: '营业员态度恶劣' },
      { text: '客服骂人，推脱' },
      { text: '再不改套餐我就投诉到工信部' },
    ]);
    const issues = [makeIssue({ id: 'I-plan', label: '套餐降档', terms: ['套餐'], ticketIds: ['t1', 't2', 't3', 't5', 't6'] })];
    const warnings = warnHighRisk(ctx, matcher, {}, issues);
    const group = warnings.find((w) => w.category === 'attitude' && w.ticketIds.length > 1)!;
    // t5 (骂人, red) leads the group and makes it red; t4 has no issue and no region, so it stands alone.
    expect(group).toMatchObject({ id: 'high-risk:attitude:t5@2026-11-21', level: 'red', ticketIds: ['t5', 't1', 't2', 't3'] });
    expect(group.title).toContain('套餐降档');
    expect(group.metrics).toMatchObject({ tickets: 4, issueId: 'I-plan', regions: '青岛,济南' });
    expect(group.evidence.map((e) => e.ticketId)).toEqual(['t5', 't5', 't1', 't2', 't3']);
    expectValidWarning(group, ctx.corpus);
    expect(warnings.map((w) => w.id).sort()).toEqual([
      'high-risk:attitude:t4@2026-11-21',
      'high-risk:attitude:t5@2026-11-21',
      'high-risk:regulator:t6@2026-11-21',
    ]);
    // Below red, one category on one issue is a pattern keyed by the issue (continuing on later days); red is keyed by
    // its ticket, so every day's red tickets are new.
    const orange = warnHighRisk(ctx, matcher, {}, [makeIssue({ id: 'I-plan', label: '套餐降档', terms: ['套餐'], ticketIds: ['t1', 't2', 't3'] })]);
    expect(orange.find((w) => w.ticketIds.length === 3)).toMatchObject({ id: 'high-risk:attitude:issue:I-plan@2026-11-21', level: 'orange' });
    // Without issues, tickets group by region, and unplaced ones by category from highRiskGroupMinTickets.
    const unplaced = warnHighRisk(ctx, matcher).filter((w) => w.category === 'attitude');
    expect(unplaced.map((w) => [w.id, w.ticketIds])).toEqual([
      ['high-risk:attitude:t5@2026-11-21', ['t5', 't3', 't4']],
      ['high-risk:attitude:t1@2026-11-21', ['t1']],
      ['high-risk:attitude:t2@2026-11-21', ['t2']],
    ]);
  });

  it('gives every evidence item the sentence holding its trigger', () => {
    const text = '宽带断了三天没人管。客服态度很差，一直推脱！我要投诉到工信部。';
    const ctx = context([{ text }]);
    const [w] = warnHighRisk(ctx, matcher);
    expect(w!.evidence.length).toBeGreaterThan(1);
    for (const e of w!.evidence) {
      expect(e.context).toContain(e.text);
      expect(text).toContain(e.context);
    }
    expect(w!.evidence.find((e) => e.text === '工信部')?.context).toBe('我要投诉到工信部。');
  });
});
