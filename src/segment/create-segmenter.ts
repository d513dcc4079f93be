import { ConfigError } from '../core/errors.js';
import { createNodeRsSegmenter } from './create-node-rs-segmenter.js';
import { createNodejiebaSegmenter } from './create-nodejieba-segmenter.js';
import type { Segmenter } from './segmenter.js';

/** Segmenter adapters by name. */
export type SegmenterName = 'node-rs' | 'nodejieba';

/** Creates the named segmenter adapter with a user dictionary (`word [freq] [tag]` lines). */
export function createSegmenter(name: SegmenterName, userDict: string): Segmenter {
  switch (name) {
    case 'node-rs':
      return createNodeRsSegmenter(userDict);
    case 'nodejieba':
      return createNodejiebaSegmenter(userDict);
    default:
      throw new ConfigError('segmenter', `expected "node-rs" or "nodejieba", got "${String(name)}"`);
  }
}
