import { describe, expect, it } from 'vitest';
import { distinctEvidence } from '../../src/report/evidence-snippet.js';
import { URGENT_SHOWN } from '../../src/report/latest-period-summary.js';
import { renderHtml } from '../../src/report/render-html.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { sampleReport } from './sample-report.js';

describe('the headline stays readable', () => {
  it('renderMarkdown/renderHtml(report with many red warnings) name the largest few and count the rest', () => {
    const base = sampleReport();
    const template = base.warnings[0]!;
    const reds = Array.from({ length: 12 }, (_, k) => ({
      ...template,
      id: `R-${k}`,
      level: 'red' as const,
      status: 'new' as const,
      title: `红色预警${k}`,
      period: base.periods.at(-1)!.id,
      ticketIds: Array.from({ length: k + 1 }, (_, j) => `T${j}`),
    }));
    const report = sampleReport({ warnings: reds });
    const md = renderMarkdown(report);
    const urgentLine = md.split('\n').find((line) => line.includes('需立即处理'))!;
    expect(urgentLine).toContain('红色预警11');
    expect(urgentLine).not.toContain('红色预警0（');
    expect(urgentLine).toContain(`另有 ${12 - URGENT_SHOWN} 条红色预警`);
    expect(renderHtml(report)).toContain(`另有 ${12 - URGENT_SHOWN} 条红色预警`);
  });

  it('renderMarkdown(undated report) says undated instead of "all – all"', () => {
    const report = sampleReport({ periods: [{ id: 'all', start: '', end: '', tickets: 10 }], warnings: [], digest: [{ period: 'all', warningIds: [] }], config: { lang: 'zh' } });
    const md = renderMarkdown(report);
    expect(md).toContain('未标注日期（全部工单）');
    expect(md).not.toContain('all – all');
    expect(md).toContain('未标注日期的导出，共 10 张工单');
  });

  it('distinctEvidence(evidence) keeps one item per ticket and sentence', () => {
    const e = (ticketId: string, start: number, context: string) => ({ ticketId, start, end: start + 2, text: '辱骂', context });
    expect(distinctEvidence([e('T1', 0, '辱骂又辱骂'), e('T1', 3, '辱骂又辱骂'), e('T2', 0, '辱骂又辱骂'), e('T1', 9, '另一句辱骂')]).map((x) => `${x.ticketId}@${x.start}`)).toEqual([
      'T1@0',
      'T2@0',
      'T1@9',
    ]);
  });
});
