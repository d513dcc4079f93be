/**
 * complaint-hotspots: find complaint hotspots in Chinese (and English) customer-complaint texts.
 *
 * The pipeline, stage by stage: read → normalize → segment → term statistics → rising terms → topics and
 * recurring issues → warnings → report. `analyze()` chains them; `runAnalysis()` adds the file and state edges;
 * `createClassifier()` classifies single tickets as they arrive.
 */

// The whole run
export { analyze, type AnalyzeDeps, type AnalyzeResult } from './analyze.js';
export { runAnalysis, type RunAnalysisOptions, type RunAnalysisResult } from './run-analysis.js';
export {
  analyzeOptionsSchema,
  redactedConfig,
  resolveAnalyzeOptions,
  type AnalyzeOptions,
  type ResolvedAnalyzeOptions,
} from './options.js';
export { configFileSchema, configJsonSchema, reportJsonSchema } from './json-schemas.js';

// One ticket at a time
export {
  createClassifier,
  type Classifier,
  type ClassifyInput,
  type ClassifyResult,
  type CreateClassifierOptions,
  type RiskFlag,
} from './classify.js';

// Core types
export { ticketSchema, type Lang, type NormalizedTicket, type ReadResult, type ReadStream, type Reject, type Ticket, type TicketInput } from './core/ticket.js';
export { createVocabulary, internTerm, SharedBufferDoc, type Corpus, type TokenizedDoc, type Vocabulary } from './core/corpus.js';
export {
  periodBounds,
  periodId,
  periodIdsOf,
  previousPeriodId,
  zonedTimeToUtc,
  type Period,
  type PeriodKind,
} from './core/periods.js';
export { ConfigError, HotspotsError, InputError, ModelError, StateError } from './core/errors.js';
export { Messages, type Message, type Severity } from './core/messages.js';
export { createRandom, type Random } from './core/random.js';

// Models
export { DEFAULT_MODELS_DIR, loadModels, type LoadModelsOptions } from './models/load-models.js';
export { parseModels } from './models/parse-models.js';
export { MODEL_FILES, type ModelSources, type Models } from './models/models.js';

// Read
export {
  detectFields,
  parseCsv,
  parseFieldsOption,
  parseJsonl,
  parseTime,
  readCsv,
  readExports,
  streamExports,
  readJsonl,
  readOptionsSchema,
  readXlsx,
  rowsToTickets,
  type FieldMap,
  type PartialFieldMap,
  type RawRow,
  type ReadOptions,
} from './read/index.js';

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
export { warnBursts } from './rising/warn-bursts.js';
export { risingOptionsSchema, type RisingOptions } from './rising/rising-options.js';

// History
export { createMemoryHistoryStore } from './history/create-memory-history-store.js';
export { openDuckdbHistoryStore } from './history/open-duckdb-history-store.js';
export type { CustomerTicket, HistoryStore, HistoryUpdate, PeriodSource, StoredIssue, StoredWarning } from './history/history-types.js';
export { reconcileOverlappingExports } from './history/reconcile-overlapping-exports.js';
export type { OverlapPlan, SourceOverlap } from './history/reconcile-overlapping-exports.js';
export { estimateOverlap, sketchKeys, ticketKey, TICKET_SKETCH_SIZE } from './history/ticket-sketch.js';
export type { PeriodSketch } from './history/ticket-sketch.js';

// Topics and issues
export {
  adjustedRandIndex,
  buildClassifierModel,
  buildTfidf,
  classifyTerms,
  clusterOptionsSchema,
  clusterTopics,
  computeHeat,
  findIssues,
  labelClusters,
  normalizedMutualInformation,
  sphericalKmeans,
  type ClassifierModel,
  type ClusterOptions,
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
export {
  reportSchema,
  REPORT_SCHEMA_VERSION,
  type Evidence,
  type FadedIssue,
  type HotTerm,
  type Issue,
  type Report,
  type RisingTerm,
  type Route,
  type Topic,
  type Warning,
} from './report/report-schema.js';
export { renderHtml } from './report/render-html.js';
export { barChartSvg, lineChartSvg, type Bar, type Series } from './report/svg-charts.js';
export { renderMarkdown } from './report/render-markdown.js';
export { renderWarningsCsv } from './report/render-warnings-csv.js';
export { writeReport, type ReportPaths } from './report/write-report.js';

// Synthetic data
export { generateExport, type GeneratedExport } from './generate/generate-export.js';
export { generateOptionsSchema, type GenerateOptions } from './generate/generate-options.js';
export type { GroundTruth } from './generate/ground-truth.js';
export { writeGeneratedExport } from './generate/write-generated-export.js';
export { scorePlantedEvents, type PlantedScore } from './generate/score-planted-events.js';
