import { resolve } from 'node:path';
import { analyze, type AnalyzeResult } from './analyze.js';
import { Messages } from './core/messages.js';
import type { HistoryStore } from './history/history-types.js';
import { openDuckdbHistoryStore } from './history/open-duckdb-history-store.js';
import { loadModels, type LoadModelsOptions } from './models/load-models.js';
import { resolveAnalyzeOptions, type AnalyzeOptions } from './options.js';
import { streamExports } from './read/read-exports.js';
import { writeReport, type ReportPaths } from './report/write-report.js';

/** What {@link runAnalysis} needs: the exports, the options, and where to keep state and write the report. */
export interface RunAnalysisOptions {
  files: string[];
  options?: AnalyzeOptions;
  /** History database file kept between nightly runs; none: nothing is kept. */
  state?: string;
  /** Report folder; none: no report is written. */
  out?: string;
  models?: LoadModelsOptions;
  onStage?: (stage: string) => void;
  now?: Date;
}

/** A finished run: the analysis and where its report went. */
export interface RunAnalysisResult extends AnalyzeResult {
  paths: ReportPaths | undefined;
}

/**
 * The nightly job as one call (what the CLI's `analyze` does): read the exports (streamed into analysis batch by
 * batch), load the models, open the state, analyze, write the report, then commit the run to the state in one
 * transaction. A run that fails or is killed before the commit leaves the state as it was; the report is written
 * before the commit so a committed run always has its report. Running the same export again (or an export of
 * periods the state already holds) gives the same report but for `generatedAt`, committed before or not.
 */
export async function runAnalysis(run: RunAnalysisOptions): Promise<RunAnalysisResult> {
  const opts = resolveAnalyzeOptions(run.options ?? {});
  const stage = run.onStage ?? (() => {});
  const messages = new Messages();
  stage('reading');
  // Streamed: analyze normalizes each batch while the next is read, so the raw export is never all in memory.
  const read = await streamExports(run.files, { ...opts.read, timeZone: opts.timeZone }, messages);
  const models = await loadModels({ profile: opts.profile, ...run.models });
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
