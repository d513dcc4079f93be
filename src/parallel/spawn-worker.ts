import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { HotspotsError } from '../core/errors.js';

/**
 * Starts a worker thread on the module `name` next to `from` (an `import.meta.url`), from the same kind of file:
 * `name.js` in `dist/`, or `name.ts` when running from TypeScript sources (tsx, vitest). Node 20 does not pass
 * loader hooks (`--import tsx`) on to worker threads (measured: "Unknown file extension .ts"), so a source worker
 * registers tsx itself before importing the entry.
 */
export function spawnWorker(from: string, name: string, workerData: unknown): Worker {
  const ext = extname(fileURLToPath(from));
  const entry = new URL(`./${name}${ext}`, from);
  if (ext !== '.ts') return new Worker(entry, { workerData });
  const tsx = tsxEsmApi(from);
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

/**
 * Calls `fail` with a HotspotsError naming `label` when `worker` throws or exits with a non-zero code (terminating
 * it exits with 1, so callers ignore failures once they close it).
 */
export function onWorkerFailure(worker: Worker, label: string, fail: (error: HotspotsError) => void): void {
  worker.on('error', (cause: Error) =>
    fail(new HotspotsError(`${label}: expected it to run, it failed: ${cause.message}`, 'E_HOTSPOTS', 1, { cause })),
  );
  worker.on('exit', (code) => {
    if (code !== 0) fail(new HotspotsError(`${label}: expected it to keep running, it exited with code ${code}`));
  });
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
