import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/normalize/detect-lang.js';
import { hashCustomerId } from '../../src/normalize/hash-customer-id.js';

describe('detectLang', () => {
  it('detectLang(text) tells Chinese with some English from English', () => {
    expect(detectLang('我家WiFi连不上，iPhone也不行')).toBe('zh');
    expect(detectLang('I was charged twice for my internet service.')).toBe('en');
    expect(detectLang('The 宽带 bill was wrong again and nobody answered my calls')).toBe('en');
  });
});

describe('hashCustomerId', () => {
  it('hashCustomerId(id, salt) gives 16 hex digits that depend on the salt', () => {
    const a = hashCustomerId('C001', 'salt-1');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(hashCustomerId(' C001 ', 'salt-1')).toBe(a);
    expect(hashCustomerId('C001', 'salt-2')).not.toBe(a);
    expect(a).not.toContain('C001');
  });
});

describe('detectLang (astral and lone surrogates)', () => {
  it('detectLang(text with astral Han and a lone surrogate) counts only real Han code points', () => {
    expect(detectLang('𠀀𠀁 ok')).toBe('zh');
    expect(detectLang('\ud800宽 the quick brown fox jumps')).toBe('en');
  });
});
