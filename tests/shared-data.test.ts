import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../src/run-analysis.js';

// The real public datasets beside the project (../shared/data), read by path, never copied.
const DATA = join(import.meta.dirname, '..', '..', 'shared', 'data');
const CAR = join(DATA, 'chezhiwang_car_complaints/David-YYJ+DataEngine/car_complain.csv');
const CFPB = join(DATA, 'cfpb_complaints_sample/complaints_sample.csv');

describe.runIf(existsSync(CAR))('runAnalysis on the June 2020 car-quality complaints (GBK)', () => {
  it('groups the 阿特兹 B柱异响 complaints into one issue among the top 3', async () => {
    const { report } = await runAnalysis({ files: [CAR], options: { period: 'day' } });
    const { tickets } = await import('../src/read/read-exports.js').then((m) => m.readExports([CAR]));
    const bPillar = new Set(tickets.filter((t) => t.text.includes('阿特兹') && t.text.includes('B柱')).map((t) => t.id));
    expect(bPillar.size).toBeGreaterThanOrEqual(30);
    const best = report.issues
      .map((issue) => ({ issue, hits: issue.ticketIds.filter((id) => bPillar.has(id)).length }))
      .sort((a, b) => b.hits - a.hits)[0]!;
    expect(best.hits / bPillar.size).toBeGreaterThanOrEqual(0.9);
    expect(best.issue.rank).toBeLessThanOrEqual(3);
  });
});

describe.runIf(existsSync(CFPB))('runAnalysis on the CFPB complaint sample (English, dated)', () => {
  it('completes with --period month and reports rising terms in several months', async () => {
    const { report } = await runAnalysis({ files: [CFPB], options: { period: 'month' } });
    expect(report.input.rowsRead).toBe(report.input.accepted + report.input.rejected + report.input.duplicates);
    expect(report.input.accepted).toBeGreaterThan(1000);
    expect(report.periods.every((p) => /^\d{4}-\d{2}$/.test(p.id))).toBe(true);
    const months = new Set(report.risingTerms.map((r) => r.period));
    expect(months.size).toBeGreaterThanOrEqual(3);
    expect(report.topics.flatMap((t) => t.terms).some((t) => /^[a-z]/.test(t))).toBe(true);
  });
});
