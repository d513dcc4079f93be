import { resolve } from 'node:path';
import { z } from 'zod';
import { analyze, type AnalyzeResult } from './analyze.js';
import { ConfigError } from './core/errors.js';
import { Messages } from './core/messages.js';
import { parseOptions } from './core/parse-options.js';
import type { HistoryStore } from './history/history-types.js';
import { openDuckdbHistoryStore } from './history/open-duckdb-history-store.js';
import { loadModels } from './models/load-models.js';
import type { Models } from './models/models.js';
import { resolveAnalyzeOptions, type AnalyzeOptions } from './pipeline/analyze-options.js';
import { streamExports } from './read/read-exports.js';
import { writeReport, type ReportPaths } from './report/write-report.js';

/** The edges of a run: the exports, the models, where to keep state and write the report. */
export interface RunEdges {
  /** The exports to analyze (CSV/TSV, JSONL, XLSX). */
  files: string[];
  /** History database file kept between nightly runs; none: nothing is kept. */
  state?: string;
  /** Report folder; none: no report is written. */
  out?: string;
  /**
   * The models: a folder holding any of the model files to use instead of the shipped ones (as the CLI's
   * `--models DIR` and the config file's `models`), or models already parsed (`await loadModels()`); the shipped
   * ones (of `profile`) when left out.
   */
  models?: string | Models;
  /** Called as each stage starts (`reading`, `clustering`, …), for a progress display. */
  onStage?: (stage: string) => void;
  /** The run's clock (`generatedAt`); now when left out. */
  now?: Date;
  /** @deprecated The analysis options nested: give them at the top level instead (`{ files, period: 'week' }`). */
  options?: AnalyzeOptions;
}

/**
 * What {@link runAnalysis} takes: the edges of the run and the analysis options side by side, e.g.
 * `{ files: ['november.xlsx'], period: 'week', state: 'state/history.duckdb', out: 'reports/2026-11' }`.
 */
export type RunAnalysisOptions = RunEdges & AnalyzeOptions;

const isModels = (value: unknown): value is Models =>
  typeof value === 'object' && value !== null && ['text', 'risk', 'routing'].every((key) => key in value);

const runEdgesSchema = z.object({
  files: z.array(z.string().min(1)).min(1),
  state: z.string().min(1).optional(),
  out: z.string().min(1).optional(),
  models: z
    .union([z.string().min(1), z.custom<Models>(isModels, { message: 'expected a folder of model files or parsed models (await loadModels())' })])
    .optional(),
  onStage: z.custom<(stage: string) => void>((v) => typeof v === 'function', { message: 'expected a function' }).optional(),
  now: z.date().optional(),
  options: z.record(z.string(), z.unknown()).optional(),
});

const EDGE_KEYS = new Set(Object.keys(runEdgesSchema.shape));

/** The run's own keys and the analysis options, apart; ConfigError for a bad edge key or both option forms at once. */
function splitRunOptions(run: RunAnalysisOptions): { edges: RunEdges; options: unknown } {
  if (typeof run !== 'object' || run === null || Array.isArray(run)) {
    throw new ConfigError('runAnalysis', `expected options such as { files, state, out, period }, got ${run === null ? 'null' : typeof run}`);
  }
  const edges: Record<string, unknown> = {};
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(run)) (EDGE_KEYS.has(key) ? edges : flat)[key] = value;
  const parsed = parseOptions(runEdgesSchema, edges, '') as RunEdges;
  if (parsed.options !== undefined && Object.keys(flat).length > 0) {
    throw new ConfigError('options', `expected the analysis options either at the top level or nested in options, got both (${Object.keys(flat).join(', ')})`);
  }
  return { edges: parsed, options: parsed.options ?? flat };
}

/** A finished run: the analysis and where its report went. */
export interface RunAnalysisResult extends AnalyzeResult {
  paths: ReportPaths | undefined;
}

/**
 * The nightly job as one call (what the CLI's `analyze` does), e.g.
 * `await runAnalysis({ files: ['today.csv'], state: 'state/history.duckdb', out: 'reports/today', period: 'day' })`:
 * read the exports (streamed into analysis batch by batch), load the models, open the state, analyze, write the
 * report, then commit the run to the state in one transaction. A run that fails or is killed before the commit
 * leaves the state as it was; the report is written before the commit so a committed run always has its report.
 * Running the same export again (or an export of periods the state already holds) gives the same report but for
 * `generatedAt`, committed before or not.
 * @throws ConfigError for a bad option (before anything is read), InputError for a file that cannot be read.
 */
export async function runAnalysis(options: RunAnalysisOptions): Promise<RunAnalysisResult> {
  const split = splitRunOptions(options);
  const run = split.edges;
  const opts = resolveAnalyzeOptions(split.options);
  const stage = run.onStage ?? (() => {});
  const messages = new Messages();
  stage('reading');
  // Streamed: analyze normalizes each batch while the next is read, so the raw export is never all in memory.
  const read = await streamExports(run.files, { ...opts.read, timeZone: opts.timeZone }, messages);
  const models = typeof run.models === 'object' ? run.models : await loadModels({ profile: opts.profile, ...(run.models ? { dir: run.models } : {}) });
  const history: HistoryStore | undefined = run.state ? await openDuckdbHistoryStore(resolve(run.state)) : undefined;
  try {
    const result = await analyze(read, opts, {
      models,
      ...(history ? { history } : {}),
      onStage: stage,
      messages: messages.list,
      ...(run.now ? { now: run.now } : {}),
    });
    if (run.out) stage('writing report');
    const paths = run.out ? await writeReport(run.out, result.report, result.rejects) : undefined;
    if (history) {
      stage('saving state');
      await history.commit(result.update);
      // The run is kept from here on; a run killed now and started again gives the same report, as the history is
      // read as it stood before the export's periods.
      stage('closing state');
    }
    return { ...result, paths };
  } finally {
    await history?.close();
  }
}
