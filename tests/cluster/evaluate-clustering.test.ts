import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, normalizedMutualInformation } from '../../src/cluster/evaluate-clustering.js';

describe('normalizedMutualInformation', () => {
  it('normalizedMutualInformation(a, b) is 1 for the same partition under other names', () => {
    expect(normalizedMutualInformation([0, 0, 1, 1, 2], ['x', 'x', 'y', 'y', 'z'])).toBeCloseTo(1, 10);
  });
  it('normalizedMutualInformation(a, b) is 0 for independent labelings', () => {
    expect(normalizedMutualInformation([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(0, 10);
  });
  it('normalizedMutualInformation(a, b) matches a hand-computed value', () => {
    // Mutual information summed over the three non-empty cells of the contingency table.
    const a = [0, 0, 1, 1];
    const b = [0, 0, 0, 1];
    const ha = Math.log(2);
    const hb = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
    const mi = 0.5 * Math.log(0.5 / (0.5 * 0.75)) + 0.25 * Math.log(0.25 / (0.5 * 0.75)) + 0.25 * Math.log(0.25 / (0.5 * 0.25));
    expect(normalizedMutualInformation(a, b)).toBeCloseTo(mi / ((ha + hb) / 2), 10);
  });
  it('normalizedMutualInformation(a, b) rejects labelings of different lengths', () => {
    expect(() => normalizedMutualInformation([0, 1], [0])).toThrow(/same length/);
  });
});

describe('adjustedRandIndex', () => {
  it('adjustedRandIndex(a, b) is 1 for the same partition under other names', () => {
    expect(adjustedRandIndex([1, 1, 2, 2, 3], [7, 7, 5, 5, 9])).toBeCloseTo(1, 10);
  });
  it('adjustedRandIndex(a, b) matches the scikit-learn example value 0.57', () => {
    // sklearn docs: adjusted_rand_score([0, 0, 1, 2], [0, 0, 1, 1]) == 0.57…
    expect(adjustedRandIndex([0, 0, 1, 2], [0, 0, 1, 1])).toBeCloseTo(0.5714285714, 8);
  });
  it('adjustedRandIndex(a, b) is negative for a partition worse than chance', () => {
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeLessThan(0);
  });
});
