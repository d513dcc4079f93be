import { describe, expect, it } from 'vitest';
import { TokenCodes } from '../../src/segment/token-codes.js';

describe('TokenCodes', () => {
  it('stores a number per token text, -1 for one never set, and keeps them all as it grows', () => {
    const codes = new TokenCodes(4);
    expect(codes.get('宽带')).toBe(-1);
    const words = Array.from({ length: 5000 }, (_, i) => `词${i}`);
    words.forEach((w, i) => codes.set(w, i));
    // Equal texts from different string objects find the same entry.
    expect(codes.get(['词', '42'].join(''))).toBe(42);
    expect(words.every((w, i) => codes.get(w) === i)).toBe(true);
    codes.set('词7', 0);
    expect(codes.get('词7')).toBe(0);
    expect(codes.get('词')).toBe(-1);
    expect(codes.get('')).toBe(-1);
  });
});
