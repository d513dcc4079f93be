import { describe, expect, it } from 'vitest';
import { countByLevel, groupWarnings } from '../../src/report/group-warnings.js';
import { briefingReport } from './sample-report.js';

describe('groupWarnings', () => {
  const report = briefingReport();
  const grouped = groupWarnings(report);

  it('groupWarnings(report) places every warning exactly once', () => {
    const placed = [...grouped.fresh, ...grouped.continuing, ...grouped.earlier.flatMap((p) => p.warnings)].map((w) => w.id);
    expect(placed.sort()).toEqual(report.warnings.map((w) => w.id).sort());
  });

  it('groupWarnings(report) keeps the last period fresh by level, escalated before new, continuing apart', () => {
    expect(grouped.latest).toBe('2026-11-09');
    expect(grouped.fresh.map((w) => w.id)).toEqual(['W-1', 'W-4', 'W-2', 'W-3']);
    expect(grouped.continuing.map((w) => w.id)).toEqual(['W-6', 'W-5']);
  });

  it('groupWarnings(report) lists earlier periods newest first with counts per level', () => {
    expect(grouped.earlier.map((p) => p.period)).toEqual(['2026-11-08', '2026-11-07']);
    expect(grouped.earlier[0]?.warnings.map((w) => w.id)).toEqual(['W-8', 'W-7']);
    expect(grouped.earlier[0]?.counts).toEqual({ red: 1, orange: 0, yellow: 1 });
  });

  it('groupWarnings(report) takes the newest warning period as latest when the report lists no periods', () => {
    expect(groupWarnings(briefingReport({ periods: [] })).latest).toBe('2026-11-09');
  });

  it('countByLevel(warnings) counts each level', () => {
    expect(countByLevel(report.warnings)).toEqual({ red: 2, orange: 4, yellow: 3 });
  });
});
