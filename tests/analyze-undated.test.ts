import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, type AnalyzeResult } from '../src/analyze.js';
import { UNDATED_TIME, type ReadResult } from '../src/core/ticket.js';
import { generateExport } from '../src/generate/generate-export.js';
import { createMemoryHistoryStore } from '../src/history/create-memory-history-store.js';
import { loadModels } from '../src/models/load-models.js';
import { reportSchema } from '../src/report/report-schema.js';
import { generatedTickets } from './helpers/generated-tickets.js';

let result: AnalyzeResult;

beforeAll(async () => {
  const models = await loadModels();
  const tickets = generatedTickets(generateExport({ n: 1500, seed: 7, days: 7 })).map((t) => ({ ...t, fields: {}, time: UNDATED_TIME }));
  const read: ReadResult = { files: ['plain.csv'], tickets, rejects: [], duplicates: 0, rowsRead: tickets.length, undated: true };
  result = await analyze(read, {}, { models, history: createMemoryHistoryStore(), now: new Date('2026-11-15T00:00:00Z') });
});

describe('analyze(undated export)', () => {
  it('reports one period "all" holding every ticket, with empty bounds', () => {
    expect(result.report.periods).toEqual([{ id: 'all', start: '', end: '', tickets: 1500 }]);
    expect(reportSchema.safeParse(result.report).success).toBe(true);
  });

  it('finds hot terms, topics and issues but no rising terms, and says why once', () => {
    expect(result.report.hotTerms.length).toBeGreaterThan(10);
    expect(result.report.issues.length).toBeGreaterThan(0);
    expect(result.report.risingTerms).toEqual([]);
    expect(result.report.warnings.every((w) => w.period === 'all' && w.kind !== 'burst')).toBe(true);
    expect(result.report.messages.filter((m) => m.code === 'undated-export')).toHaveLength(1);
  });

  it('gives issues no first/last seen dates and keeps nothing dated in the state', () => {
    expect(result.report.issues.every((i) => i.firstSeen === '' && i.lastSeen === '')).toBe(true);
    expect(result.update.periodCounts).toEqual([]);
    expect(result.update.issues).toEqual([]);
    expect(result.update.customerTickets).toEqual([]);
  });
});
