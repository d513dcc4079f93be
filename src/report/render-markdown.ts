import { escapeMarkdown as md } from './escape-markdown.js';
import { formatNumber, formatPValue, listTicketIds } from './format-numbers.js';
import { categoryName, LEVEL_ORDER, reportLabels, type ReportLabels } from './report-labels.js';
import { reportLang } from './report-lang.js';
import type { Report, Warning } from './report-schema.js';

const MAX_IDS = 10;
const MAX_ROWS = 30;

/**
 * The daily early-warning report (投诉预警日报) as Markdown: summary, warnings grouped by level (title, reason,
 * route, ticket ids), TOP issues, rising terms and topics. Chinese for Chinese input, English for English (see
 * {@link reportLang}). Every piece of input text is escaped, so a ticket cannot inject Markdown, HTML or table
 * cells.
 */
export function renderMarkdown(report: Report): string {
  const l = reportLabels(reportLang(report));
  const out: string[] = [];
  const periods = report.periods;
  const span = periods.length === 0 ? l.none : `${periods[0]?.id ?? ''} – ${periods.at(-1)?.id ?? ''}`;
  out.push(`# ${l.title}`, '', `${l.periods}：${md(span)}　${l.generatedAt}：${md(report.generatedAt)}`, '');

  out.push(`## ${l.summary}`, '');
  const counts = LEVEL_ORDER.map((level) => `${l.level[level]} ${report.warnings.filter((w) => w.level === level).length}`);
  out.push(
    `- ${l.rowsRead}：${report.input.rowsRead}；${l.accepted}：${report.input.accepted}；${l.rejected}：${report.input.rejected}；${l.duplicates}：${report.input.duplicates}`,
    `- ${l.warnings}：${report.warnings.length}（${counts.join('，')}）`,
    '',
  );

  out.push(`## ${l.warnings}`, '');
  if (report.warnings.length === 0) out.push(l.noWarnings, '');
  for (const level of LEVEL_ORDER) {
    const group = report.warnings.filter((w) => w.level === level);
    if (group.length === 0) continue;
    out.push(`### ${l.level[level]}（${group.length}）`, '');
    for (const w of group) out.push(...warningItem(w, l));
    out.push('');
  }

  out.push(`## ${l.topIssues}`, '');
  out.push(
    ...table(
      [l.rank, l.issue, l.heat, l.ticketCount, l.customers, l.firstSeen, l.lastSeen, l.terms],
      report.issues.slice(0, MAX_ROWS).map((i) => [
        String(i.rank),
        md(i.label),
        formatNumber(i.heat),
        String(i.tickets),
        String(i.customers),
        md(i.firstSeen),
        md(i.lastSeen),
        md(i.terms.slice(0, 6).join('、')),
      ]),
      l,
    ),
  );

  out.push(`## ${l.risingTerms}`, '');
  out.push(
    ...table(
      [l.period, l.term, l.ticketCount, l.expected, l.ratio, l.pValue, l.isNew],
      report.risingTerms.slice(0, MAX_ROWS).map((r) => [
        md(r.period),
        md(r.term),
        String(r.tickets),
        formatNumber(r.expected),
        formatNumber(r.ratio, 1),
        formatPValue(r.pValue),
        r.isNew ? l.yes : l.no,
      ]),
      l,
    ),
  );

  out.push(`## ${l.topics}`, '');
  out.push(
    ...table(
      [l.topic, l.terms, l.ticketCount],
      report.topics.map((t) => [md(t.label), md(t.terms.slice(0, 8).join('、')), String(t.ticketIds.length)]),
      l,
    ),
  );

  if (report.messages.length > 0) {
    out.push(`## ${l.messages}`, '');
    for (const m of report.messages) {
      const where = [m.file, m.row === undefined ? undefined : String(m.row)].filter(Boolean).join(':');
      out.push(`- ${m.severity} \`${md(m.code)}\`${where ? ` ${md(where)}` : ''}：${md(m.message)}`);
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function warningItem(w: Warning, l: ReportLabels): string[] {
  const ids = listTicketIds(w.ticketIds, MAX_IDS, l.moreTickets);
  const route = w.route.reason ? `${md(w.route.department)}（${md(w.route.reason)}）` : md(w.route.department);
  const lines = [
    `- **${md(w.title)}**　[${l.kind[w.kind]}${w.category ? ` · ${md(categoryName(l, w.category))}` : ''}] ${md(w.period)}`,
    `  - ${md(w.reason)}`,
    `  - ${l.route}：${route}`,
    `  - ${l.tickets}：${ids.shown.map(md).join('、')}${ids.note ? ` ${ids.note}` : ''}`,
  ];
  const evidence = w.evidence.slice(0, 3).map((e) => `${md(e.ticketId)}「${md(e.text)}」`);
  if (evidence.length > 0) lines.push(`  - ${l.evidence}：${evidence.join('；')}`);
  return lines;
}

function table(header: string[], rows: string[][], l: ReportLabels): string[] {
  if (rows.length === 0) return [l.none, ''];
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((cells) => `| ${cells.map((c) => c || ' ').join(' | ')} |`),
    '',
  ];
}
