import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/report/escape-markdown.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { HOSTILE, sampleReport } from './sample-report.js';

describe('renderMarkdown', () => {
  const text = renderMarkdown(sampleReport());

  it('renderMarkdown(report) writes the Chinese daily report sections for Chinese input', () => {
    for (const heading of ['# 投诉预警日报', '## 概况', '## 预警', '### 红色预警（1）', '### 橙色预警（1）', '### 黄色预警（1）', '## TOP 问题', '## 异常热词', '## 话题']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('读取工单：120；有效工单：110；拒收：6；重复：4');
    expect(text).toContain('红色预警 1，橙色预警 1，黄色预警 1');
    expect(text.indexOf('### 红色预警')).toBeLessThan(text.indexOf('### 黄色预警'));
  });

  it('renderMarkdown(report) lists each warning with route and ticket ids, and tables with one row per item', () => {
    expect(text).toContain('派单：客户服务部');
    expect(text).toContain('工单：T6、T7');
    expect(text).toContain('[高风险 · 监管申诉]');
    const issueRows = text.split('\n').filter((line) => /^\| [12] \|/.test(line));
    expect(issueRows).toHaveLength(2);
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
});
