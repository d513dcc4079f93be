import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInterner, ownString } from '../../src/read/own-strings.js';

describe('ownString', () => {
  it('ownString(any string, lone surrogates included) returns an equal string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
      expect(ownString(s)).toBe(s);
    }));
    expect(ownString('GD20261101000001\uD800x')).toBe('GD20261101000001\uD800x');
  });
});

describe('createInterner', () => {
  it('createInterner(2) returns equal values before and after its limit', () => {
    const intern = createInterner(2);
    expect(['济南', '青岛', '济南', '烟台', '烟台'].map(intern)).toEqual(['济南', '青岛', '济南', '烟台', '烟台']);
  });
});
