import { reportSchema, type Report, type Warning } from '../../src/report/report-schema.js';
import { buildDigest } from '../../src/warnings/build-digest.js';

/** Hostile strings placed in every text field of the sample report. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  link: 'javascript:alert(1)',
  attr: '" onmouseover="alert(1)" x=\'',
  formula: '=HYPERLINK("http://evil.example","点我")',
  pipe: 'a | b',
} as const;

const warning = (over: Partial<Warning> & Pick<Warning, 'id' | 'level' | 'kind'>): Warning => ({
  period: '2026-11-09',
  title: '标题',
  reason: '原因',
  ticketIds: ['T1'],
  evidence: [],
  metrics: {},
  route: { department: '网络部' },
  ...over,
});

/** A small report with three warning levels, issues, rising terms and topics, hostile text in each. */
export function sampleReport(overrides: Partial<Report> = {}): Report {
  const report: Report = {
    schemaVersion: 1,
    generatedAt: '2026-11-15T02:00:00.000Z',
    input: { files: ['export.csv'], rowsRead: 120, accepted: 110, rejected: 6, duplicates: 4 },
    periods: [
      { id: '2026-11-07', start: '2026-11-07', end: '2026-11-07', tickets: 30 },
      { id: '2026-11-08', start: '2026-11-08', end: '2026-11-08', tickets: 35 },
      { id: '2026-11-09', start: '2026-11-09', end: '2026-11-09', tickets: 45 },
    ],
    hotTerms: [
      { term: '宽带', tickets: 40, score: 3.2 },
      { term: HOSTILE.script, tickets: 3, score: 1 },
    ],
    risingTerms: [
      { period: '2026-11-09', term: '丽景小区', tickets: 12, expected: 0.5, ratio: 24, pValue: 1e-9, isNew: true, ticketIds: ['T1', 'T2'] },
      { period: '2026-11-08', term: HOSTILE.img, tickets: 6, expected: 1.5, ratio: 4, pValue: 0.0004, isNew: false, ticketIds: ['T3'] },
      { period: '2026-11-09', term: HOSTILE.img, tickets: 8, expected: 1.5, ratio: 5.3, pValue: 0.00001, isNew: false, ticketIds: ['T4'] },
    ],
    topics: [
      { id: 'TOPIC-1', label: '宽带故障', terms: ['宽带', '掉线'], ticketIds: ['T1', 'T2', 'T3'] },
      { id: 'TOPIC-2', label: HOSTILE.pipe, terms: [HOSTILE.attr], ticketIds: ['T4'] },
    ],
    issues: [
      {
        id: 'ISSUE-1',
        rank: 1,
        label: '丽景小区 宽带掉线',
        terms: ['丽景小区', '宽带', '掉线'],
        heat: 9.5,
        tickets: 12,
        customers: 11,
        firstSeen: '2026-11-09T08:01:00',
        lastSeen: '2026-11-09T20:15:00',
        ticketIds: ['T1', 'T2'],
        examples: [
          { ticketId: 'T1', text: `丽景小区宽带掉线 ${HOSTILE.script}` },
          { ticketId: 'T2', text: `看这里 <a href="${HOSTILE.link}">点我</a> ${HOSTILE.attr}` },
        ],
      },
      {
        id: 'ISSUE-2',
        rank: 2,
        label: HOSTILE.img,
        terms: [HOSTILE.link],
        heat: 4.25,
        tickets: 5,
        customers: 5,
        firstSeen: '2026-11-07T09:00:00',
        lastSeen: '2026-11-09T10:00:00',
        ticketIds: ['T3'],
        examples: [{ ticketId: 'T3', text: HOSTILE.img }],
      },
    ],
    warnings: [
      warning({
        id: 'W-1',
        level: 'red',
        kind: 'high-risk',
        category: 'regulator',
        title: `扬言投诉工信部 ${HOSTILE.script}`,
        reason: HOSTILE.attr,
        ticketIds: ['T5'],
        evidence: [{ ticketId: 'T5', start: 3, end: 9, text: '投诉到工信部', context: `再不修就投诉到工信部 ${HOSTILE.img}` }],
        route: { department: '客户服务部', reason: HOSTILE.img },
      }),
      warning({ id: 'W-2', level: 'orange', kind: 'burst', title: '丽景小区宽带掉线突增', reason: '12 张，基线 0.5', metrics: { issueId: 'ISSUE-1' }, ticketIds: ['T1', 'T2'] }),
      warning({ id: 'W-3', level: 'yellow', kind: 'repeat', title: HOSTILE.formula, reason: '-1+1', ticketIds: ['T6', 'T7'] }),
    ],
    messages: [{ severity: 'warning', code: 'bad-time', message: `row has no time ${HOSTILE.script}`, file: 'export.csv', row: 3 }],
    config: { lang: 'auto', period: 'day' },
    digest: [],
    ...overrides,
  };
  return reportSchema.parse(withDigest(report, overrides));
}

/**
 * The sample report with a morning's mix: in the latest period (2026-11-09) an escalated TOP warning and two
 * continuing ones besides the sample's three new ones; three warnings in the two earlier periods (one with a pipe
 * and a script in its title and id).
 */
export function briefingReport(overrides: Partial<Report> = {}): Report {
  const base = sampleReport();
  return reportSchema.parse(withDigest({
    ...base,
    warnings: [
      ...base.warnings,
      warning({
        id: 'W-4',
        level: 'orange',
        kind: 'top',
        category: 'top',
        status: 'escalated',
        title: 'TOP1：丽景小区 宽带掉线',
        metrics: { rank: 1, tickets: 12, heat: 3.5, issueId: 'ISSUE-1' },
        ticketIds: ['T1', 'T2'],
        evidence: [{ ticketId: 'T1', start: 0, end: 4, text: '丽景小区' }],
      }),
      warning({ id: 'W-5', level: 'yellow', kind: 'repeat', status: 'continuing', title: '持续问题甲' }),
      warning({ id: 'W-6', level: 'orange', kind: 'repeat', status: 'continuing', title: '持续问题乙' }),
      warning({ id: 'W-7', level: 'yellow', kind: 'top', period: '2026-11-08', status: 'new', title: '往期黄色' }),
      warning({ id: 'W-8', level: 'red', kind: 'high-risk', period: '2026-11-08', status: 'new', title: '往期红色' }),
      warning({ id: `W-9 ${HOSTILE.pipe}`, level: 'orange', kind: 'burst', period: '2026-11-07', title: `往期 ${HOSTILE.pipe} ${HOSTILE.script}` }),
    ],
    ...overrides,
  }, overrides));
}

/** The report with the digest analyze would give it, unless the overrides set one. */
function withDigest(report: Report, overrides: Partial<Report>): Report {
  return overrides.digest ? report : { ...report, digest: buildDigest(report.warnings, report.periods.map((p) => p.id), 20) };
}
