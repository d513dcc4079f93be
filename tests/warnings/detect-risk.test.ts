import { describe, expect, it } from 'vitest';
import { createRiskMatcher } from '../../src/warnings/create-risk-matcher.js';
import { detectRisk } from '../../src/warnings/detect-risk.js';
import { parseRiskLexicon } from '../../src/warnings/parse-risk-lexicon.js';
import { shippedMatcher } from './fixtures.js';

const matcher = shippedMatcher();
const flagged = (text: string): string[] =>
  [...new Set(detectRisk(text, matcher).filter((m) => !m.negated).map((m) => m.category))].sort();

describe('detectRisk(text, matcher, options)', () => {
  it('returns offsets that cut the trigger out of the given text', () => {
    const text = '客服态度恶劣，再不解决我就投诉到工信部，还要找媒体曝光';
    const matches = detectRisk(text, matcher);
    expect(matches.length).toBeGreaterThanOrEqual(3);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.term);
    expect(matches.map((m) => m.category)).toEqual(expect.arrayContaining(['attitude', 'regulator', 'media']));
  });

  it('marks a negated threat in the same clause as negated', () => {
    for (const text of ['我没有要投诉工信部的意思', '我不是要曝光', '我不会去曝光的', '不需要销户', '并非整个小区都这样']) {
      const matches = detectRisk(text, matcher);
      expect(matches.length, text).toBeGreaterThan(0);
      expect(matches.every((m) => m.negated), text).toBe(true);
    }
  });

  it('does not let a negation cross a clause boundary', () => {
    const [m] = detectRisk('我不想等了，投诉到工信部', matcher);
    expect(m?.negated).toBe(false);
    expect(flagged('信号不好我要投诉工信部')).toEqual(['regulator']);
  });

  it('flags a conditional threat and marks it hypothetical', () => {
    for (const text of ['再不解决就投诉到工信部', '如果明天还不修好，我就起诉你们', '别逼我去媒体曝光']) {
      const matches = detectRisk(text, matcher).filter((m) => !m.negated);
      expect(matches.length, text).toBeGreaterThan(0);
      expect(matches.some((m) => m.hypothetical), text).toBe(true);
    }
    expect(detectRisk('我已经投诉到工信部了', matcher)[0]?.hypothetical).toBe(false);
  });

  it('keeps the 不 of a trigger itself and 不 of non-negating words from negating', () => {
    expect(flagged('客服不耐烦')).toEqual(['attitude']);
    expect(flagged('营业员态度不好')).toEqual(['attitude']);
    expect(flagged('客服不但态度差还骂人')).toEqual(['attitude']);
    expect(flagged('是不是要我打12300你们才管')).toEqual(['regulator']);
  });

  it('treats 别/不要 as calling off a threat but not a complained-about fact', () => {
    expect(flagged('不要销户，帮我改套餐')).toEqual([]);
    expect(flagged('别再推诿了')).toEqual(['attitude']);
  });

  it('ignores triggers inside exclusion words and Latin or digit triggers inside longer words', () => {
    expect(detectRisk('多媒体短信收不到', matcher)).toEqual([]);
    expect(detectRisk('转告你们领导', matcher)).toEqual([]);
    expect(detectRisk('please check this issue', matcher)).toEqual([]);
    expect(detectRisk('订单号123001', matcher)).toEqual([]);
    expect(flagged('I will SUE you')).toEqual(['legal']);
  });

  it('prefers the longest of overlapping triggers', () => {
    const matches = detectRisk('我要携号转网', matcher);
    expect(matches.map((m) => m.term)).toEqual(['携号转网']);
  });

  it('reads negation windows from the options', () => {
    const lexicon = parseRiskLexicon('@category\tlegal\t法律\tred\tthreat\n起诉\tlegal\n');
    const m = createRiskMatcher(lexicon);
    expect(detectRisk('不会找人去法院起诉', m)[0]?.negated).toBe(true);
    expect(detectRisk('不会找人去法院起诉', m, { negationWindow: 2 })[0]?.negated).toBe(false);
  });
});
