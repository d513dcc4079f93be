import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochbergLog } from '../../src/rising/benjamini-hochberg.js';

describe('benjaminiHochbergLog', () => {
  it('benjaminiHochbergLog(logP) gives the step-up q-values in input order', () => {
    const q = Array.from(benjaminiHochbergLog([0.01, 0.04, 0.03, 0.005].map(Math.log)), Math.exp);
    expect(q[0]).toBeCloseTo(0.02, 12);
    expect(q[1]).toBeCloseTo(0.04, 12);
    expect(q[2]).toBeCloseTo(0.04, 12);
    expect(q[3]).toBeCloseTo(0.02, 12);
  });

  it('benjaminiHochbergLog(logP, m) counts untested hypotheses and caps q at 1', () => {
    const q = Array.from(benjaminiHochbergLog([0.01, 0.5].map(Math.log), 10), Math.exp);
    expect(q[0]).toBeCloseTo(0.1, 12);
    expect(q[1]).toBe(1);
  });
});

describe('benjaminiHochbergLog on ties', () => {
  /** The step-up procedure as written: indices sorted by p, q = min over ranks at or above. */
  const reference = (logP: number[], m = logP.length): number[] => {
    const order = logP.map((_, i) => i).sort((a, b) => logP[a]! - logP[b]!);
    const logM = Math.log(Math.max(m, logP.length));
    const out = new Array<number>(logP.length);
    let running = 0;
    for (let r = logP.length - 1; r >= 0; r--) {
      const i = order[r]!;
      running = Math.min(running, logP[i]! + logM - Math.log(r + 1));
      out[i] = running;
    }
    return out;
  };

  it('benjaminiHochbergLog(logP, m) equals the rank-by-rank procedure bit for bit, tied p-values included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0, -0.1, -1, -2.5, -7, -30, -Infinity), { maxLength: 60 }),
        fc.array(fc.double({ min: -50, max: 0, noNaN: true }), { maxLength: 20 }),
        fc.nat(100),
        (ties, spread, extra) => {
          const logP = [...ties, ...spread];
          expect([...benjaminiHochbergLog(logP, logP.length + extra)]).toEqual(reference(logP, logP.length + extra));
        },
      ),
      { numRuns: 300 },
    );
  });
});
