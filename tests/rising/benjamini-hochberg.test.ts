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
