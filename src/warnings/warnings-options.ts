import { z } from 'zod';

/**
 * How risk triggers are read in context: the cue words (literals, matched by the same automaton as the lexicon)
 * and how far they reach. Defaults are the ones measured on tests/warnings/risk-sentences.tsv.
 */
export const riskOptionsSchema = z.object({
  /** Words that call off a following trigger in the same clause (没有要投诉工信部的意思). */
  negationCues: z
    .array(z.string().min(1))
    .default([
      '没有要', '没要', '没有想', '没想过', '没想', '没打算', '没有打算', '没准备', '没有准备', '没说要', '没有说要',
      '没有去', '没去', '没有投诉', '没投诉', '没有找', '没找', '没有被', '没被', '没有发生', '没发生', '从没', '从来没',
      '从未', '不会', '不想', '不打算', '不准备', '不是', '不需要', '不用', '不必', '无需', '无意', '并非', '并不',
      '并没有', '不至于', '不去', '不投诉', '不找', '不告', '不曾', '未曾', '绝不', '决不',
      '不考虑', '暂不', '暂时不', '没打', '没有打', '无一个', '无一', '没有一个', '没一个', '无任何', '没接到', '没有接到',
      '未接到', '没收到', '没有收到', '未收到', '从不', '不得', '不存在',
      'not', 'never', "won't", "don't", "didn't", 'no intention', 'no plan',
    ]),
  /**
   * Bare negations that reach only an adjacent trigger (没有老人, 没起火, 不曝光): further away they usually negate
   * something else (没网…整个小区都这样).
   */
  shortNegationCues: z.array(z.string().min(1)).default(['没有', '没', '无', '未', '不', '非', 'no']),
  /** Largest gap (characters) between a short negation cue and the trigger. */
  shortNegationWindow: z.number().int().min(0).default(0),
  /** Prohibitive words: they call off a `threat` category (不要销户) but not a `fact` one (别再推诿了). */
  prohibitiveCues: z.array(z.string().min(1)).default(['不要', '别', '不许', '不准', '莫']),
  /** Words that make a following trigger conditional (再不解决就投诉到工信部): still flagged, `hypothetical: true`. */
  conditionalCues: z
    .array(z.string().min(1))
    .default([
      '如果', '要是', '假如', '假若', '倘若', '若是', '万一', '一旦', '再不', '的话', '否则', '不然', '要不然',
      '除非', '别逼我', '不要逼我', '逼我', '大不了', '还不', '再这样', '再这么', '还这样', '不给解决', '不解决',
      'if ', 'unless', 'otherwise', 'or else',
    ]),
  /**
   * Strings that contain a cue but are not one (是不是 holds 不是, 不是第一次 is no negation): a cue inside one of
   * these is ignored.
   */
  pseudoCues: z
    .array(z.string().min(1))
    .default([
      '不但', '不仅', '不光', '不只', '是不是', '会不会', '要不要', '想不想', '不是第一次', '不是一次两次', '不是一两次', '不是说不', '没有任何人',
      '不得不', '不是很', '不管', '没有办法', '没办法', '不断', '不停', '别人', '别的', '特别', '区别', '分别', '级别',
      '告别', '未来', '未知', '未成年', '不用说', '不会用', '不好', '不行', '不通', '不了', '不到', '不上', '不稳',
      '不满', '不对', '不能', '不给', '不理', '不管用', '不见', '不少', '不起', '不住', '不下', '不动', '不清', '不出',
      '无法', '无人', '无奈', '无语', '没人', '没用', '没法', '没打通', '没打进', '没有打通', 'cannot', 'not only', 'not working', 'no signal',
      'no service', 'no internet', 'not work',
    ]),
  /** Words after which an earlier negation no longer reaches the trigger (我不是要退钱，但/就 …). */
  resetWords: z
    .array(z.string().min(1))
    .default([
      '但', '可是', '而是', '只是', '就', '才', '然后', '所以', '只能', '必须', '一定', '马上', '了', '我要', '我会',
      '我已经', '我就', '直接', 'but', 'so ', "i'll", 'i will',
    ]),
  /** Characters that end a clause: negation never crosses them. */
  clauseBreaks: z.string().default('，,。.！!？?；;：:\n\r'),
  /** Characters that end a sentence: a conditional cue never crosses them (it may cross a comma). */
  sentenceBreaks: z.string().default('。！!？?；;\n\r'),
  /** Largest gap (characters) between the end of a negation cue and the trigger. */
  negationWindow: z.number().int().min(0).default(8),
  /** The same for a Latin-script cue (not, won't): English words are longer than Chinese characters. */
  latinNegationWindow: z.number().int().min(0).default(24),
  /** Largest gap (characters) between the end of a conditional cue and the trigger. */
  conditionalWindow: z.number().int().min(0).default(40),
  /**
   * How far (characters) a clause reaches on each side of a trigger when its token boundaries and `@frame` cues are
   * checked (a sentence: twice as far).
   */
  frameWindow: z.number().int().min(1).default(40),
  /** Largest gap (characters) between a trigger and an `@not` cue that calls it off (4S店退网, fraud alert). */
  notWindow: z.number().int().min(0).default(2),
});

/**
 * Every threshold of the warnings stage with its default. `XOptions` (input) is the public type; the stage
 * uses the resolved output.
 */
export const warningsOptionsSchema = z.object({
  /** How many TOP issues to warn about. */
  topN: z.number().int().min(1).default(10),
  /** Fewest tickets an issue needs in the period to be a TOP warning. */
  topMinTickets: z.number().int().min(1).default(3),
  /** TOP issues ranked at or above this rank that also grew by `topGrowthFactor` are orange, others yellow. */
  topOrangeRank: z.number().int().min(1).default(3),
  /** Growth (period tickets / previous period tickets) that makes a high-ranked TOP issue orange. */
  topGrowthFactor: z.number().positive().default(1.5),
  /** Evidence spans per warning (one per example ticket). */
  examplesPerWarning: z.number().int().min(1).default(3),
  /** Window for the same customer on the same issue, in days. */
  repeatWindowDays: z.number().positive().default(30),
  /** Tickets of one customer on one issue within the window that make a repeat. */
  repeatMinTickets: z.number().int().min(2).default(2),
  /** Repeat size from which the warning is orange instead of yellow. */
  repeatOrangeTickets: z.number().int().min(2).default(3),
  /**
   * Same customer, tickets not on one issue (either has none): they repeat when on the same topic and their
   * distinct terms overlap by at least this Jaccard similarity.
   */
  repeatMinSimilarity: z.number().min(0).max(1).default(0.3),
  /**
   * Same customer, tickets on two issues and two topics: they repeat when their distinct terms overlap by at least
   * this Jaccard similarity (nearly the same words: a big input splits one problem over issues and topics), both
   * with at least `simhashMinTerms` distinct terms (short texts share words by accident).
   */
  repeatAnyTopicMinSimilarity: z.number().min(0).max(1).default(0.6),
  /**
   * Same customer, tickets on one issue: they repeat when their distinct terms overlap by at least this Jaccard
   * similarity (an issue is a whole problem, not a near-duplicate group, so sharing it is not enough).
   */
  repeatSameIssueMinSimilarity: z.number().min(0).max(1).default(0.2),
  /** The same for a stored ticket (no terms kept): their SimHashes within this many bits. */
  repeatSameIssueMaxSimhashDistance: z.number().int().min(0).max(64).default(20),
  /**
   * The same with a repeat marker (第二次反映, 还是没解决 …, `@repeat` lines of the risk lexicon) in either ticket: the
   * customer says it is a repeat, so a smaller overlap is enough, on any topic.
   */
  repeatMarkerMinSimilarity: z.number().min(0).max(1).default(0.15),
  /**
   * A stored ticket (terms not kept, only its SimHash) repeats a ticket without issue when on the same topic and
   * within this many bits (unrelated texts sit near 32; a paraphrase sharing most words within ~12).
   */
  repeatMaxSimhashDistance: z.number().int().min(0).max(64).default(12),
  /** Largest Hamming distance between two 64-bit SimHashes that counts as a near-duplicate. */
  simhashMaxDistance: z.number().int().min(0).max(3).default(3),
  /** Fewest distinct terms a ticket needs before its SimHash is trusted (short texts collide by accident). */
  simhashMinTerms: z.number().int().min(1).default(6),
  /** Persistent issue: present in at least `persistentK` of the last `persistentM` periods (this one included). */
  persistentK: z.number().int().min(1).default(4),
  persistentM: z.number().int().min(1).default(5),
  /**
   * A persistent issue must be local: at least this share of its distinct customers so far in one region (or a place
   * name among its terms). Generic complaint types spread over all regions are TOP warnings, not chronic faults.
   */
  persistentMinRegionShare: z.number().min(0).max(1).default(0.6),
  /** Persistent fault named by a place: fewest tickets of the issue in the window (with most customers in one region). */
  persistentMinPlaceTickets: z.number().int().min(1).default(8),
  /** …and at least this many distinct customers in that region. */
  persistentMinRegionCustomers: z.number().int().min(1).default(3),
  /**
   * …and that many customers in one region must be unlikely by chance: binomial upper tail under the region's share
   * of all tickets at most this.
   */
  persistentMaxPValue: z.number().min(0).max(1).default(0.001),
  /** A suppressed warning is raised again (escalated) when its volume reaches this multiple of the raised volume. */
  escalationFactor: z.number().min(1).default(2),
  /** …and grew by at least this many tickets (1 → 2 doubles but is noise). */
  escalationMinIncrease: z.number().int().min(0).default(3),
  /** Keep continuing (suppressed) warnings in the list with `status: 'continuing'`, or drop them. */
  keepContinuing: z.boolean().default(true),
  /** Mass fault: fewest tickets of one issue in one region in the period. */
  massMinTickets: z.number().int().min(1).default(5),
  /** Mass fault: fewest distinct customers among them. */
  massMinCustomers: z.number().int().min(1).default(3),
  /** Mass fault: smallest share of the issue's period tickets that fall in the region. */
  massMinShare: z.number().min(0).max(1).default(0.5),
  /** Mass fault: from this many tickets the warning is red, else orange. */
  massRedTickets: z.number().int().min(1).default(20),
  /**
   * High-risk tickets of one category with neither an issue nor a region (nothing else ties them together) become
   * one warning from this many tickets of the period, else one warning each. Tickets on one issue or in one region
   * are always one warning per category.
   */
  highRiskGroupMinTickets: z.number().int().min(2).default(2),
  /** High-risk `mass` mentions: from this many tickets in one region in the period, red (tickets without a region never). */
  massMentionRedTickets: z.number().int().min(1).default(3),
  /**
   * Warnings per period in `report.json`'s `digest` (the headline of report.md and report.html): the ones a manager
   * must see first, by level, novelty (new and escalated before continuing) and size. The rest stay in the full
   * list and warnings.csv.
   */
  digestSize: z.number().int().min(1).default(20),
  risk: riskOptionsSchema.default(riskOptionsSchema.parse({})),
});

/** Options of the risk matcher as a caller passes them. */
export type RiskOptions = z.input<typeof riskOptionsSchema>;
/** Options of the warnings stage as a caller passes them. */
export type WarningsOptions = z.input<typeof warningsOptionsSchema>;
/** Resolved options of the warnings stage. */
export type ResolvedWarningsOptions = z.output<typeof warningsOptionsSchema>;
