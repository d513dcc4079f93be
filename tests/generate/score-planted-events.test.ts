import { describe, expect, it } from 'vitest';
import type { GroundTruth } from '../../src/generate/ground-truth.js';
import { scorePlantedEvents } from '../../src/generate/score-planted-events.js';
import type { Warning } from '../../src/report/report-schema.js';
import { sampleReport } from '../report/sample-report.js';

const text = '客服一直推脱,不是说客服态度恶劣,是问题一直拖着没处理';
const truth: GroundTruth = {
  seed: 1,
  n: 1,
  start: '2026-11-01',
  days: 1,
  timeZone: 'Asia/Shanghai',
  bursts: [],
  recurring: [],
  repeats: [],
  highRisk: [],
  negatedRisk: [{ ticketId: 'T1', category: 'attitude', phrase: '不是说客服态度恶劣，是问题一直拖着没处理', day: '2026-11-01', region: '济南' }],
  pii: [],
  traditionalTicketIds: [],
  transcriptTicketIds: [],
};
const riskWarning = (start: number, end: number): Warning => ({
  id: `high-risk:attitude:T1@2026-11-01`,
  kind: 'high-risk',
  level: 'red',
  period: '2026-11-01',
  title: '服务态度风险',
  reason: 'r',
  ticketIds: ['T1'],
  evidence: [{ ticketId: 'T1', start, end, text: text.slice(start, end) }],
  metrics: {},
  category: 'attitude',
  route: { department: '客服' },
});

describe('scorePlantedEvents(report, truth, textOf)', () => {
  it('scorePlantedEvents(a negated twin beside a real trigger of its category) counts it flagged only for evidence inside the negated sentence', () => {
    const real = scorePlantedEvents(sampleReport({ warnings: [riskWarning(2, 4)] }), truth, () => text);
    expect(real.negated.flagged).toEqual([]);
    const inside = text.indexOf('态度恶劣');
    const negated = scorePlantedEvents(sampleReport({ warnings: [riskWarning(inside, inside + 4)] }), truth, () => text);
    expect(negated.negated.flagged).toEqual(['T1 不是说客服态度恶劣，是问题一直拖着没处理']);
  });
});
