/**
 * `complaint-hotspots/testing`: what tests and evaluations need beside the pipeline: a synthetic telecom
 * complaint export with planted events and its ground truth, the score of a report against that truth, and the
 * clustering agreement metrics (NMI, adjusted Rand index) used to compare topics with labelled data.
 */

export { generateExport, type GeneratedExport } from './generate/generate-export.js';
export { generateOptionsSchema, type GenerateOptions } from './generate/generate-options.js';
export type { GroundTruth } from './generate/ground-truth.js';
export { writeGeneratedExport } from './generate/write-generated-export.js';
export { scorePlantedEvents, type PlantedScore } from './generate/score-planted-events.js';
export { adjustedRandIndex, normalizedMutualInformation } from './cluster/evaluate-clustering.js';
