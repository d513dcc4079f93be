import { HotspotsError } from '../core/errors.js';
import { spawnWorker } from '../parallel/spawn-worker.js';
import type { KmeansOptions } from './cluster-options.js';
import type { LloydReply, LloydRequest } from './lloyd-messages.js';
import { finishKmeans, iterateLloyd, planKmeans, type KmeansResult } from './spherical-kmeans.js';
import type { TfidfMatrix } from './tfidf-matrix.js';

type LloydRuns = Extract<LloydReply, { runs: unknown }>['runs'];

/** A worker thread iterating k-means restarts, one request at a time (see {@link startLloydWorker}). */
export interface LloydWorker {
  iterate(request: LloydRequest, transfer?: ArrayBuffer[]): Promise<LloydRuns>;
  close(): Promise<void>;
}

/** Starts a worker thread for {@link sphericalKmeansInParallel}; `close()` it when done. */
export function startLloydWorker(): LloydWorker {
  const worker = spawnWorker(import.meta.url, 'lloyd-worker', null);
  let pending: { resolve: (runs: LloydRuns) => void; reject: (error: Error) => void } | undefined;
  let failure: Error | undefined;
  let closing = false;
  const fail = (error: Error): void => {
    if (closing || failure) return;
    failure = error;
    pending?.reject(error);
    pending = undefined;
  };
  worker.on('message', (reply: LloydReply) => {
    const waiting = pending;
    pending = undefined;
    if ('error' in reply) waiting?.reject(new HotspotsError(`k-means worker: expected the restarts to run, got error: ${reply.error}`));
    else waiting?.resolve(reply.runs);
  });
  worker.on('error', (cause: Error) =>
    fail(new HotspotsError(`k-means worker: expected it to run, it failed: ${cause.message}`, 'E_HOTSPOTS', 1, { cause })),
  );
  worker.on('exit', (code) => {
    if (code !== 0) fail(new HotspotsError(`k-means worker: expected it to keep running, it exited with code ${code}`));
  });
  return {
    iterate: (request, transfer = []) =>
      new Promise<LloydRuns>((resolve, reject) => {
        if (failure) return reject(failure);
        if (pending) return reject(new HotspotsError('k-means worker: expected one request at a time, got a second'));
        pending = { resolve, reject };
        worker.postMessage(request, transfer);
      }),
    close: async () => {
      closing = true;
      await worker.terminate();
    },
  };
}

/**
 * {@link sphericalKmeans} with its restarts shared between the calling thread and `worker`: the seeds are drawn
 * here in restart order, the odd-numbered restarts iterate in the worker while the even ones iterate here. The
 * result is sphericalKmeans's (same seeds, same arithmetic, the first of the best restarts kept). On a 2-core
 * machine the second core is otherwise idle while topics are clustered.
 */
export async function sphericalKmeansInParallel(
  matrix: TfidfMatrix,
  k: number,
  options: KmeansOptions,
  worker: LloydWorker,
): Promise<KmeansResult> {
  const plan = planKmeans(matrix, k, options);
  const { fitMatrix, maxIterations, tolerance } = plan;
  const remote = plan.runs.filter((_, r) => r % 2 === 1);
  const seeds = remote.map((run) => ({ k: run.centroids.k, weights: run.centroids.weights }));
  const sent =
    remote.length === 0
      ? Promise.resolve([])
      : worker.iterate(
          {
            matrix: { rows: fitMatrix.rows, cols: fitMatrix.cols, indptr: fitMatrix.indptr, indices: fitMatrix.indices, values: fitMatrix.values },
            runs: seeds,
            maxIterations,
            tolerance,
          },
          // The seed centroids are replaced by the worker's; the matrix is still needed here, so it is copied.
          seeds.map((s) => s.weights.buffer as ArrayBuffer),
        );
  // Awaited below, after the local restarts; until then a failure must not count as unhandled.
  sent.catch(() => {});
  plan.runs.forEach((run, r) => {
    if (r % 2 === 0) iterateLloyd(fitMatrix, run, maxIterations, tolerance);
  });
  const back = await sent;
  remote.forEach((run, i) => {
    const done = back[i];
    if (!done) throw new HotspotsError(`k-means worker: expected ${remote.length} restarts back, got ${back.length}`);
    run.centroids = { k: run.centroids.k, cols: run.centroids.cols, weights: done.weights };
    run.assignments = done.assignments;
    run.similarities = done.similarities;
    run.converged = done.converged;
  });
  return finishKmeans(matrix, plan);
}
