/**
 * complaint-hotspots: find complaint hotspots in Chinese (and English) customer-complaint texts.
 *
 * The root holds what the three ways of using the package need: the nightly run (`runAnalysis`, or `analyze` over
 * tickets already read), a classifier for tickets as they arrive (`createClassifier`), the readers, the models,
 * the history stores, the option, config and report schemas, and the errors. The pipeline's stages one by one are
 * in `complaint-hotspots/stages`; the synthetic-data generator and the evaluation metrics in
 * `complaint-hotspots/testing`.
 */

// The whole run
export { analyze, type AnalyzeDeps, type AnalyzeResult } from './analyze.js';
export { runAnalysis, type RunAnalysisOptions, type RunAnalysisResult } from './run-analysis.js';
export { analyzeOptionsSchema, resolveAnalyzeOptions, type AnalyzeOptions, type ResolvedAnalyzeOptions } from './pipeline/analyze-options.js';
export { configFileSchema, configJsonSchema, reportJsonSchema } from './json-schemas.js';

// One ticket at a time
export {
  createClassifier,
  type Classifier,
  type ClassifierFromState,
  type ClassifyInput,
  type ClassifyResult,
  type CreateClassifierOptions,
  type RiskFlag,
} from './classify.js';
export type { ClassifierModel } from './cluster/classifier-model.js';

// Reading exports
export { readExports, streamExports } from './read/read-exports.js';
export type { ReadOptions } from './read/read-options.js';
export type { FieldMap, PartialFieldMap } from './read/field-map.js';
export { ticketSchema, type Lang, type NormalizedTicket, type ReadResult, type ReadStream, type Reject, type Ticket, type TicketInput } from './core/ticket.js';
export { Messages, type Message, type Severity } from './core/messages.js';
export type { Period, PeriodKind } from './core/periods.js';

// Models
export { DEFAULT_MODELS_DIR, loadModels, type LoadModelsOptions } from './models/load-models.js';
export type { ModelSources, Models } from './models/models.js';

// History
export { createMemoryHistoryStore } from './history/create-memory-history-store.js';
export { openDuckdbHistoryStore } from './history/open-duckdb-history-store.js';
export type { CustomerTicket, HistoryStore, HistoryUpdate, PeriodSource, StoredIssue, StoredWarning, StoredWord } from './history/history-types.js';
export type { PeriodSketch } from './history/ticket-sketch.js';

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
export { writeReport, type ReportPaths } from './report/write-report.js';

// Errors
export { ConfigError, HotspotsError, InputError, ModelError, StateError } from './core/errors.js';

// The weekly, ten-day or monthly report from the state alone (issue 18)
export { runReport, type RunReportOptions, type RunReportResult } from './run-report.js';
