import type { Corpus } from '../core/corpus.js';
import { buildTfidf } from './build-tfidf.js';
import { chooseK } from './choose-k.js';
import { topicOptionsSchema, type ResolvedTopicOptions, type TopicOptions } from './cluster-options.js';
import { labelClusters } from './label-clusters.js';
import { finishKmeans, planKmeans, sphericalKmeans, type Centroids, type KmeansResult } from './spherical-kmeans.js';
import { iterateInWorker, startLloydWorker } from './iterate-in-worker.js';
import type { TfidfMatrix } from './tfidf-matrix.js';
import type { TopicClustering } from './topic-clustering.js';
import { defaultThreads } from '../parallel/parallel-options.js';
import { parseOptions } from '../core/parse-options.js';

/** Terms kept per topic centroid for the classifier. */
const CENTROID_TERMS = 60;

/**
 * Work per Lloyd iteration (term occurrences of the rows fitted × k) from which {@link startClusterTopics} runs the
 * restarts in a worker thread (65-72 ms to start it and get a first answer, spent while the matrix is built and k
 * chosen). Measured at 100,000 tickets: real reviews (3.1 M, restarts of 236-343 ms) gain 0.45 s; the generated
 * exports (1.3-1.5 M, restarts of 25-34 ms) gain nothing measurable, so they stay on the calling thread.
 */
export const MIN_KMEANS_WORKER_WORK = 2_000_000;

/**
 * Partitions all tickets into coarse topics: TF-IDF (pruned as in `options.tfidf`), sparse spherical k-means with
 * k from `options.k` or chosen by silhouette, topics renumbered largest first and labelled with c-TF-IDF. Tickets
 * without any kept term join the largest topic, so every ticket is in exactly one. Deterministic for a seed.
 *
 * Measured alternatives (docs/clustering.md) — over-clustering then merging, and re-clustering on the most
 * cluster-specific terms — did not beat plain spherical k-means on pruned TF-IDF, so they are not used.
 */
export function clusterTopics(corpus: Corpus, options: TopicOptions = {}): TopicClustering {
  const input = topicInput(corpus, parseOptions(topicOptionsSchema, options, 'cluster.topics'));
  return topicsFrom(corpus, input, input.k === 0 ? noTopics(input) : sphericalKmeans(input.matrix, input.k, input.opts.kmeans));
}

/** Topic clustering under way (see {@link startClusterTopics}). */
export interface PendingTopics {
  /** Waits for the k-means restarts still running and builds the topics. */
  result(): Promise<TopicClustering>;
  /** Stops the worker thread, if any, without a result (after a failure elsewhere); harmless after `result()`. */
  close(): Promise<void>;
}

/**
 * {@link clusterTopics} in two steps, so the caller can work while k-means runs: this builds the TF-IDF matrix,
 * chooses k and, when the fit is big enough to pay for a worker thread (`minWork`, default
 * {@link MIN_KMEANS_WORKER_WORK}) and `threads` (default: one per core, at most 2) allows one, sends every seeded
 * restart to it; `result()` waits for them and builds the
 * topics. Same topics as clusterTopics (same seeds, same arithmetic). `analyze` counts terms and detects rising
 * terms on the calling thread meanwhile.
 */
export function startClusterTopics(
  corpus: Corpus,
  options: TopicOptions = {},
  parallel: { threads?: number; minWork?: number } = {},
): PendingTopics {
  const opts = parseOptions(topicOptionsSchema, options, 'cluster.topics');
  const threads = parallel.threads ?? defaultThreads();
  const minWork = parallel.minWork ?? MIN_KMEANS_WORKER_WORK;
  // An upper bound of the work before the matrix exists (every term occurrence of the rows fitted, at the largest
  // k), so the worker can start loading while the matrix is built and k chosen.
  let terms = 0;
  for (const doc of corpus.docs) terms += doc.termIds.length;
  const fitShare = opts.kmeans.sampleSize > 0 ? Math.min(1, opts.kmeans.sampleSize / Math.max(1, corpus.docs.length)) : 1;
  const maxK = opts.k ?? opts.maxK;
  let worker = threads > 1 && terms * fitShare * maxK >= minWork ? startLloydWorker() : undefined;
  const close = async (): Promise<void> => {
    const closing = worker;
    worker = undefined;
    await closing?.close();
  };
  try {
    const input = topicInput(corpus, opts);
    const fitNnz = input.matrix.indptr[input.matrix.rows]! * fitShare;
    if (input.k === 0 || !worker || fitNnz * input.k < minWork) {
      const closed = close();
      return {
        result: async () => {
          await closed;
          return topicsFrom(corpus, input, input.k === 0 ? noTopics(input) : sphericalKmeans(input.matrix, input.k, input.opts.kmeans));
        },
        close: () => closed,
      };
    }
    const plan = planKmeans(input.matrix, input.k, input.opts.kmeans);
    const sent = iterateInWorker(plan, plan.runs.map((_, r) => r), worker);
    return {
      result: async () => {
        try {
          await sent;
        } finally {
          await close();
        }
        return topicsFrom(corpus, input, finishKmeans(input.matrix, plan));
      },
      close,
    };
  } catch (error) {
    void close();
    throw error;
  }
}

/** What clustering topics starts from: resolved options, the TF-IDF matrix and k (0 when no ticket has a kept term). */
interface TopicInput {
  opts: ResolvedTopicOptions;
  matrix: TfidfMatrix;
  k: number;
}

function topicInput(corpus: Corpus, opts: ResolvedTopicOptions): TopicInput {
  const matrix = buildTfidf(corpus, opts.tfidf);
  const n = corpus.docs.length;
  let nonEmpty = 0;
  for (let i = 0; i < n; i++) if (matrix.indptr[i + 1]! > matrix.indptr[i]!) nonEmpty++;
  const k =
    nonEmpty === 0
      ? 0
      : Math.min(
          nonEmpty,
          opts.k ??
            chooseK(matrix, { minK: opts.minK, maxK: opts.maxK, sample: opts.silhouetteSample, seed: opts.kmeans.seed }),
        );
  return { opts, matrix, k };
}

/** The k-means result of an input without any kept term: one empty centroid, every ticket unassigned. */
function noTopics(input: TopicInput): Pick<KmeansResult, 'assignments' | 'centroids'> {
  return {
    assignments: new Int32Array(input.matrix.rows).fill(-1),
    centroids: { k: 1, cols: input.matrix.cols, weights: new Float32Array(input.matrix.cols) },
  };
}

/** Topics from a k-means result: renumbered largest first, labelled, every ticket in exactly one. */
function topicsFrom(corpus: Corpus, input: TopicInput, raw: Pick<KmeansResult, 'assignments' | 'centroids'>): TopicClustering {
  const { opts, matrix } = input;
  const n = corpus.docs.length;
  const k = raw.centroids.k;
  // Renumber by size (largest first, ties by old index) so ids are stable for a seed and read naturally.
  const sizes = new Uint32Array(k);
  for (const c of raw.assignments) if (c >= 0) sizes[c]! += 1;
  const order = Array.from(sizes.keys()).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const used = order.filter((c) => sizes[c]! > 0);
  if (used.length === 0) used.push(0);
  const newIndex = new Int32Array(k).fill(-1);
  used.forEach((c, i) => {
    newIndex[c] = i;
  });
  const assignments = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = raw.assignments[i] ?? -1;
    assignments[i] = c >= 0 ? newIndex[c]! : 0;
  }

  const labels = labelClusters(corpus, assignments, used.length, matrix, { terms: opts.labelTerms });
  const ticketIds: string[][] = used.map(() => []);
  for (let i = 0; i < n; i++) ticketIds[assignments[i]!]!.push(corpus.tickets[i]?.id ?? String(i));
  const topics = used.map((_, t) => ({
    id: `T${t + 1}`,
    label: labels[t]?.label || '其他',
    terms: labels[t]?.terms ?? [],
    ticketIds: ticketIds[t] ?? [],
  }));
  const centroids = used.map((c) => topCentroidTerms(raw.centroids, matrix.terms, c));
  return { assignments, topics, centroids, matrix };
}

/** A centroid's `CENTROID_TERMS` heaviest terms, re-normalised to unit length. */
function topCentroidTerms(centroids: Centroids, terms: string[], c: number): Array<[string, number]> {
  const pairs: Array<[string, number]> = [];
  for (let j = 0; j < centroids.cols; j++) {
    const w = centroids.weights[j * centroids.k + c]!;
    if (w > 0) pairs.push([terms[j] ?? '', w]);
  }
  pairs.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const top = pairs.slice(0, CENTROID_TERMS);
  const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return top.map(([t, w]) => [t, w / norm]);
}
