/**
 * Errors thrown by complaint-hotspots. Every error is a {@link HotspotsError}; subclasses carry the data a
 * caller needs to react (the file, row, option or key at fault) and map to a CLI exit code.
 *
 * Problems that should not stop a run (a bad row, a missing optional column) are not thrown: they are
 * collected as {@link Message}s with a severity.
 */
export class HotspotsError extends Error {
  /** Stable machine-readable code, e.g. `E_INPUT`. */
  readonly code: string;
  /** Exit code the CLI uses for this error: 2 for usage, input and config errors, 1 for runtime errors. */
  readonly exitCode: 1 | 2;

  constructor(message: string, code = 'E_HOTSPOTS', exitCode: 1 | 2 = 1, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** An input file cannot be used at all: missing, unreadable, empty, or with a column mapping that does not fit. */
export class InputError extends HotspotsError {
  /** The file at fault. */
  readonly file: string;
  /** 1-based data row at fault, when one row is the cause. */
  readonly row: number | undefined;

  constructor(file: string, message: string, row?: number, options?: { cause?: unknown }) {
    super(`${file}${row === undefined ? '' : `, row ${row}`}: ${message}`, 'E_INPUT', 2, options);
    this.file = file;
    this.row = row;
  }
}

/** An option or configuration value is invalid. */
export class ConfigError extends HotspotsError {
  /** Dotted path of the key at fault (`rising.minTickets`), or the CLI option (`--fields`). */
  readonly key: string;

  constructor(key: string, message: string, options?: { cause?: unknown }) {
    super(`${key}: ${message}`, 'E_CONFIG', 2, options);
    this.key = key;
  }
}

/** A model file (dictionary, stopwords, lexicon, routing table) is missing or malformed. */
export class ModelError extends HotspotsError {
  /** The model file at fault. */
  readonly file: string;
  /** 1-based line at fault, when one line is the cause. */
  readonly line: number | undefined;

  constructor(file: string, message: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`, 'E_MODEL', 2);
    this.file = file;
    this.line = line;
  }
}

/** The history state file cannot be used: corrupt, foreign, from a newer schema, or locked by another run. */
export class StateError extends HotspotsError {
  /** The state file at fault. */
  readonly file: string;
  /** Why: `locked`, `corrupt`, `foreign`, `version`. */
  readonly reason: 'locked' | 'corrupt' | 'foreign' | 'version' | 'io';

  constructor(file: string, reason: StateError['reason'], message: string, options?: { cause?: unknown }) {
    super(`${file}: ${message}`, 'E_STATE', reason === 'io' ? 1 : 2, options);
    this.file = file;
    this.reason = reason;
  }
}
