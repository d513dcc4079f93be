import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownCode } from '../../src/report/escape-markdown.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { briefingReport, HOSTILE, sampleReport } from './sample-report.js';

describe('renderMarkdown', () => {
  const text = renderMarkdown(sampleReport());

  it('renderMarkdown(report) writes the Chinese daily report sections for Chinese input', () => {
    for (const heading of ['# 投诉预警日报', '## 今日概况（2026-11-09）', '## 今日预警（2026-11-09）', '### 红色预警（1）', '### 橙色预警（1）', '### 黄色预警（1）', '## TOP 问题', '## 异常热词', '## 话题', '## 输入统计', '## 预警等级说明']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('读取工单：120；有效工单：110；拒收：6；重复：4');
    expect(text).toContain('全部预警：3（红色 1 · 橙色 1 · 黄色 1）');
    expect(text.indexOf('### 红色预警')).toBeLessThan(text.indexOf('### 黄色预警'));
  });

  it('renderMarkdown(report) opens with the latest period: tickets against the previous period, new warnings, red ones, top issues', () => {
    const headline = text.slice(text.indexOf('## 今日概况'), text.indexOf('## 今日预警'));
    expect(headline).toContain('2026-11-09 共受理 45 张工单，较上期（2026-11-08）的 35 张增加 10 张（+28.6%）。');
    expect(headline).toContain('新增预警 红色 1、橙色 1、黄色 1；升级 0 条；持续中 0 条。');
    expect(headline).toContain(`**需立即处理**：${escapeMarkdown(`扬言投诉工信部 ${HOSTILE.script}`)}（派单：客户服务部）`);
    expect(headline).toContain('1. **丽景小区 宽带掉线**（累计 12 张');
  });

  it('renderMarkdown(report) lists each warning with route and ticket ids, and tables with one row per item', () => {
    expect(text).toContain('派单：客户服务部');
    expect(text).toContain('工单：T6、T7');
    expect(text).toContain('[高风险 · 监管申诉]');
    const issueRows = text.split('\n').filter((line) => /^\| [12] \|/.test(line));
    expect(issueRows).toHaveLength(2);
    expect(issueRows[0]?.replaceAll('\\|', '').split('|')).toHaveLength(11);
  });

  it('renderMarkdown(report) escapes input so no raw HTML or extra table cell gets through', () => {
    // Only backslash-escaped angle brackets: CommonMark renders `\<` as a literal character, never a tag.
    expect(text).not.toMatch(/(^|[^\\])</m);
    expect(text).toContain('\\<script\\>');
    const topicRow = text.split('\n').find((line) => line.includes('a \\| b'));
    expect(topicRow).toBeDefined();
    // 3 columns → 4 unescaped pipes.
    expect(topicRow?.replaceAll('\\|', '').split('|')).toHaveLength(5);
  });

  it('renderMarkdown(report) writes English labels when config.lang is en', () => {
    const en = renderMarkdown(sampleReport({ config: { lang: 'en' } }));
    expect(en).toContain('# Complaint early-warning report');
    expect(en).toContain('## Top issues');
    expect(en).not.toContain('投诉预警日报');
  });

  it('renderMarkdown(report) picks English from English texts when lang is auto', () => {
    const base = sampleReport();
    const en = renderMarkdown({
      ...base,
      hotTerms: [{ term: 'refund', tickets: 9, score: 2 }],
      issues: [],
      topics: [{ id: 'T', label: 'billing dispute', terms: ['bill'], ticketIds: ['x'] }],
      warnings: [],
    });
    expect(en).toContain('No warnings this period.');
  });

  it('escapeMarkdown(text) escapes markup characters and folds line breaks', () => {
    expect(escapeMarkdown('*a*\n[b](c) <d> `e` |')).toBe('\\*a\\* \\[b\\]\\(c\\) \\<d\\> \\`e\\` \\|');
    expect(escapeMarkdown(HOSTILE.script)).not.toMatch(/(^|[^\\])</);
  });
  it('markdownCode(text, inTable) fences past inner backticks and escapes pipes only in tables', () => {
    expect(markdownCode('a:b+c')).toBe('`a:b+c`');
    expect(markdownCode('x`y')).toBe('``x`y``');
    expect(markdownCode('`x')).toBe('`` `x ``');
    expect(markdownCode('a | b', true)).toBe('`a \\| b`');
    expect(markdownCode('a\nb')).toBe('`a b`');
  });
});

describe('renderMarkdown warnings', () => {
  const report = briefingReport();
  const text = renderMarkdown(report);

  it('renderMarkdown(report) writes every warning id of the report', () => {
    for (const w of report.warnings) expect(text, w.id).toContain(w.id.includes('|') ? markdownCode(w.id, true) : markdownCode(w.id));
    expect(text.match(/`W-\d/g)).toHaveLength(report.warnings.length);
  });

  it('renderMarkdown(report) orders today by level with escalated first, then continuing, earlier periods, issues, rising terms', () => {
    const at = (s: string): number => text.indexOf(s);
    const order = ['## 今日概况', '## 今日预警', '`W-1`', '`W-4`', '`W-2`', '`W-3`', '### 持续中的预警（2）', '`W-6`', '`W-5`', '## 往期预警', '### 2026-11-08', '### 2026-11-07', '## TOP 问题', '## 异常热词', '## 话题', '## 输入统计'].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain('**升级**');
  });

  it('renderMarkdown(report) summarises each earlier period with its counts and one table row per warning', () => {
    expect(text).toContain('### 2026-11-08　预警 2 条（红色 1 · 橙色 0 · 黄色 1）');
    const section = text.slice(text.indexOf('### 2026-11-08'), text.indexOf('### 2026-11-07'));
    expect(section.split('\n').filter((line) => /^\| (红色|橙色|黄色)预警 \|/.test(line))).toHaveLength(2);
    const hostileRow = text.split('\n').find((line) => line.includes('`W-9'));
    // 6 columns → 7 unescaped pipes, whatever the title and id hold.
    expect(hostileRow?.replaceAll('\\|', '').split('|')).toHaveLength(8);
    expect(text).not.toMatch(/(^|[^\\])<(?!img|script)/m);
  });

  it('renderMarkdown(report) marks the evidence words 【】 in their sentence, escaped', () => {
    expect(text).toContain(`T1「【丽景小区】宽带掉线 \\<script\\>`);
    expect(text).toContain(`T5「再不修就【投诉到工信部】 ${escapeMarkdown(HOSTILE.img)}」`);
  });

  it('renderMarkdown(report) shows the latest period\'s digest in the headline, most urgent first, with each sentence', () => {
    const text = renderMarkdown(sampleReport());
    const headline = text.slice(text.indexOf('## 今日概况'), text.indexOf('## 今日预警'));
    expect(headline).toContain('### 今日先看（3 条）');
    const items = headline.split('\n').filter((line) => /^\d+\. \*\*/.test(line));
    expect(items.map((line) => line.slice(0, 10))).toEqual(['1. **红色预警*', '2. **橙色预警*', '3. **黄色预警*']);
    expect(headline).toContain(`   T5「再不修就【投诉到工信部】 ${escapeMarkdown(HOSTILE.img)}」`);
    const cut = renderMarkdown(sampleReport({ digest: [{ period: '2026-11-09', warningIds: ['W-3'] }] }));
    const cutHeadline = cut.slice(cut.indexOf('## 今日概况'), cut.indexOf('## 今日预警'));
    expect(cutHeadline).toContain('### 今日先看（1 条，共 3 条）');
    expect(cutHeadline).toContain('其余 2 条见下方完整列表与 warnings.csv。');
    expect(cut).toContain('[高风险 · 监管申诉]');
  });

  it('renderMarkdown(report) lists rising terms latest period first', () => {
    const rows = text.split('\n').filter((line) => /^\| 2026-11-0\d \|/.test(line)).map((line) => line.slice(2, 12));
    expect(rows).toEqual(['2026-11-09', '2026-11-09', '2026-11-08']);
  });
});
