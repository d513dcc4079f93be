import { afterAll, describe, expect, it } from 'vitest';
import type { LloydRequest } from '../../src/cluster/lloyd-messages.js';
import { iterateLloyd, sphericalKmeans, type KmeansResult } from '../../src/cluster/spherical-kmeans.js';
import { sphericalKmeansInParallel, startLloydWorker, type LloydWorker } from '../../src/cluster/spherical-kmeans-in-parallel.js';
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

describe('sphericalKmeansInParallel', () => {
  const worker = startLloydWorker();
  afterAll(() => worker.close());
  const matrix = matrixFromDense(noisyRows(300, 3));

  it('sphericalKmeansInParallel(matrix, k, options, worker) gives sphericalKmeans\'s result, with a real worker thread', async () => {
    // Seeds 2 and 3 on these rows: an odd restart (one the worker runs) has the best objective; 9 an even one.
    for (const options of [{ seed: 2, restarts: 4 }, { seed: 3, restarts: 4 }, { seed: 9, restarts: 3, sampleSize: 120 }]) {
      const expected = sphericalKmeans(matrix, 5, options);
      const got = await sphericalKmeansInParallel(matrix, 5, options, worker);
      expect(plain(got)).toEqual(plain(expected));
    }
  }, 60_000);

  it('sphericalKmeansInParallel(matrix, k, { restarts: 4 }) sends the odd restarts to the worker and keeps the first best', async () => {
    const sent: LloydRequest[] = [];
    const got = await sphericalKmeansInParallel(matrix, 5, { seed: 8, restarts: 4 }, inThreadWorker(sent));
    expect(sent.map((r) => r.runs.length)).toEqual([2]);
    expect(plain(got)).toEqual(plain(sphericalKmeans(matrix, 5, { seed: 8, restarts: 4 })));
  });

  it('sphericalKmeansInParallel(matrix, k, { restarts: 1 }) runs on the calling thread alone', async () => {
    const sent: LloydRequest[] = [];
    const got = await sphericalKmeansInParallel(matrix, 5, { seed: 4, restarts: 1 }, inThreadWorker(sent));
    expect(sent).toEqual([]);
    expect(plain(got)).toEqual(plain(sphericalKmeans(matrix, 5, { seed: 4, restarts: 1 })));
  });
});
