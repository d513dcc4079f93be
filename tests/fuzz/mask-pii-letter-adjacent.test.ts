// Regression tests for leaks found by tests/fuzz/normalize.test.ts: numbers touching a Latin letter, dots and
// dashes other than '-' inside numbers, and numbers glued together by normalization removing an emoji or a
// zero-width character between them.
import { describe, expect, it } from 'vitest';
import { Messages } from '../../src/core/messages.js';
import { maskPii } from '../../src/normalize/mask-pii.js';
import { normalizeText } from '../../src/normalize/normalize-text.js';
import { normalizeTickets } from '../../src/normalize/normalize-tickets.js';

describe('maskPii (numbers next to letters and unusual separators)', () => {
  it.each([
    ['tel13812345678', '13812345678'],
    ['微信wx13812345678', '13812345678'],
    ['ID110105194912310021', '110105194912310021'],
    ['QQ12345678901', '12345678901'],
    ['卡号6222021234567890123abc', '6222021234567890123'],
    ['138.1234.5678', '1234.5678'],
    ['138—1234—5678', '1234—5678'],
    ['138–1234–5678', '1234–5678'],
    ['身份证11010519491231002Xabc', '11010519491231002'],
  ])('maskPii(%s) masks the number', (text, secret) => {
    const masked = maskPii(text);
    expect(masked).not.toContain(secret);
    expect(masked.replace(/\D+/g, '').length).toBeLessThan(4);
  });

  it('maskPii(text) says what kind of number it masked next to a letter', () => {
    expect(maskPii('tel13812345678')).toBe('tel<手机号>');
    expect(maskPii('ID110105194912310021号')).toBe('ID<身份证号>号');
    expect(maskPii('手机138.1234.5678')).toBe('手机<手机号>');
  });

  it('maskPii(short codes next to letters) leaves them alone', () => {
    const text = '5G套餐100GB流量,iPhone15信号差,版本V2.1.3';
    expect(maskPii(text)).toBe(text);
  });
});

describe('normalization then masking (numbers separated only by what normalization removes)', () => {
  it('normalizeTickets(a phone and an ID card separated only by an emoji) masks both', () => {
    const text = '电话13800000000👍110105194912310021X号';
    const [t] = normalizeTickets([{ id: 't', text, time: 0 }], {}, { boilerplate: [], fillers: [] }, new Messages());
    expect(t?.text).not.toMatch(/\d{4}/);
    expect(t?.text).toContain('<手机号>');
    expect(t?.text).toContain('<身份证号>');
  });

  it('maskPii(normalizeText(two numbers split by a zero-width space)) leaves no digit run', () => {
    expect(maskPii(normalizeText('13800000000\u200B11010519491231002X').text)).not.toMatch(/\d{4}/);
  });

  it('maskPii(normalizeText(a number split by zero-width spaces)) masks it whole', () => {
    expect(maskPii(normalizeText('我的手机138\u200B1234\u200B5678').text)).toBe('我的手机<手机号>');
  });
});
