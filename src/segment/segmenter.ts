/**
 * A word segmenter: splits text into tokens whose concatenation is the input (blanks and punctuation come
 * back as tokens too). Adapters: {@link createNodeRsSegmenter} (default) and `createNodejiebaSegmenter`.
 */
export interface Segmenter {
  /** Adapter name, written into the resolved config. */
  readonly name: string;
  /** Splits `text` into tokens; `tokens.join('') === text`. */
  cut(text: string): string[];
}
