import type { Topic } from '../report/report-schema.js';
import type { TfidfMatrix } from './tfidf-matrix.js';

/** What {@link clusterTopics} returns. */
export interface TopicClustering {
  /** Topic index (into `topics`) of every ticket; every ticket has one. */
  assignments: Int32Array;
  /** Topics, largest first: ids `T1`, `T2`, … */
  topics: Topic[];
  /** Each topic's centroid as its top terms with weights (unit length over the kept terms), for the classifier. */
  centroids: Array<Array<[term: string, weight: number]>>;
  /** The TF-IDF matrix the topics were fitted on. */
  matrix: TfidfMatrix;
}
