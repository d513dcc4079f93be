/**
 * `complaint-hotspots/stages`: the pipeline's stages one by one, for exploring an export step by step or
 * building a pipeline of one's own. Each stage is pure (data in, data out); options are plain objects validated
 * like the run's (a bad option throws `ConfigError` naming its key). The whole run, the readers, the models, the
 * history stores, the schemas and the errors are in the package root.
 *
 * read ─► normalize ─► segment ─► terms ─► rising ─► cluster (topics, issues) ─► warnings ─► report
 *
 * The run's steps (`prepareTexts` → `countTerms` → `detectRising` → `findTopics` → `findRecurringIssues` →
 * `raiseWarnings` → `buildReport`) chain these stages as `analyze` does, with its options and history.
 */

// The run step by step: the steps analyze() chains, each taking the one before it, so walking them gives its report
export { prepareTexts, type PreparedTexts } from './pipeline/prepare-texts-step.js';
export type { RunContext, RunSetup } from './pipeline/run-context.js';
export { countTerms, type CountedTerms } from './pipeline/count-terms-step.js';
export { detectRising, type RisenTerms } from './pipeline/detect-rising-step.js';
export { findTopics, type FoundTopics } from './pipeline/find-topics-step.js';
export { findRecurringIssues, type FoundIssues } from './pipeline/find-issues-step.js';
export { raiseWarnings, type RaisedWarnings } from './pipeline/raise-warnings-step.js';
export { buildReport, type BuiltReport } from './pipeline/build-report-step.js';
export { historyUpdate } from './pipeline/history-update.js';

// Options of the whole run, resolved and redacted as a report shows them
export { redactedConfig } from './pipeline/analyze-options.js';

// Core types
export { createVocabulary, type Corpus, type TokenizedDoc, type Vocabulary } from './core/corpus.js';
export { periodBounds, periodId, periodIdsOf, previousPeriodId } from './core/periods.js';

// Models
export { parseModels } from './models/parse-models.js';
export { MODEL_FILES } from './models/models.js';

// Read
export {
  detectFields,
  parseCsv,
  parseFieldsOption,
  parseJsonl,
  parseTime,
  readCsv,
  readJsonl,
  readOptionsSchema,
  readXlsx,
  rowsToTickets,
  type RawRow,
} from './read/index.js';
export { CsvHeaderError } from './read/csv-records.js';

// Normalize
export {
  detectLang,
  hashCustomerId,
  maskPii,
  normalizeOptionsSchema,
  normalizeText,
  normalizeTickets,
  splitTurns,
  toSimplified,
  type NormalizeOptions,
  type Turn,
} from './normalize/index.js';

// Segment
export { createSegmenter, type SegmenterName } from './segment/create-segmenter.js';
export {
  createNodeRsSegmenter,
  createNodejiebaSegmenter,
  extractNounPhrases,
  segmentTickets,
  tokenizeEnglish,
  type Segmenter,
} from './segment/index.js';
export { parseTextModels, type TextModels } from './segment/text-models.js';

// Terms
export {
  countTermTickets,
  countTermsByPeriod,
  findPhrases,
  rankHotTerms,
  termsOptionsSchema,
  type PeriodTermCounts,
  type PeriodTermDetail,
  type Phrase,
  type TermsOptions,
} from './terms/index.js';

// Rising terms and bursts
export { detectRisingTerms } from './rising/detect-rising-terms.js';
export { detectRegionBursts } from './rising/detect-region-bursts.js';
export { countRegionTickets } from './rising/count-region-tickets.js';
export { risingOptionsSchema, type RisingOptions } from './rising/rising-options.js';

// History: which stored exports a re-export of the same periods replaces
export { reconcileOverlappingExports, type OverlapPlan, type SourceOverlap } from './history/reconcile-overlapping-exports.js';
export { estimateOverlap, sketchKeys } from './history/ticket-sketch.js';

// Topics and issues
export {
  buildClassifierModel,
  buildTfidf,
  classifyTerms,
  clusterOptionsSchema,
  clusterTopics,
  computeHeat,
  findIssues,
  labelClusters,
  sphericalKmeans,
  type ClusterOptions,
  type IssueContext,
  type IssueFinding,
  type IssueGrouping,
  type TfidfMatrix,
} from './cluster/index.js';

// Warnings
export {
  createRiskMatcher,
  detectRisk,
  parseRiskLexicon,
  parseRoutingTable,
  routeWarning,
  simhash64,
  suppressWarnings,
  warnBursts,
  warnHighRisk,
  warnMassFault,
  warnRepeats,
  warnTopIssues,
  warningsOptionsSchema,
  type RiskLexicon,
  type RiskMatch,
  type RoutingTable,
  type WarningsOptions,
} from './warnings/index.js';

// Report
export { renderHtml } from './report/render-html.js';
export { barChartSvg, lineChartSvg, type Bar, type Series } from './report/svg-charts.js';
export { renderMarkdown } from './report/render-markdown.js';
export { renderWarningsCsv } from './report/render-warnings-csv.js';
