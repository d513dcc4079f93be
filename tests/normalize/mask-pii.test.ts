import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPii } from '../../src/normalize/mask-pii.js';

describe('maskPii', () => {
  const cases: Array<[string, string, string, string]> = [
    ['mobile with +86 and dashes', '我的手机+86 138-1234-5678一直没信号', '<手机号>', '13812345678'],
    ['mobile plain', '回拨13912345678', '<手机号>', '13912345678'],
    ['mobile with blanks', '电话 139 1234 5678 谢谢', '<手机号>', '13912345678'],
    ['ID card with X', '身份证11010519491231002X办理', '<身份证号>', '11010519491231002'],
    ['bank card grouped', '银行卡6222 0212 3456 7890 123被扣款', '<银行卡号>', '6222021234567890123'],
    ['bank card plain', '卡号6222021234567890扣了两次', '<银行卡号>', '6222021234567890'],
    ['e-mail', '发到 zhang.san@example.com 就行', '<邮箱>', 'zhang.san'],
    ['landline', '座机0571-88886666打不通', '<固话>', '88886666'],
    ['broadband account', '宽带账号ad05718881234a上不了网', '<宽带账号>', '05718881234'],
  ];

  it.each(cases)('maskPii(%s) writes the placeholder and keeps none of the digits', (_kind, text, placeholder, secret) => {
    const masked = maskPii(text);
    expect(masked).toContain(placeholder);
    expect(masked).not.toContain(secret);
    expect(masked.replace(/\D+/g, '').length).toBeLessThan(4);
  });

  it('maskPii(text) keeps the words around the placeholder', () => {
    expect(maskPii('我的手机13812345678一直没信号')).toBe('我的手机<手机号>一直没信号');
    expect(maskPii('宽带账号是ad12345678')).toBe('宽带账号是<宽带账号>');
  });

  it('maskPii(text) leaves hotline numbers, dates and amounts alone', () => {
    const text = '2026-11-21打10086和10010，扣了58元';
    expect(maskPii(text)).toBe(text);
  });

  it('maskPii(text) masks a mobile number spoken digit by digit', () => {
    expect(maskPii('号码是幺三八一二三四五六七八')).toBe('号码是<手机号>');
  });
});

describe('maskPii (texts that skip the full pass)', () => {
  it('maskPii(broadband account of letters only) still masks it', () => {
    expect(maskPii('上网账号abcdef登不上')).toBe('上网账号<宽带账号>登不上');
  });

  it('maskPii(text with fewer than 7 digits, no @ and no account) returns it unchanged', () => {
    const text = '100兆宽带3号起断网，5G套餐扣了50元，编号123456';
    expect(maskPii(text)).toBe(text);
  });

  it('maskPii(spoken digits without any ASCII digit) masks them', () => {
    expect(maskPii('打幺八六二三四五零零零幺没人接')).toBe('打<手机号>没人接');
  });
});

describe('maskPii on text with scattered digits', () => {
  it('maskPii(text) masks a number however its digits are split by single separators, and leaves short numbers', () => {
    expect(maskPii('房间号305，价格288元，2019年入住')).toBe('房间号305，价格288元，2019年入住');
    expect(maskPii('电话138-1234-5678')).toBe('电话<手机号>');
    expect(maskPii('座机(0531) 8888888')).toBe('座机<固话>');
    expect(maskPii('卡号6222.0212.3456.7890')).toBe('卡号<银行卡号>');
  });

  it('maskPii(text) equals the full chain of patterns on any mix of digits, separators, labels and spoken digits', () => {
    // '\n@' makes the quick check pass and can join no pattern, so the suffixed text runs every pattern.
    const full = (text: string): string => maskPii(`${text}\n@`).slice(0, -2);
    const part = fc.constantFrom('1', '3', '8', '0', '5', '12', '1381234', ' ', '.', '-', '—', '(', ')', '+86', '号', '户', '宽带账号', '上网帐户', 'pppoe', 'PPPoE号', '是', ':', 'a', 'X', 'Q', '_', '@', 'x.cn', '一', '幺', '三', '八', '零', '元', '，', '\n');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(maskPii(text)).toBe(full(text));
      }),
      { numRuns: 3000 },
    );
  });
});
