import { z } from 'zod';

/** TF-IDF vectorisation: vocabulary pruning and weighting. */
export const tfidfOptionsSchema = z.object({
  /** A term must occur in at least this many tickets to become a feature. */
  minDf: z.number().int().min(1).default(2),
  /** A term in more than this share of tickets is dropped (too common to separate anything). */
  maxDfRatio: z.number().gt(0).max(1).default(0.5),
  /** Keep at most this many features, the most frequent first (0 = no cap). */
  maxFeatures: z.number().int().min(0).default(20_000),
  /** Use 1 + log(tf) instead of raw tf. */
  sublinearTf: z.boolean().default(true),
});

/** Sparse spherical k-means. */
export const kmeansOptionsSchema = z.object({
  /** Independent k-means++ restarts; the best objective is kept. */
  restarts: z.number().int().min(1).default(4),
  maxIterations: z.number().int().min(1).default(40),
  /** Stop when fewer than this share of points change cluster in an iteration. */
  tolerance: z.number().min(0).default(0.001),
  /** Fit on a random sample of at most this many rows and assign the rest (0 = always fit on all). */
  sampleSize: z.number().int().min(0).default(20_000),
  seed: z.number().int().default(42),
});

/** Coarse topics. */
export const topicOptionsSchema = z.object({
  /** Number of topics; automatic when omitted (`--topics K`). */
  k: z.number().int().min(1).optional(),
  /** Automatic k: candidates are tried between these bounds and scored by silhouette on a sample. */
  minK: z.number().int().min(2).default(4),
  maxK: z.number().int().min(2).default(16),
  /** Tickets used to score a candidate k by silhouette. */
  silhouetteSample: z.number().int().min(50).default(2_000),
  /** Measured on online_shopping_10_cats: min df 5, max df 10 %, 5,000 features gave NMI 0.48-0.53 vs 0.39-0.47 with 2/50 %/20,000. */
  tfidf: tfidfOptionsSchema.default(tfidfOptionsSchema.parse({ minDf: 5, maxDfRatio: 0.1, maxFeatures: 5_000 })),
  kmeans: kmeansOptionsSchema.default(kmeansOptionsSchema.parse({})),
  /** Terms in a topic's `terms` list. */
  labelTerms: z.number().int().min(1).default(8),
});

/** Fine-grained recurring issues. */
export const issueOptionsSchema = z.object({
  /** Top TF-IDF terms of each ticket whose pairs are its candidate keys (6 terms: 15 keys). */
  topTerms: z.number().int().min(1).default(6),
  /**
   * Each ticket is compared with this many most recent earlier tickets of each of its keys, so linking costs at
   * most tickets · keys · window cosines whatever the term frequencies.
   */
  pairWindow: z.number().int().min(1).default(8),
  /** Links a ticket keeps to earlier tickets, the most similar first: bounds the link graph to tickets · maxLinks. */
  maxLinks: z.number().int().min(1).default(8),
  /** Cosine similarity (after the place/product boost) a pair needs to be linked. */
  minSimilarity: z.number().min(0).max(1).default(0.5),
  /**
   * Terms two tickets must share to be linked: one shared word lets one-word reviews (质量不错) chain 17,110 of
   * 62,774 online-shopping reviews into one group; two keep issues to "a place + a fault".
   */
  minSharedTerms: z.number().int().min(1).default(2),
  /** A ticket is a core ticket when it has at least this many links; groups grow only through core tickets. */
  minCoreLinks: z.number().int().min(1).default(2),
  /** A group larger than max(maxGroupMin, maxGroupShare · tickets) is split by re-linking it at a higher threshold. */
  maxGroupShare: z.number().gt(0).max(1).default(0.05),
  maxGroupMin: z.number().int().min(2).default(200),
  /** Minimum tickets of an issue. */
  minTickets: z.number().int().min(2).default(3),
  /** Minimum distinct customers of an issue (a ticket without a customer counts as its own). */
  minCustomers: z.number().int().min(1).default(3),
  /** Weight multiplier of place and product terms (小区, 花园, 苑, 路, 套餐 …) before normalising. */
  placeBoost: z.number().min(1).default(2),
  /** Cosine to a stored signature for an issue to keep its id. */
  matchSimilarity: z.number().min(0).max(1).default(0.5),
  /** Terms kept in an issue signature. */
  signatureTerms: z.number().int().min(1).default(12),
  /** Terms in an issue's `terms` list. */
  labelTerms: z.number().int().min(1).default(6),
  /** IANA time zone of `firstSeen` / `lastSeen` and of the default period id. */
  timeZone: z.string().default('Asia/Shanghai'),
  tfidf: tfidfOptionsSchema.default(tfidfOptionsSchema.parse({ minDf: 2, maxDfRatio: 0.2, maxFeatures: 0 })),
  heat: z
    .object({
      /** Weight of log(1 + tickets). */
      tickets: z.number().min(0).default(1),
      /** Weight of log(1 + distinct customers). */
      customers: z.number().min(0).default(1),
      /** Weight of log2 growth against the previous period, clamped to [-2, 3]. */
      growth: z.number().min(0).default(0.5),
      /** Weight of time concentration in [0, 1]. */
      concentration: z.number().min(0).default(0.5),
    })
    .default({ tickets: 1, customers: 1, growth: 0.5, concentration: 0.5 }),
});

/** All clustering options, as `cluster` in the analyze config. */
export const clusterOptionsSchema = z.object({
  topics: topicOptionsSchema.default(topicOptionsSchema.parse({})),
  issues: issueOptionsSchema.default(issueOptionsSchema.parse({})),
});

/** TF-IDF options as a caller passes them. */
export type TfidfOptions = z.input<typeof tfidfOptionsSchema>;
/** Spherical k-means options as a caller passes them. */
export type KmeansOptions = z.input<typeof kmeansOptionsSchema>;
/** Topic options as a caller passes them. */
export type TopicOptions = z.input<typeof topicOptionsSchema>;
/** Topic options resolved, every default filled in. */
export type ResolvedTopicOptions = z.output<typeof topicOptionsSchema>;
/** Issue options as a caller passes them. */
export type IssueOptions = z.input<typeof issueOptionsSchema>;
/** All clustering options as a caller passes them. */
export type ClusterOptions = z.input<typeof clusterOptionsSchema>;
