import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replaceAtCandidates } from '../../src/normalize/replace-at-candidates.js';

describe('replaceAtCandidates', () => {
  it('replaceAtCandidates(text, sticky, start test) equals the global replace', () => {
    const global = /(^|[,，])(?:嗯|那个|嗯嗯)+(?=[,，]|$)|请稍等|工号\d+/g;
    const sticky = new RegExp(global.source, 'y');
    const starts = new Set(['嗯', '那', '请', '工', ',', '，']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('嗯', '那个', '，', ',', '请稍等', '请', '工号', '12', '宽带', ' ')), (parts) => {
        const text = parts.join('');
        const got = replaceAtCandidates(text, sticky, (s, p) => starts.has(s.charAt(p)), (m) => `[${m[1] ?? ''}]`);
        expect(got).toBe(text.replace(global, (_m, g1: string | undefined) => `[${g1 ?? ''}]`));
      }),
      { numRuns: 500 },
    );
  });

  it('replaceAtCandidates(text with no candidate) returns the text itself', () => {
    expect(replaceAtCandidates('宽带断网', /请稍等/y, () => false, () => 'x')).toBe('宽带断网');
  });
});
