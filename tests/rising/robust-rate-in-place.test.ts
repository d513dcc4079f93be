import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimmedMean, trimmedMeanInPlace } from '../../src/rising/robust-rate.js';

describe('trimmedMeanInPlace', () => {
  it('trimmedMeanInPlace(values, n, trim) equals the trimmed mean of a sorted copy, bit for bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
        fc.constantFrom(0, 0.1, 0.2, 0.25, 0.4, 0.5),
        (values, trim) => {
          const sorted = [...values].sort((a, b) => a - b);
          const n = sorted.length;
          let expected = 0;
          if (n > 0 && trim >= 0.5) expected = n % 2 === 1 ? sorted[n >> 1]! : (sorted[(n >> 1) - 1]! + sorted[n >> 1]!) / 2;
          else if (n > 0) {
            const k = Math.min(Math.floor(n * trim), (n - 1) >> 1);
            let sum = 0;
            for (let i = k; i < n - k; i++) sum += sorted[i]!;
            expected = sum / (n - 2 * k);
          }
          // Extra entries past n are left alone.
          const buffer = Float64Array.from([...values, 99, -1]);
          expect(trimmedMeanInPlace(buffer, n, trim)).toBe(expected);
          expect(trimmedMean(values, trim)).toBe(expected);
          expect([...buffer.subarray(n)]).toEqual([99, -1]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
