import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, createMemoryHistoryStore, loadModels, type HistoryStore, type Models, type ReadResult, type TicketInput } from '../../src/index.js';
import { UNDATED_TIME } from '../../src/core/ticket.js';
import { buildReport, countTerms, detectRising, findRecurringIssues, findTopics, historyUpdate, prepareTexts, raiseWarnings } from '../../src/stages.js';
import { generateExport } from '../../src/testing.js';
import { generatedTickets } from '../helpers/generated-tickets.js';

const DAY = 86_400_000;
const now = new Date('2026-12-01T00:00:00Z');
let models: Models;
let tickets: TicketInput[];

beforeAll(async () => {
  models = await loadModels();
  tickets = generatedTickets(generateExport({ n: 2000, seed: 20261119, days: 10 }));
});

/** The run walked step by step, as an analyst exploring an export would. */
async function stepByStep(input: TicketInput[] | ReadResult, options: Parameters<typeof analyze>[1], history: HistoryStore) {
  const texts = await prepareTexts(input, { models, options, history, now });
  const terms = countTerms(texts);
  const rising = await detectRising(terms);
  const topics = await findTopics(rising);
  const issues = await findRecurringIssues(topics);
  const warned = await raiseWarnings(issues);
  const built = await buildReport(warned);
  return { report: built.report, update: historyUpdate(built) };
}

describe('the run step by step (complaint-hotspots/stages)', () => {
  it('gives the report and history update analyze gives, against a history of earlier nights', async () => {
    const start = Math.min(...tickets.map((t) => Number(t.time)));
    const split = start + 7 * DAY;
    const history = createMemoryHistoryStore();
    await history.commit((await analyze(tickets.filter((t) => Number(t.time) < split), {}, { models, history, now })).update);
    const later = tickets.filter((t) => Number(t.time) >= split);

    const whole = await analyze(later, { top: 5 }, { models, history, now });
    const steps = await stepByStep(later, { top: 5 }, history);

    // Not an empty comparison: the night has rising terms, issues continuing from the history, and warnings.
    expect(whole.report.risingTerms.length).toBeGreaterThan(0);
    expect(whole.report.warnings.length).toBeGreaterThan(0);
    expect(whole.report.warnings.some((w) => w.status === 'continuing')).toBe(true);
    expect(whole.report.history?.periods.length).toBeGreaterThan(2);
    expect(JSON.stringify(steps.report)).toBe(JSON.stringify(whole.report));
    expect(steps.update).toEqual(whole.update);
  });

  it('gives what analyze gives for an undated export too', async () => {
    const plain = tickets.slice(0, 300).map((t) => ({ ...t, fields: {}, time: UNDATED_TIME }));
    const undated: ReadResult = { files: ['plain.csv'], tickets: plain, rejects: [], duplicates: 0, rowsRead: plain.length, undated: true };
    const whole = await analyze(undated, {}, { models, now });
    const steps = await stepByStep(undated, {}, createMemoryHistoryStore());
    expect(whole.report.issues.length).toBeGreaterThan(0);
    expect(whole.report.periods.map((p) => p.id)).toEqual(['all']);
    expect(JSON.stringify(steps.report)).toBe(JSON.stringify(whole.report));
  });
});
