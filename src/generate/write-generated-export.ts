import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { HotspotsError } from '../core/errors.js';
import { formatGeneratedCsv } from './format-generated-csv.js';
import type { GeneratedExport } from './generate-export.js';

/** Where {@link writeGeneratedExport} wrote the export and its ground truth. */
export interface GeneratedExportPaths {
  csv: string;
  truth: string;
}

/**
 * Writes the generated export to `path` (CSV with BOM) and its ground truth to `<path without .csv>.truth.json`.
 * Edge module: the only generator file that touches the file system.
 */
export async function writeGeneratedExport(path: string, result: GeneratedExport): Promise<GeneratedExportPaths> {
  const truth = `${path.replace(/\.csv$/i, '')}.truth.json`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, formatGeneratedCsv(result), 'utf8');
    await writeFile(truth, `${JSON.stringify(result.truth, null, 2)}\n`, 'utf8');
  } catch (cause) {
    throw new HotspotsError(`${path}: expected a writable file, got ${(cause as Error).message}`, 'E_OUTPUT', 1, { cause });
  }
  return { csv: path, truth };
}
