import { distinctEvidence, evidenceSnippet } from './evidence-snippet.js';
import { formatCsvLines } from './format-csv.js';
import { LEVEL_ORDER, reportLabels } from './report-labels.js';
import { reportLang } from './report-lang.js';
import type { Report } from './report-schema.js';

/**
 * `warnings.csv`: UTF-8 with BOM (so Excel reads it as UTF-8), a header row in the report's language, one row per
 * warning, most severe first; each evidence item as `ticket: its sentence with the 【matched words】 marked`; the
 * repeat kind; `1` for the warnings of the digest. Level and kind stay machine values (`red`, `high-risk`) so a spreadsheet filter is
 * stable across languages. Cells a spreadsheet would run as a formula are prefixed with `'`; RFC 4180 quoting.
 */
export function renderWarningsCsv(report: Report): string {
  return [...warningsCsvLines(report)].join('');
}

/** {@link renderWarningsCsv} line by line, for writing without the whole text. */
export function warningsCsvLines(report: Report): Generator<string> {
  const l = reportLabels(reportLang(report));
  const rows = function* (): Generator<string[]> {
    const digestIds = new Set((report.digest ?? []).flatMap((d) => d.warningIds));
    for (const level of LEVEL_ORDER) for (const w of report.warnings) if (w.level === level) yield warningRow(w, digestIds);
  };
  return formatCsvLines(l.csvHeader, rows(), { bom: true, neutraliseFormulas: true });
}

const NO_TEXTS: ReadonlyMap<string, string> = new Map();

function warningRow(w: Report['warnings'][number], digestIds: ReadonlySet<string>): string[] {
  return [
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
    distinctEvidence(w.evidence)
      .map((e) => {
        const s = evidenceSnippet(e, NO_TEXTS);
        return `${e.ticketId}: ${s.before}【${s.match}】${s.after}`;
      })
      .join(' | '),
    w.status ?? '',
    w.repeatKind ?? '',
    digestIds.has(w.id) ? '1' : '',
  ];
}
