import type { Worker } from 'node:worker_threads';
import { spawnWorker } from './spawn-worker.js';
import type { TextWorkerData } from './text-chunk.js';

/** Starts a text worker (`text-worker.js` in `dist/`, `text-worker.ts` from sources; see `spawnWorker`). */
export function spawnTextWorker(data: TextWorkerData): Worker {
  return spawnWorker(import.meta.url, 'text-worker', data);
}
