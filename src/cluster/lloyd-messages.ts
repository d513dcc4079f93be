import type { CsrRows } from './spherical-kmeans.js';

/** Seeded k-means restarts sent to a Lloyd worker: the rows to fit and each restart's seed centroids. */
export interface LloydRequest {
  matrix: CsrRows;
  runs: Array<{ k: number; weights: Float32Array }>;
  maxIterations: number;
  tolerance: number;
}

/** A Lloyd worker's answer: each restart's final centroids and assignment, or the message of the error that stopped it. */
export type LloydReply =
  | { runs: Array<{ weights: Float32Array; assignments: Int32Array; similarities: Float32Array; converged: boolean }> }
  | { error: string };
