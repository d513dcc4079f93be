import { z } from 'zod';
import { analyzeOptionsSchema } from './pipeline/analyze-options.js';
import { fieldMapSchema } from './read/field-map.js';
import { reportSchema } from './report/report-schema.js';

/**
 * The `--config FILE` schema: every analyze option and threshold plus the CLI-only keys (`state`, `out`, `fields`
 * as the `--fields` string or an object, `models`).
 */
export const configFileSchema = analyzeOptionsSchema.extend({
  $schema: z.string().optional(),
  state: z.string().optional().describe('history database kept between nightly runs'),
  out: z.string().optional().describe('report folder'),
  models: z.string().optional().describe('folder with your own model files'),
  fields: z.union([z.string(), fieldMapSchema.partial()]).optional().describe('column mapping, as --fields or an object'),
});

/** JSON Schema of the config file, generated from the zod schema (shipped as schemas/config.schema.json). */
export function configJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(configFileSchema, { io: 'input', unrepresentable: 'any' }), title: 'complaint-hotspots config' };
}

/** JSON Schema of report.json, generated from the zod schema (shipped as schemas/report.schema.json). */
export function reportJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(reportSchema, { io: 'output', unrepresentable: 'any' }), title: 'complaint-hotspots report.json (schemaVersion 1)' };
}
