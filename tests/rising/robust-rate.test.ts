import { describe, expect, it } from 'vitest';
import { keptByTrim, trimmedMean } from '../../src/rising/robust-rate.js';

describe('trimmedMean', () => {
  it('trimmedMean(values, 0.2) drops one value from each end of seven', () => {
    expect(trimmedMean([3, 3, 3, 3, 3, 3, 300], 0.2)).toBe(3);
    expect(trimmedMean([1, 2, 3, 4, 5, 6, 100], 0.2)).toBe(4);
  });

  it('trimmedMean(values, 0) is the mean and 0.5 the median', () => {
    expect(trimmedMean([1, 2, 3, 10], 0)).toBe(4);
    expect(trimmedMean([1, 2, 3, 10], 0.5)).toBe(2.5);
    expect(trimmedMean([], 0.2)).toBe(0);
  });
});

describe('keptByTrim', () => {
  it('keptByTrim(n, trim) counts the values trimmedMean averages', () => {
    expect(keptByTrim(7, 0.2)).toBe(5);
    expect(keptByTrim(3, 0.4)).toBe(1);
    expect(keptByTrim(2, 0.4)).toBe(2);
    expect(keptByTrim(7, 0.5)).toBe(1);
    expect(keptByTrim(8, 0.5)).toBe(2);
    expect(keptByTrim(0, 0.2)).toBe(0);
  });
});
