import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFileSchema, configJsonSchema, reportJsonSchema } from '../src/json-schemas.js';

const root = join(import.meta.dirname, '..');
const shipped = async (name: string): Promise<unknown> => JSON.parse(await readFile(join(root, 'schemas', name), 'utf8'));

describe('configJsonSchema() and reportJsonSchema()', () => {
  it('match the shipped schema files (run `npm run schemas` after changing an option)', async () => {
    expect(await shipped('config.schema.json')).toEqual(configJsonSchema());
    expect(await shipped('report.schema.json')).toEqual(reportJsonSchema());
  });

  it('describe every contract field of report.json', () => {
    const schema = reportJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    for (const key of ['input', 'periods', 'hotTerms', 'risingTerms', 'topics', 'issues', 'warnings', 'config', 'schemaVersion']) {
      expect(schema.required).toContain(key);
    }
  });
});

describe('configFileSchema', () => {
  it('accepts the shipped example config and rejects a misspelt key', async () => {
    const example = JSON.parse(await readFile(join(root, 'examples/config.json'), 'utf8')) as unknown;
    expect(configFileSchema.safeParse(example).success).toBe(true);
    expect(configFileSchema.safeParse({ perod: 'day' }).success).toBe(false);
  });
});
