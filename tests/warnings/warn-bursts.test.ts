import { describe, expect, it } from 'vitest';
import type { RisingTerm } from '../../src/report/report-schema.js';
import { warningSchema } from '../../src/report/report-schema.js';
import { burstWarningOptionsSchema } from '../../src/rising/rising-options.js';
import { burstLevel, burstWarningId, warnBursts } from '../../src/warnings/warn-bursts.js';
import type { WarningContext } from '../../src/warnings/warning-context.js';
import { corpusFromTokens } from '../helpers/corpus.js';

const corpus = corpusFromTokens([
  { id: 'T1', tokens: ['家里', '宽带', '掉线'], text: '我家里宽带老是掉线，电话***', region: '济宁' },
  { id: 'T2', tokens: ['宽带', '掉线', '严重'], text: '宽带掉线严重', region: '济宁' },
  { id: 'T3', tokens: ['资费'], text: '资费太贵', region: '青岛' },
]);
const rising = (over: Partial<RisingTerm>): RisingTerm => ({
  period: '2026-11-21',
  term: '宽带+掉线',
  tickets: 12,
  expected: 2.857,
  ratio: 4.2,
  pValue: 3.2e-6,
  isNew: false,
  ticketIds: ['T1', 'T2'],
  ...over,
});
const routing = {
  rules: [
    { kind: 'burst', category: 'region', keyword: '*', department: '区域运维', reason: 'test', line: 1 },
    { kind: '*', category: '*', keyword: '*', department: '网络部', reason: 'test', line: 2 },
  ],
};
const context: WarningContext = { corpus, periodIds: corpus.tickets.map(() => '2026-11-21'), period: '2026-11-21', kind: 'day', routing };

describe('warnBursts', () => {
  it('warnBursts(rising, context, options) builds a burst warning with a Chinese title, numbers and evidence spans', () => {
    const [w] = warnBursts([rising({})], context);
    expect(warningSchema.parse(w)).toEqual(w);
    expect(w?.kind).toBe('burst');
    expect(w?.title).toBe('热词异常：宽带+掉线 较基线上升 4.2 倍');
    expect(w?.reason).toContain('12 单');
    expect(w?.reason).toContain('2.9 单');
    expect(w?.reason).toContain('p=3.2e-6');
    expect(w?.route).toEqual({ department: '网络部', reason: 'test' });
    expect(w?.metrics).toMatchObject({ tickets: 12, expected: 2.857, ratio: 4.2, pValue: 3.2e-6 });
    expect(w?.ticketIds).toEqual(['T1', 'T2']);
    for (const e of w?.evidence ?? []) {
      const text = corpus.tickets.find((t) => t.id === e.ticketId)?.text ?? '';
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(w?.evidence.map((e) => e.text)).toEqual(['宽带老是掉线', '宽带掉线']);
  });

  it('warnBursts(…) gives the same id for the same term and period, another for another term', () => {
    const a = warnBursts([rising({})], context)[0];
    const b = warnBursts([rising({})], context)[0];
    expect(a?.id).toBe(b?.id);
    expect(a?.id).toBe(burstWarningId('2026-11-21', '宽带+掉线'));
    expect(a?.id).toBe('burst:宽带+掉线@2026-11-21');
    expect(burstWarningId('2026-11-21', '资费')).not.toBe(a?.id);
  });

  it('warnBursts(…) titles new terms and region bursts, with region evidence from the text start', () => {
    const [fresh, region, regionTerm] = warnBursts(
      [
        rising({ term: '资费', isNew: true, expected: 0.5, ratio: 24, ticketIds: ['T3'] }),
        rising({ term: 'region:济宁', ticketIds: ['T1', 'T2'] }),
        rising({ term: 'region:济宁|宽带+掉线', ticketIds: ['T2'] }),
      ],
      context,
      { regionEvidenceChars: 4 },
    );
    expect(fresh?.title).toBe('新增热词：资费 本期 12 单（基线期未出现）');
    expect(fresh?.evidence.map((e) => e.text)).toEqual(['资费']);
    expect(region?.title).toContain('济宁');
    expect(region?.category).toBe('region');
    expect(region?.route.department).toBe('区域运维');
    expect(region?.evidence.map((e) => e.text)).toEqual(['我家里宽', '宽带掉线']);
    expect(regionTerm?.evidence.map((e) => e.text)).toEqual(['宽带掉线']);
  });

  it("warnBursts(…) warns of the context's period only, routed by its routing table", () => {
    const warnings = warnBursts([rising({}), rising({ period: '2026-11-20', term: '资费' })], context);
    expect(warnings.map((w) => w.period)).toEqual(['2026-11-21']);
    expect(warnBursts([rising({})], { ...context, routing: { rules: [] } })[0]?.route.department).toBe('客服/呼叫中心');
  });

  it('warnBursts(…, { maxEvidence }) caps the evidence and skips unknown tickets', () => {
    const [w] = warnBursts([rising({ ticketIds: ['nope', 'T1', 'T2'] })], context, { maxEvidence: 1 });
    expect(w?.evidence.map((e) => e.ticketId)).toEqual(['T1']);
    expect(w?.ticketIds).toEqual(['nope', 'T1', 'T2']);
  });
});

describe('burstLevel', () => {
  const o = burstWarningOptionsSchema.parse({});
  it('burstLevel(r, options) is red for a large, strong burst, orange for a medium one, yellow otherwise', () => {
    expect(burstLevel(rising({ tickets: 25, ratio: 12 }), o)).toBe('red');
    expect(burstLevel(rising({ tickets: 25, ratio: 3.5, pValue: 1e-12 }), o)).toBe('red');
    expect(burstLevel(rising({ tickets: 8, ratio: 16, pValue: 1e-12 }), o)).toBe('yellow');
    expect(burstLevel(rising({ tickets: 12, ratio: 6 }), o)).toBe('orange');
    expect(burstLevel(rising({ tickets: 12, ratio: 4.2 }), o)).toBe('yellow');
  });
});
