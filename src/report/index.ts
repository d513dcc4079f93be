export { escapeHtml } from './escape-html.js';
export { escapeMarkdown } from './escape-markdown.js';
export { formatCsv, neutraliseFormula, quoteCsvCell, UTF8_BOM } from './format-csv.js';
export { LEVEL_COLORS, renderHtml } from './render-html.js';
export { renderMarkdown } from './render-markdown.js';
export { renderWarningsCsv } from './render-warnings-csv.js';
export { reportLang, type ReportLang } from './report-lang.js';
export * from './report-schema.js';
export { writeReport, type ReportPaths } from './write-report.js';
