/** One risk trigger found in a text. `text.slice(start, end) === term` on the text given to `detectRisk`. */
export interface RiskMatch {
  category: string;
  term: string;
  start: number;
  end: number;
  /** A negation in the same clause calls the trigger off (没有要投诉工信部的意思): not a risk. */
  negated: boolean;
  /** A conditional threat (再不解决就投诉到工信部): still a risk. */
  hypothetical: boolean;
  /**
   * Who raised it, when the matcher has a classifier: `lexicon` (a trigger the classifier did not veto) or
   * `classifier` (no trigger; the span is the sentence's most weighted word or character n-gram). Absent without one.
   */
  by?: 'lexicon' | 'classifier';
  /** The classifier's probability for the category in the match's sentence (with a classifier only). */
  score?: number;
}
