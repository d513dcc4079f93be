import { describe, expect, it } from 'vitest';
import { normalizeOptionsSchema } from '../../src/normalize/normalize-options.js';
import { createTextChunkVocabulary, processTextChunk } from '../../src/parallel/process-text-chunk.js';
import { createNodeRsSegmenter } from '../../src/segment/create-node-rs-segmenter.js';
import { shippedTextModels } from '../segment/models-fixture.js';

const models = shippedTextModels();
const segmenter = createNodeRsSegmenter(models.userDict);
const options = normalizeOptionsSchema.parse({});

const chunks = [
  ['我家宽带老是断网，光猫一直闪红灯', '丽景小区宽带掉线', 'I was charged twice'],
  ['宽带又断网了，客服态度差', '', '海韵花园也没信号，宽带掉线'],
  ['宽带掉线', '营业厅态度差，乱收费'],
];
const chunkOf = (texts: string[], chunk: number) => ({ chunk, texts, customerIds: texts.map(() => undefined) });
/** Each document's terms as text, from a result's ids and the terms known for them. */
const termsOf = (result: ReturnType<typeof processTextChunk>, terms: string[]): string[][] => {
  const out: string[][] = [];
  let from = 0;
  for (const to of result.docEnds) {
    out.push([...result.ids.subarray(from, to)].map((id) => terms[id] ?? '?'));
    from = to;
  }
  return out;
};

describe('processTextChunk(chunk, segmenter, models, options, kept)', () => {
  it('with a kept vocabulary gives the tokens a chunk-local vocabulary gives, sending each new term once', () => {
    const kept = createTextChunkVocabulary(models);
    const known: string[] = [];
    chunks.forEach((texts, c) => {
      const own = processTextChunk(chunkOf(texts, c), segmenter, models, options);
      const shared = processTextChunk(chunkOf(texts, c), segmenter, models, options, kept);
      expect(own.termsFrom).toBe(0);
      expect(shared.termsFrom).toBe(known.length);
      // Only terms not sent before, in the order first met.
      for (const term of shared.terms) expect(known).not.toContain(term);
      known.push(...shared.terms);
      expect(termsOf(shared, known)).toEqual(termsOf(own, own.terms));
      expect([...shared.starts]).toEqual([...own.starts]);
      expect([...shared.ends]).toEqual([...own.ends]);
      expect(shared.texts).toEqual(own.texts);
      expect([...shared.langs]).toEqual([...own.langs]);
    });
    expect(kept.sent).toBe(known.length);
    expect(known.filter((t) => t === '宽带')).toHaveLength(1);
    // The third chunk's 宽带 and 掉线 were sent with earlier chunks.
    expect(termsOf(processTextChunk(chunkOf(['宽带掉线'], 3), segmenter, models, options, kept), known)).toEqual([['宽带', '掉线']]);
  });
});
