/**
 * What each runtime dependency costs: its size on disk (the package folder, plus its platform binary where it has
 * one) and the time a fresh Node process takes to load it the way the library loads it (median of 5 processes).
 * The numbers behind the README's dependency table. Run: npx tsx bench/dependency-cost.ts
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** name: [folders counted for size, how the library loads it]. */
const DEPENDENCIES: Record<string, [string[], string]> = {
  zod: [['zod'], `await import('zod')`],
  '@node-rs/jieba': [['@node-rs/jieba', '@node-rs/jieba-linux-x64-gnu'], `await import('@node-rs/jieba')`],
  nodejieba: [['nodejieba'], `require('nodejieba')`],
  '@duckdb/node-api': [['@duckdb/node-api', '@duckdb/node-bindings', '@duckdb/node-bindings-linux-x64'], `await import('@duckdb/node-api')`],
  exceljs: [['exceljs'], `await import('exceljs')`],
  'iconv-lite': [['iconv-lite'], `await import('iconv-lite')`],
  'opencc-js': [['opencc-js'], `await import('opencc-js')`],
  'natural (Porter stemmer file)': [['natural'], `require('natural/lib/natural/stemmers/porter_stemmer.js')`],
  'natural (package index)': [['natural'], `require('natural')`],
  compromise: [['compromise'], `require('compromise')`],
  'csv-parse': [['csv-parse'], `await import('csv-parse/sync')`],
  'ml-kmeans': [['ml-kmeans'], `await import('ml-kmeans')`],
  '@mapbox/node-pre-gyp': [['@mapbox/node-pre-gyp'], `require('@mapbox/node-pre-gyp')`],
};

function folderBytes(path: string): number {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + folderBytes(join(path, name)), 0);
}

function loadMs(code: string): number | undefined {
  const probe = `import { createRequire } from 'node:module'; const require = createRequire(${JSON.stringify(join(root, 'package.json'))});
    const t = performance.now(); ${code}; console.log(performance.now() - t);`;
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: root, encoding: 'utf8', env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } });
    if (run.status !== 0) return undefined;
    times.push(Number(run.stdout.trim().split('\n').at(-1)));
  }
  return times.sort((a, b) => a - b)[2];
}

console.log(`node ${process.version}; size on disk; load time in a fresh process (median of 5)`);
console.log('| dependency | size | load |\n|---|---|---|');
for (const [name, [folders, code]] of Object.entries(DEPENDENCIES)) {
  const bytes = folders.reduce((sum, f) => sum + folderBytes(join(root, 'node_modules', f)), 0);
  const ms = loadMs(code);
  console.log(`| ${name} | ${(bytes / 1e6).toFixed(1)} MB | ${ms === undefined ? 'not installed' : `${ms.toFixed(0)} ms`} |`);
}
