import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/normalize-text.js';
import { hasTraditional } from '../../src/normalize/to-simplified.js';

describe('normalizeText', () => {
  it('normalizeText(text) folds full-width letters and digits', () => {
    expect(normalizeText('ＷｉＦｉ连不上１３８').text).toBe('WiFi连不上138');
  });

  it('normalizeText(traditional) converts to simplified and says so', () => {
    const out = normalizeText('寬帶斷線，網速很慢');
    expect(out.converted).toBe(true);
    expect(out.text).toBe('宽带断线,网速很慢');
  });

  it('normalizeText(simplified) is not converted', () => {
    expect(normalizeText('宽带断线，网速很慢').converted).toBe(false);
  });

  it('normalizeText(text, { traditionalToSimplified: false }) keeps traditional characters', () => {
    expect(normalizeText('寬帶', { traditionalToSimplified: false }).text).toBe('寬帶');
  });

  it('normalizeText(text) drops zero-width characters, controls and emoji and collapses blanks', () => {
    expect(normalizeText('宽\u200b带\u0007  掉线😡😡\t\t了 \r\n\r\n 客户').text).toBe('宽带 掉线 了\n客户');
  });
});

describe('hasTraditional', () => {
  it('hasTraditional(text) is true only for traditional-only characters', () => {
    expect(hasTraditional('網')).toBe(true);
    expect(hasTraditional('网络信号')).toBe(false);
    expect(hasTraditional('abc 123')).toBe(false);
  });
});
