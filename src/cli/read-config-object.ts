import { readFile } from 'node:fs/promises';
import { ConfigError } from '../core/errors.js';

/**
 * The JSON object of a `--config` file (none given: `{}`). Throws ConfigError (`--config`) when the file cannot be
 * read, is not JSON, or holds something other than an object.
 */
export async function readConfigObject(path: string | undefined): Promise<Record<string, unknown>> {
  if (!path) return {};
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError('--config', `cannot read "${path}" (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError('--config', `"${path}" is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ConfigError('--config', `"${path}" must hold a JSON object`);
  return { ...(json as Record<string, unknown>) };
}
