import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The package as a user gets it: built, packed with `npm pack`, unpacked into a consumer project's node_modules
 * beside its dependencies (linked from this project's, as `npm install` would place them), then compiled with this
 * project's TypeScript and imported with Node. Only the `exports` entries are reachable. In the slow suite: it
 * rebuilds dist/ and takes ~30 s (build 6 s, pack 5 s, two compiles 13 s).
 */
const root = fileURLToPath(new URL('../', import.meta.url));
let dir: string;
let consumer: string;

function run(command: string, args: string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const CONSUMER_TS = `
import { ConfigError, createClassifier, runAnalysis, type AnalyzeOptions, type Report, type RunAnalysisOptions } from 'complaint-hotspots';
import { findIssues, rankHotTerms, type Corpus } from 'complaint-hotspots/stages';
import { generateExport, type GeneratedExport } from 'complaint-hotspots/testing';

export const options: AnalyzeOptions = { period: 'week', rising: { window: 7 } };
// @ts-expect-error: 'year' is not a period (the option types come through zod from the packed declarations)
export const wrong: AnalyzeOptions = { period: 'year' };
export const nightly: RunAnalysisOptions = { files: ['today.csv'], state: 'state.duckdb', out: 'reports', ...options };
export const version: Report['schemaVersion'] = 1;
export const level = async (): Promise<'red' | 'orange' | 'yellow' | null> =>
  (await createClassifier({ state: 'state.duckdb' })).classify({ id: 'T1', text: '投诉到工信部' }).riskLevel;
export const issuesOf = (corpus: Corpus) => findIssues(corpus).issues.map((i) => i.label);
export const hot = (corpus: Corpus) => rankHotTerms(corpus, []).map((h) => h.term);
export const rows = (g: GeneratedExport): number => g.rows.length;
export const stages = [runAnalysis, generateExport, ConfigError] as const;
`;

const DEEP_IMPORT_TS = `
// Internals are not part of the package: its exports map keeps them out.
export { internTerm } from 'complaint-hotspots/dist/core/corpus.js';
`;

const CONSUMER_MJS = `
const entries = {};
for (const entry of ['complaint-hotspots', 'complaint-hotspots/stages', 'complaint-hotspots/testing']) {
  entries[entry] = Object.keys(await import(entry));
}
console.log(JSON.stringify(entries));
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hotspots-pack-'));
  consumer = join(dir, 'consumer');
  run('npm', ['run', 'build'], root);
  const packed = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], root)) as Array<{ filename: string }>;
  const installed = join(consumer, 'node_modules', 'complaint-hotspots');
  await mkdir(installed, { recursive: true });
  run('tar', ['-xzf', join(dir, packed[0]!.filename), '-C', installed, '--strip-components=1'], dir);
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
  const deps = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.optionalDependencies ?? {}), '@types/node'];
  for (const name of deps) {
    if (!existsSync(join(root, 'node_modules', name))) continue; // an optional dependency not installed here
    await mkdir(dirname(join(consumer, 'node_modules', name)), { recursive: true });
    await symlink(join(root, 'node_modules', name), join(consumer, 'node_modules', name), 'dir');
  }
  await writeFile(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const compilerOptions = { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, types: ['node'] };
  await writeFile(join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['index.ts'] }));
  await writeFile(join(consumer, 'tsconfig.deep.json'), JSON.stringify({ compilerOptions, files: ['deep.ts'] }));
  await writeFile(join(consumer, 'index.ts'), CONSUMER_TS);
  await writeFile(join(consumer, 'deep.ts'), DEEP_IMPORT_TS);
  await writeFile(join(consumer, 'index.mjs'), CONSUMER_MJS);
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const tsc = (project: string) =>
  spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: consumer, encoding: 'utf8' });

describe('the packed package in a consumer project', () => {
  it('type-checks a consumer of the root, /stages and /testing with the packed declarations', () => {
    const result = tsc('tsconfig.json');
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 60_000);

  it('keeps internals out: a deep import into dist does not compile', () => {
    const result = tsc('tsconfig.deep.json');
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(/complaint-hotspots\/dist\/core\/corpus\.js/);
  }, 60_000);

  it('imports in Node: at most 30 values at the root, the stages and testing entries beside it', () => {
    const entries = JSON.parse(run(process.execPath, ['index.mjs'], consumer)) as Record<string, string[]>;
    const rootNames = entries['complaint-hotspots']!;
    expect(rootNames.length).toBeLessThanOrEqual(30);
    expect(rootNames).toEqual(expect.arrayContaining(['runAnalysis', 'analyze', 'createClassifier', 'readExports', 'loadModels', 'ConfigError']));
    expect(entries['complaint-hotspots/stages']).toEqual(expect.arrayContaining(['findIssues', 'normalizeTickets', 'warnTopIssues', 'prepareTexts', 'buildReport']));
    expect(entries['complaint-hotspots/testing']).toEqual(expect.arrayContaining(['generateExport', 'adjustedRandIndex']));
  }, 60_000);
});
