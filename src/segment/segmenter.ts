/**
 * A word segmenter: splits text into tokens whose concatenation is the input (blanks and punctuation come
 * back as tokens too). Adapters: {@link createNodeRsSegmenter} (default) and `createNodejiebaSegmenter`.
 */
export interface Segmenter {
  /** Adapter name, written into the resolved config. */
  readonly name: string;
  /** Splits `text` into tokens; `tokens.join('') === text`. */
  cut(text: string): string[];
  /**
   * True when worker threads may cut for this adapter: each worker builds the @node-rs/jieba adapter with the run's
   * dictionary, so only that adapter declares it. Others (nodejieba, ~250 MB a thread; a caller's own segmenter,
   * which cannot cross threads) cut on the calling thread, and a large run says so in its messages.
   */
  readonly inWorkers?: boolean;
  /**
   * True when the dictionary cuts `word` as one token tagged as a verb (开通, 申请): word discovery does not take a
   * verb followed by a suffix (开通会员, 申请房贷) for a name. Adapters without part-of-speech tags leave it out.
   */
  isVerb?(word: string): boolean;
}
