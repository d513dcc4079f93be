import { describe, expect, it } from 'vitest';
import { warnHighRisk } from '../../src/warnings/warn-high-risk.js';
import type { WarningContext } from '../../src/warnings/warning-context.js';
import { corpusFromTokens } from '../helpers/corpus.js';
import { expectValidWarning, shippedMatcher, shippedRouting } from './fixtures.js';

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
    const byTicket = new Map(warnHighRisk(ctx, matcher).map((w) => [w.ticketIds[0], w]));
    expect(byTicket.get('t1')).toMatchObject({ level: 'orange', category: 'attitude' });
    expect(String(byTicket.get('t1')!.metrics['categories']).split(',').sort()).toEqual(['attitude', 'churn']);
    expect(byTicket.get('t2')).toMatchObject({ level: 'red', category: 'attitude' });
    for (const w of byTicket.values()) expectValidWarning(w, ctx.corpus);
  });

  it('makes mass impact red only when enough tickets of one region mention it', () => {
    const few = warnHighRisk(context([{ text: '整个小区都断网了', region: '朝阳' }]), matcher);
    expect(few[0]).toMatchObject({ level: 'orange', category: 'mass' });
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
    expect(many.filter((w) => w.level === 'red').map((w) => w.metrics['region'])).toEqual(['朝阳', '朝阳', '朝阳']);
    expect(many.find((w) => w.metrics['region'] === '海淀')?.level).toBe('orange');
  });

  it('lowers a churn threat that is only conditional to yellow', () => {
    const [conditional] = warnHighRisk(context([{ text: '如果还这样我就携号转网' }]), matcher);
    const [plain] = warnHighRisk(context([{ text: '我要携号转网' }]), matcher);
    expect(conditional?.level).toBe('yellow');
    expect(plain?.level).toBe('orange');
    expect(plain?.route.department).toBe('市场');
  });

  it('merges a non-red trigger shared by enough tickets of the period into one warning with every span', () => {
    const ctx = context([
      { text: '要改套餐，客服一直推脱', region: '青岛' },
      { text: '降档的事客服推脱', region: '济南' },
      { text: '客服推脱不办' },
      { text: '营业员态度恶劣' },
      { text: '客服骂人，推脱' },
    ]);
    const warnings = warnHighRisk(ctx, matcher);
    const group = warnings.find((w) => w.ticketIds.length > 1);
    expect(group).toMatchObject({ id: 'high-risk:attitude:phrase:推脱@2026-11-21', level: 'orange', ticketIds: ['t1', 't2', 't3'] });
    expect(group!.evidence.map((e) => [e.ticketId, e.text])).toEqual([['t1', '推脱'], ['t2', '推脱'], ['t3', '推脱']]);
    expect(group!.metrics).toMatchObject({ tickets: 3, regions: '青岛,济南' });
    expectValidWarning(group!, ctx.corpus);
    // The red ticket and the ticket with another phrase keep their own warnings.
    expect(warnings.filter((w) => w !== group).map((w) => w.ticketIds)).toEqual([['t5'], ['t4']]);
    expect(warnHighRisk(ctx, matcher, { highRiskGroupMinTickets: 4 }).every((w) => w.ticketIds.length === 1)).toBe(true);
  });
});
