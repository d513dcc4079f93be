/** A warning level, most severe first: red > orange > yellow. */
export type WarningLevel = 'red' | 'orange' | 'yellow';

/**
 * A risk category as declared in the lexicon header (`@category` lines). `scope` says how prohibitive words
 * (不要, 别) read before a trigger: a `threat` (投诉到工信部, 销户) is called off by them ("不要销户"), a `fact`
 * (推诿, 骚扰电话) is complained about by them ("别再推诿了") and stays a risk.
 */
export interface RiskCategory {
  id: string;
  /** Chinese display name, e.g. 监管投诉. */
  name: string;
  /** Level of a warning for this category unless a rule or an entry says otherwise. */
  level: WarningLevel;
  scope: 'threat' | 'fact';
}

/** One literal lexicon entry. */
export interface RiskEntry {
  /** The literal trigger (never a pattern). */
  term: string;
  /** Category id. */
  category: string;
  /** Entry-level override of the category's level. */
  level?: WarningLevel;
}

/** A parsed risk lexicon. */
export interface RiskLexicon {
  categories: Map<string, RiskCategory>;
  entries: RiskEntry[];
  /**
   * Longer words that contain a trigger but are not a risk (多媒体 holds 媒体): a trigger inside one of these is
   * not reported. Category `-` in the file.
   */
  exclusions: string[];
  /**
   * Phrases by which a customer says the ticket repeats an earlier one (第二次反映, 再次投诉, 还是没解决): not risks,
   * evidence for repeat detection. `@repeat` lines in the file. Optional so hand-built lexicons need not list any.
   */
  repeatMarkers?: string[];
}

const LEVEL_RANK: Record<WarningLevel, number> = { yellow: 1, orange: 2, red: 3 };

/** Numeric severity of a level (yellow 1, orange 2, red 3), for comparisons. */
export function levelRank(level: WarningLevel): number {
  return LEVEL_RANK[level];
}

/** The more severe of two levels. */
export function maxLevel(a: WarningLevel, b: WarningLevel): WarningLevel {
  return LEVEL_RANK[a] >= LEVEL_RANK[b] ? a : b;
}

/** Whether a string is a warning level. */
export function isWarningLevel(value: string): value is WarningLevel {
  return value === 'red' || value === 'orange' || value === 'yellow';
}
