import { HotspotsError, StateError } from '../core/errors.js';

/**
 * Translates an error DuckDB raised while opening or using the state file into a {@link StateError} with a reason
 * a user can act on: another run holds the file (`locked`), the file is not a database (`corrupt`), it was
 * written by a newer DuckDB (`version`), or anything else (`io`). Errors of this library pass through unchanged.
 */
export function stateFileError(file: string, error: unknown): HotspotsError {
  if (error instanceof HotspotsError) return error;
  const text = error instanceof Error ? error.message : String(error);
  if (/could not set lock|conflicting lock/i.test(text)) {
    const pid = /PID (\d+)/.exec(text)?.[1];
    return new StateError(
      file,
      'locked',
      `expected the state file to be free, but another run${pid ? ` (process ${pid})` : ''} is using it; wait for it to finish`,
      { cause: error },
    );
  }
  if (/not a valid DuckDB database/i.test(text)) {
    return new StateError(file, 'corrupt', 'expected a DuckDB state file, got a file that is not a DuckDB database; it was left untouched', { cause: error });
  }
  if (/version number|newer version|storage version|serialization/i.test(text)) {
    return new StateError(file, 'version', `expected a state file this DuckDB can read, got: ${text.split('\n')[0]}`, { cause: error });
  }
  return new StateError(file, 'io', `state file error: ${text.split('\n')[0]}`, { cause: error });
}
