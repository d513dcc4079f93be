import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/render-html.js';
import { HOSTILE, sampleReport } from './sample-report.js';

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
});
