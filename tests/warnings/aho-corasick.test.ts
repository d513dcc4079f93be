import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAhoCorasick } from '../../src/warnings/aho-corasick.js';

function naive(patterns: string[], text: string): string[] {
  const out: string[] = [];
  patterns.forEach((p, i) => {
    if (p === '') return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) out.push(`${i}:${at}:${at + p.length}`);
  });
  return out.sort();
}

describe('buildAhoCorasick(patterns).scan(text)', () => {
  it('reports overlapping and nested patterns with offsets into the text', () => {
    const ac = buildAhoCorasick(['转网', '携号转网', '网']);
    const hits: string[] = [];
    ac.scan('我要携号转网', (p, s, e) => hits.push(`${p}:${s}:${e}`));
    expect(hits.sort()).toEqual(['0:4:6', '1:2:6', '2:5:6']);
  });

  it('finds exactly what a naive search finds, for any patterns and text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '不', '网'), maxLength: 4 }), { maxLength: 6 }), fc.string({ unit: fc.constantFrom('a', 'b', '不', '网'), maxLength: 30 }), (patterns, text) => {
        const ac = buildAhoCorasick(patterns);
        const hits: string[] = [];
        ac.scan(text, (p, s, e) => hits.push(`${p}:${s}:${e}`));
        expect(hits.sort()).toEqual(naive(patterns, text));
      }),
      { numRuns: 300 },
    );
  });

  it('matches through the fold function while keeping offsets', () => {
    const ac = buildAhoCorasick(['sue'], (c) => (c >= 65 && c <= 90 ? c + 32 : c));
    const hits: number[] = [];
    ac.scan('I will SUE', (_p, s) => hits.push(s));
    expect(hits).toEqual([7]);
  });
});
