import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { normalizeOptionsSchema } from '../normalize/normalize-options.js';

/** Threads the parallel stages use when the caller does not say: one per core, at most 2 (measured on 2 cores). */
export const defaultThreads = (): number => Math.min(2, availableParallelism());

/** Options of `normalizeAndSegment`, every default here. */
export const parallelOptionsSchema = z.object({
  /** Worker threads for normalize+segment; 1 runs everything on the calling thread. Default: cores, at most 2. */
  threads: z.number().int().min(1).max(64).default(defaultThreads),
  /**
   * Inputs with fewer tickets run on the calling thread: starting a worker (module load plus jieba's dictionary,
   * ~0.15-0.4 s) costs more than segmenting a few thousand tickets.
   */
  minParallelTickets: z.number().int().min(0).default(20_000),
  /** Tickets per message to a worker: big enough to amortise the message, small enough to balance the workers. */
  chunkTickets: z.number().int().min(1).default(8192),
  /** Options of the normalize stage. */
  normalize: normalizeOptionsSchema.prefault({}),
});

/** Options of `normalizeAndSegment` as a caller passes them. */
export type ParallelOptions = z.input<typeof parallelOptionsSchema>;
/** Resolved options of `normalizeAndSegment`. */
export type ResolvedParallelOptions = z.output<typeof parallelOptionsSchema>;
