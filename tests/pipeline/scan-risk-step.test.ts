import { beforeAll, describe, expect, it } from 'vitest';
import { loadModels, type Models, type TicketInput } from '../../src/index.js';
import { startRiskScans } from '../../src/pipeline/scan-risk-step.js';
import { buildReport, countTerms, detectRising, findRecurringIssues, findTopics, prepareTexts, raiseWarnings } from '../../src/stages.js';
import { generateExport } from '../../src/testing.js';
import { createRiskMatcher } from '../../src/warnings/create-risk-matcher.js';
import { scanRiskText } from '../../src/warnings/detect-risk.js';
import { generatedTickets } from '../helpers/generated-tickets.js';

const now = new Date('2026-12-01T00:00:00Z');
let models: Models;
let tickets: TicketInput[];

beforeAll(async () => {
  models = await loadModels();
  tickets = generatedTickets(generateExport({ n: 1500, seed: 20261203, days: 5 }));
});

describe('startRiskScans (the tickets risk-scanned in a worker thread while the steps before the warnings run)', () => {
  it('gives every ticket the scan the warnings would make on the calling thread, and the same warnings', async () => {
    const texts = await prepareTexts(tickets, { models, options: { threads: 2 }, now });
    const pending = startRiskScans(texts, 0);
    expect(pending).toBeDefined();
    const scans = await pending!.scans();
    const matcher = createRiskMatcher(models.risk, texts.run.options.warnings.risk, texts.segmenter, models.riskClassifier);
    expect(scans).toHaveLength(texts.corpus.tickets.length);
    const expected = texts.corpus.tickets.map((t) => scanRiskText(t.text, matcher));
    expect(scans.filter((s) => s.matches.length > 0).length).toBeGreaterThan(10);
    expect(JSON.stringify(scans)).toBe(JSON.stringify(expected));

    const steps = async (withScans: boolean) => {
      const again = await prepareTexts(tickets, { models, options: { threads: 2 }, now });
      const risk = withScans ? startRiskScans(again, 0) : undefined;
      const issues = await findRecurringIssues(await findTopics(await detectRising(countTerms(again))));
      return (await buildReport(await raiseWarnings(issues, risk))).report;
    };
    const [a, b] = [await steps(true), await steps(false)];
    expect(a.warnings.length).toBeGreaterThan(0);
    expect(JSON.stringify({ ...a, generatedAt: '' })).toBe(JSON.stringify({ ...b, generatedAt: '' }));
  });

  it('is not started for a small input, one thread, or a segmenter that cannot run in a worker', async () => {
    const texts = await prepareTexts(tickets.slice(0, 200), { models, options: { threads: 2 }, now });
    expect(startRiskScans(texts)).toBeUndefined();
    expect(startRiskScans({ ...texts, run: { ...texts.run, options: { ...texts.run.options, threads: 1 } } }, 0)).toBeUndefined();
    expect(startRiskScans({ ...texts, segmenter: { name: 'own', cut: (t: string) => [...t] } }, 0)).toBeUndefined();
  });
});
