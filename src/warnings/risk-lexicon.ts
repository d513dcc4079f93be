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

/**
 * A context a trigger needs (`@frame`) or must not have (`@not`) before it counts: media needs an action (找媒体,
 * 要曝光), staff abuse needs staff acting (客服骂人), a mass mention needs an outage noun; a dealer's 退网 (4S店退网) or a
 * "fraud alert" is not what the trigger means. Cues are literals; Latin ones match case-insensitively.
 */
export interface RiskFrame {
  category: string;
  /** Triggers (as listed in the lexicon) the frame applies to; `*`: every trigger of the category. */
  terms: string[] | '*';
  /**
   * Where a cue must (or must not) be: `before`/`after` the trigger in its clause, or anywhere in its `clause` or
   * `sentence`. For `@not` lines `before` and `after` mean adjacent (a gap of at most `notWindow`), `clause` anywhere
   * in the trigger's clause (fraud said of the company's record: "in the news for fraud", "committing fraud for years")
   * and `sentence` anywhere in its sentence (拆机 of a home being pulled down and moved: …要拆迁，问宽带能否提前拆机…).
   */
  where: 'before' | 'after' | 'clause' | 'sentence';
  cues: string[];
  /** `@not` line: a cue there calls the trigger off; `@frame` line: a cue there is required. */
  negative: boolean;
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
  /** Contexts triggers need or must not have (`@frame` and `@not` lines). Optional: none means every hit counts. */
  frames?: RiskFrame[];
  /**
   * Markers opening a business's reply (宾馆反馈, 商家回复, Company response): from there to the next
   * {@link customerMarkers} marker or the end the words are not the customer's and are not scanned. `@reply` lines.
   */
  replyMarkers?: string[];
  /** Markers where the customer speaks again after a reply (补充点评, 追评). `@customer` lines. */
  customerMarkers?: string[];
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
