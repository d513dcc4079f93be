import type { RiskMatcher } from './create-risk-matcher.js';
import { detectRisk } from './detect-risk.js';

/** One labelled sentence: the categories a reader expects flagged (empty for none). */
export interface LabelledRiskSentence {
  sentence: string;
  expected: string[];
  note: string;
}

/** Precision and recall of one category (or of all, micro-averaged). */
export interface RiskScore {
  category: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

/** What {@link evaluateRisk} measured. */
export interface RiskEvaluation {
  perCategory: RiskScore[];
  overall: RiskScore;
  /** Sentences whose note says `negation` but that were flagged anyway. */
  flaggedNegations: string[];
  /** Sentence-level mistakes, for reading. */
  errors: Array<{ sentence: string; expected: string[]; got: string[] }>;
}

/** Parses the labelled TSV (`sentence<TAB>categories<TAB>note`, header line first). */
export function parseLabelledRiskSentences(text: string): LabelledRiskSentence[] {
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [sentence = '', categories = '', note = ''] = line.split('\t');
      const expected = categories.split(',').map((c) => c.trim()).filter((c) => c !== '');
      return { sentence, expected, note };
    });
}

function score(category: string, tp: number, fp: number, fn: number): RiskScore {
  return {
    category,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/**
 * Scores the matcher on labelled sentences, per (sentence, category) pair: a sentence is flagged for a category
 * when it has at least one non-negated match of it.
 */
export function evaluateRisk(rows: readonly LabelledRiskSentence[], matcher: RiskMatcher): RiskEvaluation {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const id of matcher.lexicon.categories.keys()) counts.set(id, { tp: 0, fp: 0, fn: 0 });
  const flaggedNegations: string[] = [];
  const errors: RiskEvaluation['errors'] = [];
  for (const row of rows) {
    const got = [...new Set(detectRisk(row.sentence, matcher).filter((m) => !m.negated).map((m) => m.category))].sort();
    const expected = new Set(row.expected);
    for (const category of new Set([...got, ...expected])) {
      const c = counts.get(category) ?? { tp: 0, fp: 0, fn: 0 };
      counts.set(category, c);
      const hit = got.includes(category);
      if (hit && expected.has(category)) c.tp++;
      else if (hit) c.fp++;
      else c.fn++;
    }
    if (row.expected.length === 0 && /negation/.test(row.note) && got.length > 0) flaggedNegations.push(row.sentence);
    if (got.join(',') !== [...expected].sort().join(',')) errors.push({ sentence: row.sentence, expected: row.expected, got });
  }
  const perCategory = [...counts].map(([category, c]) => score(category, c.tp, c.fp, c.fn));
  const sum = (k: 'truePositives' | 'falsePositives' | 'falseNegatives'): number => perCategory.reduce((s, c) => s + c[k], 0);
  const overall = score('overall', sum('truePositives'), sum('falsePositives'), sum('falseNegatives'));
  return { perCategory, overall, flaggedNegations, errors };
}
