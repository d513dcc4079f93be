import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { generateExport } from '../../src/generate/generate-export.js';
import { createMemoryHistoryStore } from '../../src/history/create-memory-history-store.js';
import { loadModels } from '../../src/models/load-models.js';
import { generatedTickets } from '../helpers/generated-tickets.js';

describe('analyze(tickets, { history: { keepDays } }, { history }) then commit', () => {
  it('keeps term counts and summaries of the last keepDays days (and the baseline), and the totals of every day', async () => {
    const store = createMemoryHistoryStore();
    const tickets = generatedTickets(generateExport({ n: 600, seed: 3, days: 20, start: '2026-11-01' }));
    const models = await loadModels();
    const { update, report } = await analyze(tickets, { history: { keepDays: 10 }, discoverWords: false }, { models, history: store });
    expect(update.keepDetailFrom?.period).toBe('2026-11-11');
    expect(update.periodSummaries?.map((s) => s.period)).toEqual(report.periods.map((p) => p.id));
    await store.commit(update);
    const counts = await store.loadPeriodCounts('day', '2026-12-01', 30);
    expect(counts).toHaveLength(20);
    expect(counts.filter((p) => p.counts.size > 0).map((p) => p.period).sort()[0]).toBe('2026-11-11');
    expect(counts.every((p) => p.tickets > 0)).toBe(true);
    expect((await store.loadPeriodSummaries('day', '2026-11-01', '2026-11-30'))[0]?.period).toBe('2026-11-11');
    // Without keepDays nothing is pruned.
    const all = await analyze(tickets, { discoverWords: false }, { models });
    expect(all.update.keepDetailFrom).toBeUndefined();
  });
});
