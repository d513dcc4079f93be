import { HotspotsError } from '../core/errors.js';
import { onWorkerFailure, spawnWorker } from '../parallel/spawn-worker.js';
import type { LloydReply, LloydRequest } from './lloyd-messages.js';
import type { KmeansPlan, LloydRun } from './spherical-kmeans.js';

type LloydRuns = Extract<LloydReply, { runs: unknown }>['runs'];

/** A worker thread iterating k-means restarts, one request at a time (see {@link startLloydWorker}). */
export interface LloydWorker {
  /** Iterates the request's restarts in the worker; rejects with a HotspotsError when the worker fails or is closed. */
  iterate(request: LloydRequest, transfer?: ArrayBuffer[]): Promise<LloydRuns>;
  /** Stops the worker thread; a request still running is rejected. */
  close(): Promise<void>;
}

/** Starts a worker thread that iterates k-means restarts ({@link iterateInWorker}); `close()` it when done. */
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
  onWorkerFailure(worker, 'k-means worker', fail);
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
      pending?.reject(new HotspotsError('k-means worker: expected the restarts back, the worker was closed first'));
      pending = undefined;
      await worker.terminate();
    },
  };
}

/**
 * Sends the restarts `indexes` of `plan` to `worker` and resolves once their final state is back in `plan.runs`
 * (the calling thread may iterate the other restarts, or do other work, meanwhile). A failure is not reported as
 * unhandled before the promise is awaited.
 */
export function iterateInWorker(plan: KmeansPlan, indexes: readonly number[], worker: LloydWorker): Promise<void> {
  if (indexes.length === 0) return Promise.resolve();
  const { fitMatrix, maxIterations, tolerance } = plan;
  const runs = indexes.map((r) => plan.runs[r] as LloydRun);
  const seeds = runs.map((run) => ({ k: run.centroids.k, weights: run.centroids.weights }));
  const done = worker
    .iterate(
      {
        matrix: { rows: fitMatrix.rows, cols: fitMatrix.cols, indptr: fitMatrix.indptr, indices: fitMatrix.indices, values: fitMatrix.values },
        runs: seeds,
        maxIterations,
        tolerance,
      },
      // The seed centroids are replaced by the worker's; the matrix is still needed here, so it is copied.
      seeds.map((s) => s.weights.buffer as ArrayBuffer),
    )
    .then((back) => {
      runs.forEach((run, i) => {
        const result = back[i];
        if (!result) throw new HotspotsError(`k-means worker: expected ${runs.length} restarts back, got ${back.length}`);
        run.centroids = { k: run.centroids.k, cols: run.centroids.cols, weights: result.weights };
        run.assignments = result.assignments;
        run.similarities = result.similarities;
        run.converged = result.converged;
      });
    });
  done.catch(() => {});
  return done;
}
