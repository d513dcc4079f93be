import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TextWorkerData } from './text-chunk.js';

/**
 * Starts a text worker from the same kind of file as this module: `text-worker.js` next to it in `dist/`, or
 * `text-worker.ts` when running from TypeScript sources (tsx, vitest). Node 20 does not pass loader hooks
 * (`--import tsx`) on to worker threads (measured: "Unknown file extension .ts"), so a source worker registers
 * tsx itself before importing the entry.
 */
export function spawnTextWorker(data: TextWorkerData): Worker {
  const here = import.meta.url;
  const ext = extname(fileURLToPath(here));
  const entry = new URL(`./text-worker${ext}`, here);
  if (ext !== '.ts') return new Worker(entry, { workerData: data });
  const tsx = tsxEsmApi(here);
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData: data });
}

/**
 * URL of tsx's ESM register API. `require.resolve` would give its CommonJS twin, whose `register()` fails inside
 * a worker (it resolves a sibling `esm/index.mjs` that does not exist), so the ESM entry is read off tsx's
 * `exports` map.
 */
function tsxEsmApi(from: string): string {
  const require = createRequire(from);
  const manifest = require.resolve('tsx/package.json');
  const exports = (require('tsx/package.json') as { exports?: Record<string, { import?: { default?: string } }> }).exports;
  const entry = exports?.['./esm/api']?.import?.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(join(dirname(manifest), entry)).href;
}
