import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from '../src/index.js';
import type { AnalyzeOptions, ClassifyResult, Report, ResolvedAnalyzeOptions, RunAnalysisOptions, TicketInput, Warning } from '../src/index.js';
import * as stages from '../src/stages.js';
import * as testing from '../src/testing.js';

describe('the public API (src/index.ts)', () => {
  it('exports the pipeline entry points by name', () => {
    for (const name of ['analyze', 'runAnalysis', 'createClassifier', 'readExports', 'streamExports', 'loadModels', 'writeReport', 'openDuckdbHistoryStore', 'createMemoryHistoryStore']) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('keeps the root small (at most 30 values): the stages are in /stages, the generator and metrics in /testing', () => {
    const root = Object.keys(api);
    expect(root.length).toBeLessThanOrEqual(30);
    for (const name of ['findIssues', 'rankHotTerms', 'normalizeTickets', 'warnTopIssues', 'renderHtml']) {
      expect(root, name).not.toContain(name);
      expect(typeof (stages as Record<string, unknown>)[name], name).toBe('function');
    }
    for (const name of ['generateExport', 'scorePlantedEvents', 'adjustedRandIndex', 'normalizedMutualInformation']) {
      expect(root, name).not.toContain(name);
      expect(typeof (testing as Record<string, unknown>)[name], name).toBe('function');
    }
    // Internals are exported nowhere.
    const everywhere = [...root, ...Object.keys(stages), ...Object.keys(testing)];
    for (const name of ['SharedBufferDoc', 'internTerm', 'createRandom', 'ticketKey', 'TICKET_SKETCH_SIZE', 'zonedTimeToUtc']) {
      expect(everywhere, name).not.toContain(name);
    }
    // A name lives in one entry only.
    expect(new Set(everywhere).size).toBe(everywhere.length);
  });

  it('every error class is a HotspotsError, the CSV header error an InputError', () => {
    for (const E of [api.ConfigError, api.InputError, api.ModelError, api.StateError]) expect(E.prototype).toBeInstanceOf(api.HotspotsError);
    expect(new stages.CsvHeaderError('CSV_QUOTE_NOT_CLOSED')).toBeInstanceOf(api.InputError);
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
    expectTypeOf(stages.reconcileOverlappingExports).returns.toEqualTypeOf<stages.OverlapPlan>();
  });

  it('types tickets, warnings and classify results as the contract says', () => {
    expectTypeOf<TicketInput>().toHaveProperty('text').toEqualTypeOf<string>();
    expectTypeOf<Warning['kind']>().toEqualTypeOf<'top' | 'repeat' | 'high-risk' | 'burst'>();
    expectTypeOf<Warning['level']>().toEqualTypeOf<'red' | 'orange' | 'yellow'>();
    expectTypeOf<Report['schemaVersion']>().toEqualTypeOf<1>();
    expectTypeOf<ClassifyResult['issueId']>().toEqualTypeOf<string | null>();
    expectTypeOf(api.analyze).returns.resolves.toHaveProperty('report').toEqualTypeOf<Report>();
  });

  it('types runAnalysis options flat, and createClassifier as a promise from a state file and at once from models', () => {
    expectTypeOf<RunAnalysisOptions['period']>().toEqualTypeOf<'day' | 'week' | 'dekad' | 'month' | undefined>();
    expectTypeOf<RunAnalysisOptions['files']>().toEqualTypeOf<string[]>();
    // Typed only, never called.
    const fromState = () => api.createClassifier({ state: 'state.duckdb' });
    const fromModels = (models: api.Models) => api.createClassifier({ models });
    expectTypeOf(fromState).returns.toEqualTypeOf<Promise<api.Classifier>>();
    expectTypeOf(fromModels).returns.toEqualTypeOf<api.Classifier>();
  });
});
