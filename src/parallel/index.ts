export { normalizeAndSegment } from './normalize-and-segment.js';
export { parallelOptionsSchema, type ParallelOptions, type ResolvedParallelOptions } from './parallel-options.js';
export { processTextChunk } from './process-text-chunk.js';
export { spawnTextWorker } from './spawn-text-worker.js';
export type { TextChunk, TextChunkResult, TextWorkerData, TextWorkerReply } from './text-chunk.js';
