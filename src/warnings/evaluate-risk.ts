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

/** One labelled high-risk decision on a real export: which categories a service manager wants raised for a ticket. */
export interface LabelledRiskTicket {
  /** Dataset name (a key of the evaluation's dataset table). */
  dataset: string;
  /** The ticket's id in that dataset. */
  id: string;
  /** Expected categories; empty: no high-risk warning wanted. */
  expected: string[];
  /** One line saying why. */
  reason: string;
}

/**
 * Parses a risk label file (`dataset<TAB>id<TAB>categories<TAB>reason`, `#` comments, a `dataset` header line).
 * Throws on a line without dataset or id, naming the line.
 */
export function parseRiskLabels(text: string, file = 'risk-labels.tsv'): LabelledRiskTicket[] {
  const rows: LabelledRiskTicket[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#') || line.startsWith('dataset\t')) return;
    const [dataset = '', id = '', categories = '', reason = ''] = line.split('\t');
    if (dataset.trim() === '' || id.trim() === '') {
      throw new Error(`${file}:${index + 1}: expected "dataset<TAB>id<TAB>categories<TAB>reason", got "${line}"`);
    }
    const expected = categories.split(',').map((c) => c.trim()).filter((c) => c !== '');
    rows.push({ dataset: dataset.trim(), id: id.trim(), expected, reason: reason.trim() });
  });
  return rows;
}

/** Precision and recall on labelled tickets, overall, per category and per dataset. */
export interface RiskLabelEvaluation {
  overall: RiskScore;
  perCategory: RiskScore[];
  /** One score per dataset (`category` holds the dataset name), over all its (ticket, category) pairs. */
  perDataset: RiskScore[];
  /** Labelled tickets per category (positives), so a reader knows which categories have enough samples. */
  positives: Map<string, number>;
  /** Ticket-level mistakes. */
  errors: Array<{ dataset: string; id: string; expected: string[]; got: string[]; reason: string }>;
  /** Labels whose ticket was not found (dataset missing or id unknown). */
  missing: LabelledRiskTicket[];
}

/**
 * Scores labelled tickets per (ticket, category) pair. `flag(row)` returns the categories raised for the row's ticket
 * (non-negated matches), or undefined when its text is not available (the row is then listed as missing).
 */
export function evaluateRiskLabels(
  rows: readonly LabelledRiskTicket[],
  flag: (row: LabelledRiskTicket) => readonly string[] | undefined,
): RiskLabelEvaluation {
  type Count = { tp: number; fp: number; fn: number };
  const byCategory = new Map<string, Count>();
  const byDataset = new Map<string, Count>();
  const positives = new Map<string, number>();
  const errors: RiskLabelEvaluation['errors'] = [];
  const missing: LabelledRiskTicket[] = [];
  const bump = (map: Map<string, Count>, key: string, field: keyof Count): void => {
    const c = map.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    c[field]++;
    map.set(key, c);
  };
  for (const row of rows) {
    const found = flag(row);
    if (found === undefined) {
      missing.push(row);
      continue;
    }
    const got = [...new Set(found)].sort();
    const expected = new Set(row.expected);
    if (!byDataset.has(row.dataset)) byDataset.set(row.dataset, { tp: 0, fp: 0, fn: 0 });
    for (const c of expected) positives.set(c, (positives.get(c) ?? 0) + 1);
    for (const category of new Set([...got, ...expected])) {
      const field: keyof Count = got.includes(category) ? (expected.has(category) ? 'tp' : 'fp') : 'fn';
      bump(byCategory, category, field);
      bump(byDataset, row.dataset, field);
    }
    if (got.join(',') !== [...expected].sort().join(',')) errors.push({ dataset: row.dataset, id: row.id, expected: row.expected, got, reason: row.reason });
  }
  const scores = (map: Map<string, Count>): RiskScore[] =>
    [...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, c]) => score(key, c.tp, c.fp, c.fn));
  const perCategory = scores(byCategory);
  const sum = (k: 'truePositives' | 'falsePositives' | 'falseNegatives'): number => perCategory.reduce((s, c) => s + c[k], 0);
  return {
    overall: score('overall', sum('truePositives'), sum('falsePositives'), sum('falseNegatives')),
    perCategory,
    perDataset: scores(byDataset),
    positives,
    errors,
    missing,
  };
}
