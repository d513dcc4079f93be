import type { Corpus } from '../core/corpus.js';
import { buildTfidf } from './build-tfidf.js';
import { chooseK } from './choose-k.js';
import { topicOptionsSchema, type TopicOptions } from './cluster-options.js';
import { labelClusters } from './label-clusters.js';
import { sphericalKmeans, type Centroids } from './spherical-kmeans.js';
import type { TopicClustering } from './topic-clustering.js';

/** Terms kept per topic centroid for the classifier. */
const CENTROID_TERMS = 60;

/**
 * Partitions all tickets into coarse topics: TF-IDF (pruned as in `options.tfidf`), sparse spherical k-means with
 * k from `options.k` or chosen by silhouette, topics renumbered largest first and labelled with c-TF-IDF. Tickets
 * without any kept term join the largest topic, so every ticket is in exactly one. Deterministic for a seed.
 *
 * Measured alternatives (docs/clustering.md) — over-clustering then merging, and re-clustering on the most
 * cluster-specific terms — did not beat plain spherical k-means on pruned TF-IDF, so they are not used.
 */
export function clusterTopics(corpus: Corpus, options: TopicOptions = {}): TopicClustering {
  const opts = topicOptionsSchema.parse(options);
  const matrix = buildTfidf(corpus, opts.tfidf);
  const n = corpus.docs.length;
  let nonEmpty = 0;
  for (let i = 0; i < n; i++) if (matrix.indptr[i + 1]! > matrix.indptr[i]!) nonEmpty++;
  const k =
    nonEmpty === 0
      ? 1
      : Math.min(
          nonEmpty,
          opts.k ??
            chooseK(matrix, { minK: opts.minK, maxK: opts.maxK, sample: opts.silhouetteSample, seed: opts.kmeans.seed }),
        );
  const raw =
    nonEmpty === 0
      ? { assignments: new Int32Array(n).fill(-1), centroids: { k: 1, cols: matrix.cols, weights: new Float32Array(matrix.cols) } }
      : sphericalKmeans(matrix, k, opts.kmeans);

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
