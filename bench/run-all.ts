import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Runs every `bench/*.bench.ts` in name order (`npm run bench`; `BENCH_N=100000 npm run bench` for more tickets,
 * `npm run bench -- segment terms` for the files whose names contain one of the words). A bench file runs its
 * benchmarks when imported (top-level await) and prints its own table; they share `bench-data.ts`'s cache.
 */
const dir = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();
console.log(`node ${process.version}, BENCH_N=${process.env.BENCH_N ?? 20000}, files: ${files.join(', ')}`);
for (const file of files) {
  const started = performance.now();
  await import(pathToFileURL(`${dir}${file}`).href);
  console.log(`(${file}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
