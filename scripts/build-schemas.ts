/** Writes schemas/config.schema.json and schemas/report.schema.json from the zod schemas: `npm run schemas`. */
import { mkdir, writeFile } from 'node:fs/promises';
import { configJsonSchema, reportJsonSchema } from '../src/json-schemas.js';

await mkdir('schemas', { recursive: true });
await writeFile('schemas/config.schema.json', `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
await writeFile('schemas/report.schema.json', `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log('wrote schemas/config.schema.json, schemas/report.schema.json');
