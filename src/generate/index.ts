export { formatGeneratedCsv } from './format-generated-csv.js';
export { EXPORT_COLUMNS, generateExport, type ExportRow, type GeneratedExport } from './generate-export.js';
export { DEFAULT_REGIONS, generateOptionsSchema, type GenerateOptions, type ResolvedGenerateOptions } from './generate-options.js';
export {
  groundTruthSchema,
  type GroundTruth,
  type PiiKind,
  type PlantedBurst,
  type PlantedRecurring,
  type PlantedRepeat,
  type PlantedRisk,
  type RiskCategory,
} from './ground-truth.js';
export { writeGeneratedExport, type GeneratedExportPaths } from './write-generated-export.js';
