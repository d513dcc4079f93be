import type { GroupingModels } from '../cluster/grouping-models.js';
import type { NewWordRules } from '../segment/new-word-rules.js';
import type { TextModels } from '../segment/text-models.js';
import type { RiskClassifier } from '../warnings/risk-classifier.js';
import type { RiskLexicon } from '../warnings/risk-lexicon.js';
import type { RoutingTable } from '../warnings/routing-table.js';

/**
 * Every data model a run uses, parsed: the segmentation dictionary, stopwords, synonyms and agent boilerplate
 * (`text`), the risk lexicon and the routing table. Stages receive these; none is hard-coded.
 */
export interface Models {
  text: TextModels;
  risk: RiskLexicon;
  routing: RoutingTable;
  /** Words always (`+`) or never (`-`) added to the segmenter's dictionary by word discovery. */
  newWords: NewWordRules;
  /** Entity suffixes, non-entity class words and generic words for grouping tickets into issues. */
  grouping: GroupingModels;
  /**
   * The sentence classifier trained beside the risk lexicon (`risk-classifier.json` in the lexicon's own folder:
   * telecom's ships one); absent for a lexicon without one, which then works alone.
   */
  riskClassifier?: RiskClassifier;
}

/** The raw text of every model file (what {@link parseModels} takes). */
export interface ModelSources {
  dict: string;
  stopwords: string;
  synonyms: string;
  boilerplate: string;
  riskLexicon: string;
  routing: string;
  /** `new-words.txt`; absent: nothing pinned or banned. */
  newWords?: string;
  /** `grouping.txt`; absent: no entity suffixes and no generic words. */
  grouping?: string;
  /** `risk-classifier.json`; absent: the risk lexicon works alone. */
  riskClassifier?: string;
}

/** Model file names inside a models folder. */
export const MODEL_FILES: Record<keyof ModelSources, string> = {
  dict: 'telecom-dict.txt',
  stopwords: 'stopwords.txt',
  synonyms: 'synonyms.txt',
  boilerplate: 'boilerplate.txt',
  riskLexicon: 'risk-lexicon.tsv',
  routing: 'routing.tsv',
  newWords: 'new-words.txt',
  grouping: 'grouping.txt',
  riskClassifier: 'risk-classifier.json',
};
