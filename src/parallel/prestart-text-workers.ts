import { statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { defaultThreads } from './parallel-options.js';
import { spawnTextWorker } from './spawn-text-worker.js';

/**
 * Text worker threads started before their models are known (see {@link prestartTextWorkers}). Hand them to
 * `normalizeAndSegment`, which takes those it needs and stops the rest; `close` stops those not taken (all of them
 * when the run fails before that).
 */
export interface PrestartedTextWorkers {
  /** Up to `count` running workers, now the caller's (one that failed to start has exited and is never given). */
  take(count: number): Worker[];
  /** Stops the workers not taken. */
  close(): Promise<void>;
}

/**
 * Inputs below this many bytes are not worth workers started ahead: `normalizeAndSegment` segments fewer than
 * `minParallelTickets` (20,000) tickets on the calling thread, and 20,000 short tickets are about 2 MB.
 */
export const PRESTART_MIN_BYTES = 2_000_000;

/**
 * Starts `threads` text workers ahead: each loads its modules and jieba's dictionary (~0.25-0.3 s) while the
 * caller is still busy on its own thread (finding the run's new words, ~0.6-0.9 s on the 100k reference export),
 * instead of after it. The workers wait for their models, which `normalizeAndSegment` sends.
 */
export function prestartTextWorkers(threads = defaultThreads()): PrestartedTextWorkers {
  const workers = Array.from({ length: threads }, () => spawnTextWorker({ prestart: true }));
  const exited = new Set<Worker>();
  // Not yet anyone's to watch: a worker that failed to start is left out of `live`, and a new one takes its place.
  for (const worker of workers) {
    worker.on('error', () => {});
    worker.once('exit', () => exited.add(worker));
  }
  let left = workers;
  return {
    take(count) {
      const taken = left.filter((w) => !exited.has(w)).slice(0, count);
      left = left.filter((w) => !taken.includes(w));
      return taken;
    },
    async close() {
      const stopping = left;
      left = [];
      await Promise.all(stopping.map((w) => w.terminate()));
    },
  };
}

/**
 * Text workers started ahead for a run's input when it will be segmented in worker threads (`threads` > 1, the
 * @node-rs/jieba segmenter, at least {@link PRESTART_MIN_BYTES} of export files or 20,000 tickets given as a list);
 * undefined otherwise. `threads` 0 means the default.
 */
export function prestartTextWorkersFor(
  input: { files: readonly string[] } | { tickets: readonly unknown[] },
  threads: number,
): PrestartedTextWorkers | undefined {
  const count = threads > 0 ? threads : defaultThreads();
  if (count < 2) return undefined;
  const big = 'tickets' in input ? input.tickets.length >= 20_000 : input.files.reduce((sum, f) => sum + fileSize(f), 0) >= PRESTART_MIN_BYTES;
  return big ? prestartTextWorkers(count) : undefined;
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    // The reader says what is wrong with the file; a missing one is just not worth workers.
    return 0;
  }
}
