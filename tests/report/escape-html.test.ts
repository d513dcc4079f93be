import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/escape-html.js';

describe('escapeHtml', () => {
  it('escapeHtml(text) turns & < > " \' into entities and leaves other text alone', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a> 宽带`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt; 宽带');
  });
});
