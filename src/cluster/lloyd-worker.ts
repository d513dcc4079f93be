import { parentPort } from 'node:worker_threads';
import { iterateLloyd, type LloydRun } from './spherical-kmeans.js';
import type { LloydReply, LloydRequest } from './lloyd-messages.js';

// Worker thread entry: iterates the seeded k-means restarts it is sent and answers with each run's final state.
parentPort?.on('message', (request: LloydRequest) => {
  let reply: LloydReply;
  try {
    const runs = request.runs.map((run): LloydRun => ({
      centroids: { k: run.k, cols: request.matrix.cols, weights: run.weights },
      assignments: new Int32Array(request.matrix.rows).fill(-2),
      similarities: new Float32Array(request.matrix.rows),
      converged: false,
    }));
    for (const run of runs) iterateLloyd(request.matrix, run, request.maxIterations, request.tolerance);
    reply = {
      runs: runs.map((run) => ({
        weights: run.centroids.weights,
        assignments: run.assignments,
        similarities: run.similarities,
        converged: run.converged,
      })),
    };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  const transfer = 'runs' in reply ? reply.runs.flatMap((r) => [r.weights.buffer, r.assignments.buffer, r.similarities.buffer]) : [];
  parentPort?.postMessage(reply, transfer as ArrayBuffer[]);
});
