import { describe, expect, expectTypeOf, it } from 'vitest';
import * as api from '../src/index.js';
import type { AnalyzeOptions, ClassifyResult, Report, ResolvedAnalyzeOptions, TicketInput, Warning } from '../src/index.js';

describe('the public API (src/index.ts)', () => {
  it('exports the pipeline entry points by name', () => {
    for (const name of ['analyze', 'runAnalysis', 'createClassifier', 'readExports', 'loadModels', 'writeReport', 'generateExport', 'openDuckdbHistoryStore', 'createMemoryHistoryStore']) {
      expect(typeof (api as Record<string, unknown>)[name], name).toBe('function');
    }
  });

  it('types options as zod input outside and output inside', () => {
    expectTypeOf<AnalyzeOptions['period']>().toEqualTypeOf<'day' | 'week' | 'dekad' | 'month' | undefined>();
    expectTypeOf<ResolvedAnalyzeOptions['period']>().toEqualTypeOf<'day' | 'week' | 'dekad' | 'month'>();
    expectTypeOf<ResolvedAnalyzeOptions['rising']['window']>().toEqualTypeOf<number>();
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
