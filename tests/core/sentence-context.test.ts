import { describe, expect, it } from 'vitest';
import { sentenceContext } from '../../src/core/sentence-context.js';

const around = (text: string, span: string, max?: number): string => {
  const at = text.indexOf(span);
  return sentenceContext(text, at, at + span.length, max);
};

describe('sentenceContext(text, start, end, maxChars)', () => {
  it('returns the sentence holding the span, with its closing mark', () => {
    const text = '宽带断了三天。客服态度很差，一直推脱！我要投诉到工信部。';
    expect(around(text, '推脱')).toBe('客服态度很差，一直推脱！');
    expect(around(text, '工信部')).toBe('我要投诉到工信部。');
    expect(around(text, '宽带')).toBe('宽带断了三天。');
  });

  it('splits English at a full stop before a space but not inside a number', () => {
    const text = 'I paid $3.50 twice. The agent yelled at me. I will contact my attorney';
    expect(around(text, 'yelled')).toBe('The agent yelled at me.');
    expect(around(text, 'attorney')).toBe('I will contact my attorney');
    expect(around(text, 'twice')).toBe('I paid $3.50 twice.');
    expect(around('空调坏了,让人睡不好3.停车场的保安很差,直到我们开口骂人才开', '骂人')).toBe('停车场的保安很差,直到我们开口骂人才开');
  });

  it('falls back to clauses, then to a window at word boundaries, when the sentence is too long', () => {
    const clauses = `${'甲'.repeat(50)}，${'乙'.repeat(30)}，客服骂人，${'丙'.repeat(30)}，${'丁'.repeat(50)}。`;
    const c = around(clauses, '骂人', 80);
    expect(c).toContain('骂人');
    expect(c.length).toBeLessThanOrEqual(80);
    expect(c.startsWith('乙')).toBe(true);
    const words = `${'word '.repeat(60)}lawsuit ${'more '.repeat(60)}`;
    const w = around(words, 'lawsuit', 60);
    expect(w).toContain('lawsuit');
    expect(w.length).toBeLessThanOrEqual(60);
    expect(w).toMatch(/^word( word)* lawsuit( more)*$/);
  });

  it('always holds the span, even one longer than the limit or at the edges of the text', () => {
    const text = `${'很'.repeat(200)}生气`;
    expect(around(text, text, 50)).toBe(text);
    expect(around(text, '生气', 50)).toMatch(/生气$/);
    expect(around(text, '生气', 50).length).toBeLessThanOrEqual(50);
    expect(sentenceContext('骂人', 0, 2)).toBe('骂人');
    expect(sentenceContext('', 0, 0)).toBe('');
  });

  it('never cuts a surrogate pair in half', () => {
    const text = `${'𠮷'.repeat(100)}投诉${'𠮷'.repeat(100)}`;
    const c = around(text, '投诉', 41);
    expect(c).toContain('投诉');
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(c)).toBe(false);
  });
});
