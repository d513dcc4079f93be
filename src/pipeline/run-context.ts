import type { Message } from '../core/messages.js';
import { Messages } from '../core/messages.js';
import { createMemoryHistoryStore } from '../history/create-memory-history-store.js';
import type { HistoryStore } from '../history/history-types.js';
import type { Models } from '../models/models.js';
import type { Segmenter } from '../segment/segmenter.js';
import { resolveAnalyzeOptions, type AnalyzeOptions, type ResolvedAnalyzeOptions } from './analyze-options.js';

/** What `analyze` needs besides the tickets and options. */
export interface AnalyzeDeps {
  /** Parsed models (`loadModels()` reads the shipped ones). */
  models: Models;
  /** Segmenter; created from `options.segmenter` and the models' dictionary when omitted. */
  segmenter?: Segmenter;
  /** History of earlier runs, read only: the caller commits `result.update`. In-memory and empty when omitted. */
  history?: HistoryStore;
  /** Called as each stage starts. */
  onStage?: (stage: string) => void;
  /** The report's `generatedAt` (defaults to now); pass a fixed date for byte-identical reports. */
  now?: Date;
  /** Messages collected before analysis (e.g. by `readExports`), carried into the report. */
  messages?: readonly Message[];
}

/** How a run starts: what `analyze` needs besides the tickets, and its options. */
export interface RunSetup extends AnalyzeDeps {
  /** The run's options as a caller passes them (every key optional). */
  options?: AnalyzeOptions;
}

/** One run as its steps share it: the resolved options, what it was given, and the messages it collects. */
export interface RunContext {
  options: ResolvedAnalyzeOptions;
  deps: AnalyzeDeps;
  /** The history read from (never written: the caller commits the run's update). */
  history: HistoryStore;
  /** Problems met on the way that do not stop the run; they end up in the report. */
  messages: Messages;
  /** Announces the stage starting (`deps.onStage`). */
  stage: (name: string) => void;
}

/** Starts a run: resolves the options (throws `ConfigError` naming a bad key before anything is done). */
export function openRun(setup: RunSetup): RunContext {
  const { options, ...deps } = setup;
  return {
    options: resolveAnalyzeOptions(options ?? {}),
    deps,
    history: deps.history ?? createMemoryHistoryStore(),
    messages: new Messages(),
    stage: deps.onStage ?? (() => {}),
  };
}
