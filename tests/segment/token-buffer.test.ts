import { describe, expect, it } from 'vitest';
import { closeDoc, createTokenBuffer, pushToken, tokenBufferDocs } from '../../src/segment/token-buffer.js';

describe('tokenBufferDocs', () => {
  it('tokenBufferDocs(buffer) splits tokens into documents, empty ones included, across regrowth', () => {
    const buffer = createTokenBuffer(1, 1);
    for (let i = 0; i < 40; i++) pushToken(buffer, i, i * 2, i * 2 + 1);
    closeDoc(buffer);
    closeDoc(buffer);
    pushToken(buffer, 7, 0, 3);
    closeDoc(buffer);
    const docs = tokenBufferDocs(buffer);
    expect(docs.map((d) => d.termIds.length)).toEqual([40, 0, 1]);
    expect(docs[0]?.termIds[39]).toBe(39);
    expect(docs[0]?.ends[39]).toBe(79);
    expect([...(docs[2]?.termIds ?? [])]).toEqual([7]);
    expect([...(docs[2]?.ends ?? [])]).toEqual([3]);
  });
});
