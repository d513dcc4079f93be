import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/render-html.js';
import { escapeHtml } from '../../src/report/escape-html.js';
import { briefingReport, HOSTILE, sampleReport } from './sample-report.js';

/** The opening tags of the page with their attributes. */
const tags = (html: string): string[] => html.match(/<[a-zA-Z][^>]*>/g) ?? [];

describe('renderHtml', () => {
  const html = renderHtml(sampleReport());

  it('renderHtml(report) has no script, external resource or event handler, whatever the input says', () => {
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<(link|iframe|object|embed|a)\b/i);
    for (const tag of tags(html)) {
      expect(tag).not.toMatch(/\son\w+\s*=/i);
      expect(tag).not.toMatch(/(href|src)\s*=/i);
      expect(tag).not.toContain('javascript:');
    }
  });

  it('renderHtml(report) shows the hostile text as escaped text', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot; onmouseover=&quot;alert(1)&quot; x=&#39;');
  });

  it('renderHtml(report) keeps every attribute value quoted, so text cannot add an attribute', () => {
    for (const tag of tags(html)) {
      const rest = tag.replace(/^<[a-zA-Z][\w-]*/, '').replace(/\s*\/?>$/, '');
      // Every attribute is name="value" or a bare boolean name (open).
      expect(rest.replace(/\s+[\w:-]+="[^"]*"/g, '').replace(/\s+open\b/g, '').trim(), tag).toBe('');
    }
  });

  it('renderHtml(report) draws the charts, the warnings list with level classes and the issue examples', () => {
    expect(html).toMatch(/<figure id="chart-heat">[\s\S]*?<rect class="bar"/);
    expect(html.match(/<rect class="bar"/g)).toHaveLength(2);
    expect(html).toMatch(/<figure id="chart-volume">[\s\S]*?<polyline class="series-line"/);
    expect(html).toMatch(/<figure id="chart-rising">[\s\S]*?<circle/);
    expect(html).toContain('<section id="warnings">');
    expect(html.match(/<li class="warning level-(red|orange|yellow)"/g)).toHaveLength(3);
    expect(html.indexOf('level-red')).toBeLessThan(html.indexOf('level-yellow'));
    expect(html).toContain('丽景小区宽带掉线 &lt;script&gt;');
  });

  it('renderHtml(report) renders an empty report with "no data" charts', () => {
    const empty = renderHtml(sampleReport({ periods: [], issues: [], risingTerms: [], warnings: [], topics: [], config: { lang: 'zh' } }));
    expect(empty).toContain('本期无预警。');
    expect(empty.match(/无数据/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it('renderHtml(report) forbids scripts and network loads with a Content-Security-Policy', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });
  it('renderHtml(report) orders the page as a briefing: headline, charts, warnings, issues, rising terms, topics, accounting', () => {
    const at = (id: string): number => html.indexOf(` id="${id}"`);
    const charts = ['chart-volume', 'chart-heat', 'chart-rising'].map(at);
    for (const c of charts) expect(c).toBeGreaterThan(at('headline'));
    const rest = ['warnings', 'issues', 'rising-terms', 'topics', 'summary', 'messages', 'legend'].map(at);
    expect(Math.max(...charts)).toBeLessThan(rest[0] ?? -1);
    expect(rest.every((i) => i > 0)).toBe(true);
    expect(rest).toEqual([...rest].sort((a, b) => a - b));
  });

  it('renderHtml(report) puts the latest period in the headline: tickets against the previous period, new warnings, red ones', () => {
    const headline = html.slice(html.indexOf('id="headline"'), html.indexOf('class="charts"'));
    expect(headline).toContain('今日概况（2026-11-09）');
    expect(headline).toContain('<div class="v">45</div>');
    expect(headline).toContain('较上期 +10（+28.6%）');
    expect(headline).toContain('新增预警 红色 1、橙色 1、黄色 1');
    expect(headline).toContain('需立即处理');
    expect(headline).toContain(escapeHtml(`扬言投诉工信部 ${HOSTILE.script}`));
    expect(headline).toContain('丽景小区 宽带掉线');
  });
});

describe('renderHtml warnings', () => {
  const report = briefingReport();
  const html = renderHtml(report);
  const warnings = html.slice(html.indexOf('<section id="warnings">'), html.indexOf('<section id="issues">'));

  it('renderHtml(report) shows every warning of the report exactly once', () => {
    for (const w of report.warnings) expect(warnings.split(`data-warning="${escapeHtml(w.id)}"`), w.id).toHaveLength(2);
    expect(warnings.match(/<li class="warning /g)).toHaveLength(report.warnings.length);
  });

  it('renderHtml(report) shows the latest new and escalated warnings open by level, escalated first, and the rest collapsed', () => {
    const collapsed = warnings.indexOf('<details');
    const order = ['W-1', 'W-4', 'W-2', 'W-3'].map((id) => warnings.indexOf(`data-warning="${id}"`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(Math.max(...order)).toBeLessThan(collapsed);
    expect(warnings).toMatch(/<details class="continuing"><summary>持续中的预警（2）/);
    expect(warnings.indexOf('data-warning="W-6"')).toBeGreaterThan(warnings.indexOf('持续中的预警'));
    expect(warnings).toContain('<span class="status escalated">升级</span>');
  });

  it('renderHtml(report) gives each earlier period a collapsed details, newest first, with its counts by level', () => {
    const periods = [...warnings.matchAll(/<details class="period" data-period="([^"]+)"><summary>(.*?)<\/summary>/g)];
    expect(periods.map((m) => m[1])).toEqual(['2026-11-08', '2026-11-07']);
    expect(periods[0]?.[2]).toContain('预警 2 条');
    expect(periods[0]?.[2]).toContain('红色 1');
    expect(periods[0]?.[2]).toContain('黄色 1');
  });

  it('renderHtml(report) highlights the evidence words in their ticket context and escapes everything', () => {
    expect(warnings).toContain('<mark>丽景小区</mark>宽带掉线 &lt;script&gt;');
    expect(warnings).toContain(escapeHtml(`往期 ${HOSTILE.pipe} ${HOSTILE.script}`));
    expect(warnings).not.toContain('<script');
  });

  it('renderHtml(report) shows the digest in the headline with each sentence and its trigger marked, escaped', () => {
    const html = renderHtml(sampleReport());
    const headline = html.slice(html.indexOf('<section id="headline">'), html.indexOf('</section>', html.indexOf('<section id="headline">')));
    expect([...headline.matchAll(/data-digest="([^"]+)"/g)].map((m) => m[1])).toEqual(['W-1', 'W-2', 'W-3']);
    expect(headline).toContain(`再不修就<mark>投诉到工信部</mark> ${escapeHtml(HOSTILE.img)}`);
    expect(html.match(/<li class="warning /g)).toHaveLength(3);
  });

  it('renderHtml(report) writes English labels for English input', () => {
    const en = renderHtml(briefingReport({ config: { lang: 'en', period: 'day' } }));
    expect(en).toContain("Today at a glance (2026-11-09)");
    expect(en).toContain(escapeHtml("Today's warnings (2026-11-09)"));
    expect(en).toContain('Continuing warnings (2)');
    expect(en).toContain('How to read the levels');
    for (const zh of ['今日概况', '持续中的预警', '往期预警', '预警等级说明']) expect(en).not.toContain(zh);
  });
});
