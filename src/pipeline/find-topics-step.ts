import { startClusterTopics, type PendingTopics } from '../cluster/cluster-topics.js';
import type { TopicClustering } from '../cluster/topic-clustering.js';
import { defaultThreads } from '../parallel/parallel-options.js';
import type { PreparedTexts } from './prepare-texts-step.js';
import type { RisenTerms } from './detect-rising-step.js';

/** The run's topics, beside what steps 1-3 gave. */
export interface FoundTopics extends RisenTerms {
  /** Topics (every ticket in one), each ticket's topic, the centroids and the TF-IDF matrix they were fitted on. */
  clustering: TopicClustering;
}

/**
 * Starts the topic clustering of step 4 on the run's tickets: its k-means restarts run in a worker thread (on large
 * inputs) while the caller counts terms and detects rising terms; {@link findTopics} takes the result.
 */
export function startTopics(texts: PreparedTexts): PendingTopics {
  const opts = texts.run.options;
  texts.run.stage('clustering topics');
  return startClusterTopics(
    texts.corpus,
    {
      ...opts.cluster.topics,
      ...(opts.topics === undefined ? {} : { k: opts.topics }),
      kmeans: { ...opts.cluster.topics.kmeans, seed: opts.seed },
    },
    { threads: opts.threads > 0 ? opts.threads : defaultThreads() },
  );
}

/** Runs `work` while the topics are clustered; when it fails, stops the clustering (its worker thread) before rethrowing. */
export async function whileClustering<T>(pending: PendingTopics, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    await pending.close();
    throw error;
  }
}

/**
 * Step 4 of a run: coarse topics that partition every ticket (TF-IDF, spherical k-means, c-TF-IDF labels), seeded
 * so the same input gives the same topics. `pending` is a clustering started earlier with {@link startTopics}; one
 * is started here when left out.
 */
export async function findTopics(risen: RisenTerms, pending: PendingTopics = startTopics(risen)): Promise<FoundTopics> {
  risen.run.stage('labelling topics');
  return { ...risen, clustering: await pending.result() };
}
