import { describe, expect, it } from 'vitest';
import { ModelError } from '../../src/core/errors.js';
import { parseNewWordRules } from '../../src/segment/new-word-rules.js';

describe('parseNewWordRules', () => {
  it('reads +word as pinned (file order, once) and -word as banned, skipping comments and blank lines', () => {
    const rules = parseNewWordRules('# header\n\n+捷信\n-严重影响  # a phrase\n+ 安逸花\n+捷信\n-贵公司\n', 'new-words.txt');
    expect(rules.pinned).toEqual(['捷信', '安逸花']);
    expect([...rules.banned]).toEqual(['严重影响', '贵公司']);
  });

  it('keeps a # inside a word only where it does not start a comment', () => {
    expect(parseNewWordRules('\uFEFF+C#\r\n', 'f').pinned).toEqual(['C#']);
  });

  it('throws ModelError with file and line for a line without + or -, a blank word, or a word both pinned and banned', () => {
    expect(() => parseNewWordRules('+捷信\n捷信', 'new-words.txt')).toThrow(ModelError);
    expect(() => parseNewWordRules('+捷信\n捷信', 'new-words.txt')).toThrow(/^new-words\.txt:2: expected "\+word" or "-word"/);
    expect(() => parseNewWordRules('+\n', 'f')).toThrow(/f:1: expected one word/);
    expect(() => parseNewWordRules('-捷 信', 'f')).toThrow(/f:1: expected one word/);
    expect(() => parseNewWordRules('+捷信\n-捷信', 'f')).toThrow(/f:2: expected "捷信" either pinned or banned, it is also on line 1/);
    expect(() => parseNewWordRules('-捷信\n+捷信', 'f')).toThrow(/f:2: .*also on line 1/);
  });

  it('parses the shipped models/new-words.txt', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../models/new-words.txt', import.meta.url), 'utf8');
    const rules = parseNewWordRules(text, 'new-words.txt');
    expect(rules.banned.size + rules.pinned.length).toBeGreaterThan(0);
  });
});
