import { describe, expect, it } from 'vitest';
import { SharedBufferDoc } from '../../src/core/corpus.js';

describe('SharedBufferDoc', () => {
  it('new SharedBufferDoc(ids, spans, 1, 3) views tokens 1 and 2 of the shared arrays', () => {
    const ids = Uint32Array.from([7, 8, 9, 10]);
    const spans = { starts: Uint32Array.from([0, 2, 4, 6]), ends: Uint32Array.from([2, 4, 6, 8]) };
    const doc = new SharedBufferDoc(ids, spans, 1, 3);
    expect([...doc.termIds]).toEqual([8, 9]);
    expect([...doc.starts]).toEqual([2, 4]);
    expect([...doc.ends]).toEqual([4, 6]);
    ids[2] = 42;
    expect(doc.termIds[1]).toBe(42);
  });
});
