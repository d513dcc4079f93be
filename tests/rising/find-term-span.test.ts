import { describe, expect, it } from 'vitest';
import { findTermSpan } from '../../src/rising/find-term-span.js';
import { corpusFromTokens } from '../helpers/corpus.js';

describe('findTermSpan', () => {
  const corpus = corpusFromTokens([
    { tokens: ['家里', '宽带', '又', '掉线', '宽带', '掉线'], text: '家里的宽带又掉线了，宽带掉线' },
    { tokens: ['掉线', '宽带'], text: '掉线，宽带' },
  ]);
  const [first, second] = corpus.docs;
  const text = corpus.tickets[0]?.text ?? '';

  it('findTermSpan(doc, vocab, term) gives the first token of a single term', () => {
    const span = findTermSpan(first!, corpus.vocab, '宽带');
    expect(span).toBeDefined();
    expect(text.slice(span!.start, span!.end)).toBe('宽带');
    expect(span!.start).toBe(3);
  });

  it('findTermSpan(doc, vocab, a+b) prefers consecutive tokens and spans from a start to b end', () => {
    const span = findTermSpan(first!, corpus.vocab, '宽带+掉线');
    expect(text.slice(span!.start, span!.end)).toBe('宽带掉线');
    const skip = findTermSpan(first!, corpus.vocab, '家里+掉线');
    expect(text.slice(skip!.start, skip!.end)).toBe('家里的宽带又掉线');
  });

  it('findTermSpan(doc, vocab, term) is undefined when the ticket lacks the term or its parts in order', () => {
    expect(findTermSpan(second!, corpus.vocab, '宽带+掉线')).toBeUndefined();
    expect(findTermSpan(second!, corpus.vocab, '家里')).toBeUndefined();
    expect(findTermSpan(first!, corpus.vocab, '资费')).toBeUndefined();
  });
});
