import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNodejiebaSegmenter } from '../../src/segment/create-nodejieba-segmenter.js';
import { createNodeRsSegmenter } from '../../src/segment/create-node-rs-segmenter.js';
import type { Segmenter } from '../../src/segment/segmenter.js';
import { shippedTextModels } from '../segment/models-fixture.js';
import { fuzzRuns, HOSTILE_PIECES, hostileText } from './fuzz-helpers.js';

const { userDict } = shippedTextModels();
const adapters: Array<[string, () => Segmenter]> = [
  ['createNodeRsSegmenter', () => createNodeRsSegmenter(userDict)],
  ['createNodejiebaSegmenter', () => createNodejiebaSegmenter(userDict)],
];
const anyText = fc.oneof(hostileText(16), fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

describe.each(adapters)('%s under hostile input', (name, create) => {
  const segmenter = create();

  // The invariant that holds: tokens join back to the input with each lone surrogate turned into U+FFFD (the native
  // side works on UTF-8), which has the same length, so token offsets still index the input.
  const wellFormed = (s: string): string => Buffer.from(s).toString();

  it(`${name}().cut(any string) returns non-empty tokens that join back to the input (lone surrogates as U+FFFD)`, () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const tokens = segmenter.cut(s);
        expect(tokens.join('')).toBe(wellFormed(s));
        expect(tokens.join('').length).toBe(s.length);
        expect(tokens.every((t) => t !== '')).toBe(true);
      }),
      fuzzRuns(1500),
    );
  });

  it(`${name}().cut(each hostile piece alone and repeated) joins back to it`, () => {
    for (const piece of HOSTILE_PIECES) {
      for (const s of [piece, piece.repeat(50), `宽带${piece}掉线`]) expect(segmenter.cut(s).join('')).toBe(wellFormed(s));
    }
  });
});
