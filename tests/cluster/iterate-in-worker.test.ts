import { afterAll, describe, expect, it } from 'vitest';
import { iterateInWorker, startLloydWorker, type LloydWorker } from '../../src/cluster/iterate-in-worker.js';
import type { LloydRequest } from '../../src/cluster/lloyd-messages.js';
import { finishKmeans, iterateLloyd, planKmeans, sphericalKmeans, type KmeansResult } from '../../src/cluster/spherical-kmeans.js';
import { createRandom } from '../../src/core/random.js';
import { matrixFromDense } from './helpers.js';

/** Noisy rows around five directions in 12 dimensions: enough spread that restarts end in different places. */
function noisyRows(n: number, seed: number): number[][] {
  const random = createRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const row = Array.from({ length: 12 }, () => (random.next() < 0.3 ? random.next() : 0));
    row[(i * 7) % 12] = 0.5 + random.next();
    row[(i * 7 + 5) % 12] = random.next();
    return row;
  });
}

const plain = (r: KmeansResult) => ({
  assignments: Array.from(r.assignments),
  similarities: Array.from(r.similarities),
  weights: Array.from(r.centroids.weights),
  objective: r.objective,
});

/** A stand-in worker on the calling thread, recording what it was sent. */
function inThreadWorker(sent: LloydRequest[]): LloydWorker {
  return {
    iterate: async (request) => {
      sent.push(request);
      return request.runs.map((seed) => {
        const run = {
          centroids: { k: seed.k, cols: request.matrix.cols, weights: seed.weights },
          assignments: new Int32Array(request.matrix.rows).fill(-2),
          similarities: new Float32Array(request.matrix.rows),
          converged: false,
        };
        iterateLloyd(request.matrix, run, request.maxIterations, request.tolerance);
        return { weights: run.centroids.weights, assignments: run.assignments, similarities: run.similarities, converged: run.converged };
      });
    },
    close: async () => {},
  };
}

describe('iterateInWorker', () => {
  const worker = startLloydWorker();
  afterAll(() => worker.close());
  const matrix = matrixFromDense(noisyRows(300, 3));

  it('iterateInWorker(plan, every restart, worker) then finishKmeans gives sphericalKmeans\'s result, with a real worker thread', async () => {
    // Seeds 2 and 3 on these rows: an odd restart has the best objective; 9 an even one (and a fit on a sample).
    for (const options of [{ seed: 2, restarts: 4 }, { seed: 3, restarts: 4 }, { seed: 9, restarts: 3, sampleSize: 120 }]) {
      const plan = planKmeans(matrix, 5, options);
      await iterateInWorker(plan, plan.runs.map((_, r) => r), worker);
      expect(plain(finishKmeans(matrix, plan))).toEqual(plain(sphericalKmeans(matrix, 5, options)));
    }
  }, 60_000);

  it('iterateInWorker(plan, the odd restarts, worker) leaves the others to the calling thread', async () => {
    const sent: LloydRequest[] = [];
    const plan = planKmeans(matrix, 5, { seed: 2, restarts: 4 });
    const done = iterateInWorker(plan, [1, 3], inThreadWorker(sent));
    for (const r of [0, 2]) iterateLloyd(plan.fitMatrix, plan.runs[r]!, plan.maxIterations, plan.tolerance);
    await done;
    expect(sent.map((r) => r.runs.length)).toEqual([2]);
    expect(plain(finishKmeans(matrix, plan))).toEqual(plain(sphericalKmeans(matrix, 5, { seed: 2, restarts: 4 })));
  });

  it('iterateInWorker(plan, [], worker) sends nothing', async () => {
    const sent: LloydRequest[] = [];
    await iterateInWorker(planKmeans(matrix, 5, { seed: 4, restarts: 1 }), [], inThreadWorker(sent));
    expect(sent).toEqual([]);
  });
});

describe('startLloydWorker', () => {
  it('startLloydWorker().close() rejects a request still running instead of leaving it pending', async () => {
    const worker = startLloydWorker();
    const plan = planKmeans(matrixFromDense(noisyRows(300, 3)), 5, { seed: 2, restarts: 2 });
    const running = iterateInWorker(plan, [0, 1], worker);
    await worker.close();
    await expect(running).rejects.toThrow(/closed first/);
  });
});
