import { z } from 'zod';

/**
 * Characters that carry grammar, not a name: a candidate word may not start or end with one, nor be made of them
 * for half its length or more (我的, 了一, 是不是).
 */
export const DEFAULT_FUNCTION_CHARS =
  '的了着过地得之吗呢吧啊呀哦嘛么哈啦喔哎唉呗我你您他她它们咱这那哪此其某每各该是在不没未别非就也都还又再才只仅已曾将要' +
  '会能可想应被把给让叫向往从对于为以而且但却并及与和跟或如若虽因所则即便等个些次种样件位条张笔很太更最挺越到去说做比用' +
  '一二三四五六七八九十两几';

/** Characters that join words into a phrase and never sit inside a name (书的内容, 量很足, 天就降价). */
export const DEFAULT_INNER_FUNCTION_CHARS = '的很就';

/**
 * Endings of the entities complaints hinge on: firms and brands (捷信金融, 中原消费金融, 招联好期贷, 安逸花), places
 * (锦绣江南小区, 幸福路) and products or services (视频彩铃, 畅享套餐). A candidate ending in one (and longer than it)
 * is an entity: it may have a weaker internal bond (中原 + 消费金融 are each common) and a fixed right neighbour
 * (…金融公司), but needs a varied left neighbour like every word.
 */
export const DEFAULT_ENTITY_SUFFIXES = [
  // firms and brands
  '银行', '金融', '保险', '人寿', '财险', '公司', '集团', '证券', '信托', '小贷', '贷', '花', '呗', '钱包', '白条',
  // places
  '小区', '苑', '城', '花园', '家园', '街道', '路', '村', '镇', '广场', '大厦', '公寓',
  // products and services
  '套餐', '卡', '业务', '彩铃', '会员',
];

/** Options of {@link discoverWords}, every default here. */
export const discoverWordsOptionsSchema = z
  .object({
    /** Read at most this many texts (the first ones): the cost is linear in the sample, not in the export. */
    sampleSize: z.number().int().min(1).default(30_000),
    /**
     * Stop taking texts once the sample holds this many characters (UTF-16 code units): the cost follows the
     * characters, and long tickets would otherwise make a sample of 30,000 texts several times dearer. About
     * 10,000 texts of 100 characters; frequent names and terms are found well before that.
     */
    sampleChars: z.number().int().min(1).default(1_000_000),
    /** Shortest word, in characters. */
    minLength: z.number().int().min(2).max(12).default(2),
    /** Longest word, in characters (中原消费金融 is 6). */
    maxLength: z.number().int().min(2).max(12).default(6),
    /** A word must occur at least this many times in the sample. */
    minFrequency: z.number().int().min(2).default(5),
    /** A word must occur in at least this many texts of the sample. */
    minTickets: z.number().int().min(2).default(4),
    /**
     * Internal bond: over every split point of the word, the smallest P(word) / (P(left) P(right)), probabilities
     * per character of the sample. 1 means the parts meet by chance.
     */
    minCohesion: z.number().min(1).default(40),
    /** Lowest cohesion of an entity (ends in an entity suffix): its name and suffix are often common words. */
    minEntityCohesion: z.number().min(1).default(10),
    /** Smallest left and right neighbour entropy (nats) of a word: it occurs in varied contexts. */
    minEntropy: z.number().min(0).default(1.5),
    /** Smallest left neighbour entropy of an entity (its right neighbour may be fixed: …金融公司). */
    minEntityEntropy: z.number().min(0).default(1.5),
    /**
     * A word inside a longer accepted word is dropped when it occurs at most this factor times as often as the longer
     * one (联好期 in 招联好期贷: it hardly occurs elsewhere). Keeps the longest form.
     */
    nestedRatio: z.number().min(1).default(1.25),
    /** Return at most this many words, highest score first. */
    maxWords: z.number().int().min(0).default(200),
    /** See {@link DEFAULT_FUNCTION_CHARS}. */
    functionChars: z.string().default(DEFAULT_FUNCTION_CHARS),
    /** See {@link DEFAULT_INNER_FUNCTION_CHARS}: a candidate holding one anywhere is rejected. */
    innerFunctionChars: z.string().default(DEFAULT_INNER_FUNCTION_CHARS),
    /** See {@link DEFAULT_ENTITY_SUFFIXES}. */
    entitySuffixes: z.array(z.string().min(1)).default(DEFAULT_ENTITY_SUFFIXES),
  })
  .refine((o) => o.minLength <= o.maxLength, { message: 'expected minLength <= maxLength', path: ['minLength'] });

/** Word discovery options as a caller passes them (all optional). */
export type DiscoverWordsOptions = z.input<typeof discoverWordsOptionsSchema>;
/** Word discovery options resolved with defaults. */
export type ResolvedDiscoverWordsOptions = z.output<typeof discoverWordsOptionsSchema>;
