import { join } from 'node:path';
import type { Report } from '../report/report-schema.js';

/** The one-screen summary printed at the end of `analyze`/`demo`. Pure. */
export function formatSummary(report: Report, outDir: string, state?: string): string {
  const { input } = report;
  const levels = { red: 0, orange: 0, yellow: 0 };
  let fresh = 0;
  for (const w of report.warnings) {
    levels[w.level]++;
    if (w.status !== 'continuing') fresh++;
  }
  const span = report.periods.length > 0 ? `${report.periods[0]?.id} … ${report.periods.at(-1)?.id}` : 'none';
  const lines = [
    `complaint-hotspots: ${input.accepted} tickets analysed (rows read ${input.rowsRead}, rejected ${input.rejected}, duplicates ${input.duplicates})`,
    `periods: ${report.periods.length} (${span})`,
    `warnings: ${levels.red} red, ${levels.orange} orange, ${levels.yellow} yellow (${fresh} new or escalated, ${report.warnings.length - fresh} continuing)`,
    'top issues:',
    ...report.issues.slice(0, 5).map((i) => `  ${i.rank}. ${i.label} (${i.tickets} tickets, ${i.customers} customers)`),
    `report: ${join(outDir, 'report.html')}`,
    `        ${join(outDir, 'report.json')}, report.md, warnings.csv, rejects.jsonl`,
    ...(state ? [`state: ${state}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
