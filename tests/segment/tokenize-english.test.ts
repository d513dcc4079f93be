import { describe, expect, it } from 'vitest';
import { extractNounPhrases, tokenizeEnglish } from '../../src/segment/tokenize-english.js';

describe('tokenizeEnglish', () => {
  // First in the file: the stemmer loads on the first English text of the process.
  it("tokenizeEnglish(text) loads the stemmer without touching the host process's environment", () => {
    const before = { ...process.env };
    expect(tokenizeEnglish('Late fees charged').stems).toEqual(['late', 'fee', 'charg']);
    expect(process.env).toEqual(before);
  });

  it('tokenizeEnglish(text) returns lower-cased tokens, Porter stems and offsets', () => {
    const text = 'Charges were billed twice';
    const out = tokenizeEnglish(text);
    expect(out.tokens).toEqual(['charges', 'were', 'billed', 'twice']);
    expect(out.stems).toEqual(['charg', 'were', 'bill', 'twice']);
    expect(out.tokens.map((_, i) => text.slice(out.starts[i], out.ends[i]).toLowerCase())).toEqual(out.tokens);
  });

  it("tokenizeEnglish(text) keeps contractions whole (don't)", () => {
    expect(tokenizeEnglish("I don't know").tokens).toEqual(['i', "don't", 'know']);
  });
});

describe('extractNounPhrases', () => {
  it('extractNounPhrases(text) finds multi-word noun phrases without determiners', () => {
    const phrases = extractNounPhrases('The late fee was charged to my credit card.');
    expect(phrases).toContain('late fee');
    expect(phrases).toContain('credit card');
  });
});
