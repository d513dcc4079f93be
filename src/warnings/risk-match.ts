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
}
