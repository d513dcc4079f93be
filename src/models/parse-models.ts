import { parseGroupingModels } from '../cluster/grouping-models.js';
import { parseNewWordRules } from '../segment/new-word-rules.js';
import { parseTextModels } from '../segment/text-models.js';
import { parseRiskLexicon } from '../warnings/parse-risk-lexicon.js';
import { parseRoutingTable } from '../warnings/parse-routing-table.js';
import { riskClassifierFromJson, type RiskClassifier, type RiskClassifierFile } from '../warnings/risk-classifier.js';
import { ModelError } from '../core/errors.js';
import { MODEL_FILES, type ModelSources, type Models } from './models.js';

/**
 * Parses model file texts into {@link Models}. Pure: callers that hold the texts (tests, a bundler, a database)
 * need no file system. Throws ModelError naming the file and line of the first malformed line.
 */
export function parseModels(sources: ModelSources, files: Partial<Record<keyof ModelSources, string>> = {}): Models {
  const name = { ...MODEL_FILES, ...files };
  return {
    text: parseTextModels(
      { dict: sources.dict, stopwords: sources.stopwords, synonyms: sources.synonyms, boilerplate: sources.boilerplate },
      { dict: name.dict, stopwords: name.stopwords, synonyms: name.synonyms, boilerplate: name.boilerplate },
    ),
    risk: parseRiskLexicon(sources.riskLexicon, name.riskLexicon),
    routing: parseRoutingTable(sources.routing, name.routing),
    newWords: parseNewWordRules(sources.newWords ?? '', name.newWords),
    grouping: parseGroupingModels(sources.grouping ?? '', name.grouping),
    ...(sources.riskClassifier === undefined ? {} : { riskClassifier: parseRiskClassifier(sources.riskClassifier, name.riskClassifier) }),
  };
}

function parseRiskClassifier(text: string, file: string): RiskClassifier {
  try {
    return riskClassifierFromJson(JSON.parse(text) as RiskClassifierFile);
  } catch (error) {
    throw new ModelError(file, `invalid risk classifier: ${(error as Error).message}`);
  }
}
