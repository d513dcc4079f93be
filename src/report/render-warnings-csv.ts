import { formatCsv } from './format-csv.js';
import { LEVEL_ORDER, reportLabels } from './report-labels.js';
import { reportLang } from './report-lang.js';
import type { Report } from './report-schema.js';

/**
 * `warnings.csv`: UTF-8 with BOM (so Excel reads it as UTF-8), a header row in the report's language, one row per
 * warning, most severe first. Level and kind stay machine values (`red`, `high-risk`) so a spreadsheet filter is
 * stable across languages. Cells a spreadsheet would run as a formula are prefixed with `'`; RFC 4180 quoting.
 */
export function renderWarningsCsv(report: Report): string {
  const l = reportLabels(reportLang(report));
  const ordered = LEVEL_ORDER.flatMap((level) => report.warnings.filter((w) => w.level === level));
  const rows = ordered.map((w) => [
    w.id,
    w.level,
    w.kind,
    w.category ?? '',
    w.period,
    w.title,
    w.reason,
    w.route.department,
    w.route.reason ?? '',
    String(w.ticketIds.length),
    w.ticketIds.join(' '),
    w.evidence.map((e) => `${e.ticketId}: ${e.text}`).join(' | '),
    w.status ?? '',
  ]);
  return formatCsv(l.csvHeader, rows, { bom: true, neutraliseFormulas: true });
}
