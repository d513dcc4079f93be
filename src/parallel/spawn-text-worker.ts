import type { Worker } from 'node:worker_threads';
import { spawnWorker } from './spawn-worker.js';
import type { TextWorkerData, TextWorkerPrestart } from './text-chunk.js';

/**
 * Starts a text worker (`text-worker.js` in `dist/`, `text-worker.ts` from sources; see `spawnWorker`), with its
 * data, or ahead of it ({@link TextWorkerPrestart}: the data comes as the first message).
 */
export function spawnTextWorker(data: TextWorkerData | TextWorkerPrestart): Worker {
  return spawnWorker(import.meta.url, 'text-worker', data);
}
