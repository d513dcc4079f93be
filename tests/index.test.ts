import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from '../src/index.js';
import type { AnalyzeOptions, ClassifyResult, Report, ResolvedAnalyzeOptions, TicketInput, Warning } from '../src/index.js';

describe('the public API (src/index.ts)', () => {
  it('exports the pipeline entry points by name', () => {
    for (const name of ['analyze', 'runAnalysis', 'createClassifier', 'readExports', 'loadModels', 'writeReport', 'generateExport', 'openDuckdbHistoryStore', 'createMemoryHistoryStore']) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('importing the package does not load exceljs or DuckDB (they load when an XLSX file or a state is opened)', () => {
    // A fresh process: this one has loaded them through other tests. The probe lists the CommonJS modules loaded.
    const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
    const probe = `import { createRequire } from 'node:module';
      await import(${JSON.stringify(entry)});
      console.log(JSON.stringify(Object.keys(createRequire(import.meta.url).cache)));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const loaded = JSON.parse(run.stdout) as string[];
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((path) => /node_modules[\\/](exceljs|@duckdb)[\\/]/.test(path))).toEqual([]);
  }, 30_000);

  it('types options as zod input outside and output inside', () => {
    expectTypeOf<AnalyzeOptions['period']>().toEqualTypeOf<'day' | 'week' | 'dekad' | 'month' | undefined>();
    expectTypeOf<ResolvedAnalyzeOptions['period']>().toEqualTypeOf<'day' | 'week' | 'dekad' | 'month'>();
    expectTypeOf<ResolvedAnalyzeOptions['rising']['window']>().toEqualTypeOf<number>();
    expectTypeOf<AnalyzeOptions['exportContainment']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ResolvedAnalyzeOptions['exportContainment']>().toEqualTypeOf<number>();
  });

  it('types the history store so stores written before loadPeriodSources still fit', () => {
    expectTypeOf<api.HistoryStore['loadPeriodSources']>().toEqualTypeOf<
      ((kind: api.PeriodKind, periods: readonly string[], options?: { excludeFingerprint?: string }) => Promise<api.PeriodSource[]>) | undefined
    >();
    expectTypeOf<api.PeriodSource['sketch']>().toEqualTypeOf<number[] | undefined>();
    expectTypeOf(api.reconcileOverlappingExports).returns.toEqualTypeOf<api.OverlapPlan>();
  });

  it('types tickets, warnings and classify results as the contract says', () => {
    expectTypeOf<TicketInput>().toHaveProperty('text').toEqualTypeOf<string>();
    expectTypeOf<Warning['kind']>().toEqualTypeOf<'top' | 'repeat' | 'high-risk' | 'burst'>();
    expectTypeOf<Warning['level']>().toEqualTypeOf<'red' | 'orange' | 'yellow'>();
    expectTypeOf<Report['schemaVersion']>().toEqualTypeOf<1>();
    expectTypeOf<ClassifyResult['issueId']>().toEqualTypeOf<string | null>();
    expectTypeOf(api.analyze).returns.resolves.toHaveProperty('report').toEqualTypeOf<Report>();
  });
});
