import type { Segmenter } from '../segment/segmenter.js';
import { buildAhoCorasick, type AhoCorasick } from './aho-corasick.js';
import type { RiskFrame, RiskLexicon } from './risk-lexicon.js';
import { framesByEntry } from './risk-frames.js';
import type { RiskClassifier } from './risk-classifier.js';
import { riskOptionsSchema, type RiskOptions } from './warnings-options.js';
import type { z } from 'zod';
import { parseOptions } from '../core/parse-options.js';

/** What a pattern of the risk automaton stands for. */
export type PatternRole =
  | 'trigger'
  | 'exclusion'
  | 'negation'
  | 'short-negation'
  | 'prohibitive'
  | 'conditional'
  | 'pseudo'
  | 'reset'
  | 'repeat-marker'
  | 'classifier-cue';

/** One pattern of the automaton: a lexicon entry, an exclusion, or a context cue. */
export interface MatcherPattern {
  text: string;
  role: PatternRole;
  /** Index into `lexicon.entries` for triggers, -1 otherwise. */
  entry: number;
  /** Latin or digit patterns must not sit inside a longer word or number (sue ≠ issue, 12300 ≠ 123001). */
  boundary: 'latin' | 'digit' | 'none';
}

/** A compiled risk lexicon plus context cues: one automaton, built once per run. */
export interface RiskMatcher {
  readonly lexicon: RiskLexicon;
  readonly patterns: readonly MatcherPattern[];
  readonly automaton: AhoCorasick;
  readonly options: z.output<typeof riskOptionsSchema>;
  /**
   * Cuts the clause around a Chinese hit, which must start and end on its token boundaries (着火 is not in
   * 紧挨着火车站). Without one, Chinese hits are not boundary-checked.
   */
  readonly segmenter: Segmenter | undefined;
  /** The `@frame`/`@not` contexts of each lexicon entry, by entry index. */
  readonly frames: ReadonlyArray<RiskFrame[] | undefined>;
  /** The sentence classifier read beside the lexicon (telecom's `models/risk-classifier.json`), if any. */
  readonly classifier: RiskClassifier | undefined;
}

const foldAscii = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);

function boundaryOf(text: string): MatcherPattern['boundary'] {
  if (/^[0-9]/.test(text) || /[0-9]$/.test(text)) return 'digit';
  if (/^[A-Za-z]/.test(text) || /[A-Za-z]$/.test(text)) return 'latin';
  return 'none';
}

/**
 * Builds ONE Aho–Corasick automaton over every lexicon entry, every exclusion and every context cue (negation,
 * conditional, pseudo-cue, reset) and every repeat marker, so one linear pass over a text finds all of them. Latin letters match
 * case-insensitively. `segmenter` (the run's, with its dictionary) makes Chinese triggers match only on token
 * boundaries: pass the one the run segments with (analyze and classify do). `classifier` (from `loadModels`, trained
 for this lexicon) re-reads the sentences holding a trigger or one of its cues: it may veto a trigger or raise a
 category the lexicon missed (see `scanRiskText`); its cues join the same automaton, so the one pass finds them too.
 */
export function createRiskMatcher(lexicon: RiskLexicon, options: RiskOptions = {}, segmenter?: Segmenter, classifier?: RiskClassifier): RiskMatcher {
  const resolved = parseOptions(riskOptionsSchema, options, 'warnings.risk');
  const patterns: MatcherPattern[] = [];
  const add = (text: string, role: PatternRole, entry = -1): void => {
    patterns.push({ text, role, entry, boundary: boundaryOf(text) });
  };
  lexicon.entries.forEach((e, i) => add(e.term, 'trigger', i));
  for (const t of lexicon.exclusions) add(t, 'exclusion');
  for (const t of resolved.negationCues) add(t, 'negation');
  for (const t of resolved.shortNegationCues) add(t, 'short-negation');
  for (const t of resolved.prohibitiveCues) add(t, 'prohibitive');
  for (const t of resolved.conditionalCues) add(t, 'conditional');
  for (const t of resolved.pseudoCues) add(t, 'pseudo');
  for (const t of resolved.resetWords) add(t, 'reset');
  for (const t of lexicon.repeatMarkers ?? []) add(t, 'repeat-marker');
  for (const t of classifier?.cues ?? []) add(t, 'classifier-cue');
  const automaton = buildAhoCorasick(
    patterns.map((p) => p.text),
    foldAscii,
  );
  return { lexicon, patterns, automaton, options: resolved, segmenter, frames: framesByEntry(lexicon), classifier };
}
