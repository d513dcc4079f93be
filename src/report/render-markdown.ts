import { escapeMarkdown as md, markdownCode as code } from './escape-markdown.js';
import { distinctEvidence, evidenceSnippet, exampleTexts } from './evidence-snippet.js';
import { formatDateTime, formatNumber, formatPValue, listTicketIds } from './format-numbers.js';
import { countByLevel, groupWarnings, warningStatus, type LevelCounts } from './group-warnings.js';
import { summarizeLatestPeriod, type LatestPeriodSummary } from './latest-period-summary.js';
import { LEVEL_ORDER, periodSpan, reportLabels, reportTitle, rollupNote, warningKindName, type ReportLabels } from './report-labels.js';
import { reportLang } from './report-lang.js';
import type { Report, Warning } from './report-schema.js';
import { sortRisingTerms } from './sort-rising-terms.js';
import { sparkline } from './sparkline.js';

const MAX_IDS = 10;
const MAX_ROWS = 30;
const MAX_EVIDENCE = 3;

/**
 * The daily early-warning report (投诉预警日报) as Markdown, ordered as a morning briefing: the latest period's
 * headline (tickets against the previous period, new warnings, red ones, top issues, and its digest: the
 * `report.digest` warnings to read first, each with the sentence of its first evidence); its new and escalated
 * warnings by level in full; its continuing ones as a compact list; each earlier period (newest first) with its
 * counts and its warnings in a compact table; with a history, the last periods as text charts; TOP issues (with a
 * history their first period, periods seen and trend), rising terms (latest first), topics, input accounting,
 * messages and a legend. Every warning id of the report appears. Chinese for Chinese input, English for English
 * (see {@link reportLang}). Every piece of input text is escaped, so a ticket cannot inject Markdown, HTML or cells.
 */
export function renderMarkdown(report: Report): string {
  const l = reportLabels(reportLang(report));
  const latest = summarizeLatestPeriod(report);
  const periods = report.periods;
  const span = periods.length === 0 ? l.none : periodSpan(periods, l);
  const note = rollupNote(report, l);
  const out: string[] = [
    `# ${reportTitle(report, l)}`,
    '',
    `${l.periods}${l.colon}${md(span)}　${l.generatedAt}${l.colon}${md(report.generatedAt)}`,
    '',
    ...(note ? [`> ${md(note)}`, ''] : []),
  ];
  out.push(...headline(latest, l, exampleTexts(report)));
  out.push(...warnings(report, l, latest.daily));

  out.push(...historySection(report, l));

  out.push(`## ${l.topIssues}`, '');
  const topics = new Map(report.topics.map((t) => [t.id, t.label]));
  // With a history: the first period the issue was seen in, how many periods it was seen in, and its trend.
  const inHistory = report.history ? new Map(report.history.issues.map((h) => [h.id, h])) : undefined;
  out.push(
    ...table(
      [l.rank, l.issue, l.ticketCount, l.customers, l.heat, l.firstSeen, l.lastSeen, ...(inHistory ? [l.periodsActive, l.trendHeader] : []), l.statusHeader, l.topic],
      report.issues.slice(0, MAX_ROWS).map((i) => {
        const h = inHistory?.get(i.id);
        return [
          String(i.rank),
          md(i.label),
          String(i.tickets),
          String(i.customers),
          formatNumber(i.heat),
          md(h ? h.firstSeen : formatDateTime(i.firstSeen)),
          md(formatDateTime(i.lastSeen)),
          ...(inHistory ? [h ? String(h.periodsActive) : '', h ? l.trend[h.trend] : ''] : []),
          i.status ? l.status[i.status] : '',
          i.topicId === undefined ? '' : md(topics.get(i.topicId) ?? i.topicId),
        ];
      }),
      l,
      report.issues.length - MAX_ROWS,
    ),
  );
  const faded = report.fadedIssues ?? [];
  if (faded.length > 0) {
    const zh = l.colon !== ': ';
    out.push(
      zh ? `已消退的问题（历史中有、本次未再出现，${faded.length} 个）：` : `Faded issues (in the history, not seen in this run, ${faded.length}):`,
      '',
      ...faded.slice(0, MAX_ROWS).map((f) => `- ${md(f.label)}　${code(f.id)}　${zh ? '最后出现' : 'last seen'} ${md(f.lastSeen)}`),
      '',
    );
  }

  out.push(`## ${l.risingTerms}`, '');
  const rising = sortRisingTerms(report.risingTerms);
  out.push(
    ...table(
      [l.period, l.term, l.ticketCount, l.expected, l.ratio, l.pValue, l.isNew],
      rising.slice(0, MAX_ROWS).map((r) => [
        md(r.period),
        md(r.term),
        String(r.tickets),
        formatNumber(r.expected),
        formatNumber(r.ratio, 1),
        formatPValue(r.pValue),
        r.isNew ? l.yes : l.no,
      ]),
      l,
      rising.length - MAX_ROWS,
    ),
  );

  out.push(`## ${l.topics}`, '');
  out.push(
    ...table(
      [l.topic, l.terms, l.ticketCount],
      report.topics.map((t) => [md(t.label), md(t.terms.slice(0, 8).join(l.listSep)), String(t.ticketIds.length)]),
      l,
    ),
  );

  const all = countByLevel(report.warnings);
  out.push(
    `## ${l.inputAccounting}`,
    '',
    `- ${l.rowsRead}${l.colon}${report.input.rowsRead}；${l.accepted}${l.colon}${report.input.accepted}；${l.rejected}${l.colon}${report.input.rejected}；${l.duplicates}${l.colon}${report.input.duplicates}`,
    `- ${l.allWarnings}${l.colon}${report.warnings.length}${l.paren(chips(all, l))}`,
    '',
  );

  if (report.messages.length > 0) {
    out.push(`## ${l.messages}`, '');
    for (const m of report.messages) {
      const where = [m.file, m.row === undefined ? undefined : String(m.row)].filter(Boolean).join(':');
      out.push(`- ${m.severity} ${code(m.code)}${where ? ` ${md(where)}` : ''}${l.colon}${md(m.message)}`);
    }
    out.push('');
  }

  out.push(`## ${l.legend}`, '', ...LEVEL_ORDER.map((level) => `- **${l.level[level]}**${l.colon}${l.legendLevels[level]}`), `- ${l.legendStatus}`, '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/**
 * The report in its history, as text charts: tickets per period, each TOP issue's tickets per period with its first
 * period, periods seen and trend, and each charted rising term against its expected count in the latest period.
 */
function historySection(report: Report, l: ReportLabels): string[] {
  const h = report.history;
  if (!h || h.periods.length === 0) return [];
  const first = h.periods[0]!.id;
  const last = h.periods.at(-1)!.id;
  const tickets = h.periods.map((p) => p.tickets);
  const out = [
    `## ${l.historyTitle(h.periods.length)}`,
    '',
    `- ${l.volumeChart}${l.colon}\`${sparkline(tickets)}\`　${md(first)} – ${md(last)}${l.paren(`${Math.min(...tickets)} – ${Math.max(...tickets)}`)}`,
  ];
  for (const i of h.issues) {
    const facts = [`${l.firstSeen} ${md(i.firstSeen)}`, `${l.periodsActive} ${i.periodsActive}`, l.trend[i.trend]];
    out.push(`- ${md(i.label)}${l.colon}\`${sparkline(i.tickets)}\`${l.paren(facts.join(' · '))}`);
  }
  for (const t of h.terms) {
    const e = t.expected.at(-1);
    const facts = [`${l.ticketCount} ${t.tickets.at(-1) ?? 0}`, ...(e === null || e === undefined ? [] : [`${l.expected} ${formatNumber(e)}`])];
    out.push(`- ${l.term} ${md(t.term)}${l.colon}\`${sparkline(t.tickets)}\`${l.paren(facts.join(' · '))}`);
  }
  out.push('');
  return out;
}

function chips(counts: LevelCounts, l: ReportLabels): string {
  return LEVEL_ORDER.map((level) => l.levelCount(level, counts[level])).join(' · ');
}

function headline(s: LatestPeriodSummary, l: ReportLabels, texts: ReadonlyMap<string, string>): string[] {
  if (s.period === undefined) return [`## ${l.headline(l.none, s.daily)}`, '', l.noData, ''];
  const sum = (counts: LevelCounts): number => counts.red + counts.orange + counts.yellow;
  const fresh = LEVEL_ORDER.filter((level) => s.fresh[level] > 0).map((level) => l.levelCount(level, s.fresh[level]));
  const out = [
    `## ${l.headline(md(s.period), s.daily)}`,
    '',
    `- ${l.volumeSentence(md(s.period), s.tickets, s.previous && { id: md(s.previous.id), tickets: s.previous.tickets })}`,
    `- ${l.warningsSentence(fresh, sum(s.escalated), sum(s.continuing))}`,
  ];
  if (s.urgent.length > 0) {
    const named = s.urgent.map((w) => `${md(w.title)}${l.paren(`${l.route}${l.colon}${md(w.route.department)}`)}`).join(l.clauseSep);
    out.push(`- **${l.actNow}**${l.colon}${named}${s.urgentMore > 0 ? l.andMore(s.urgentMore) : ''}`);
  }
  if (s.topIssues.length > 0) {
    out.push(`- ${l.topToday(s.topIssues.length, s.daily)}${l.colon.trimEnd()}`);
    s.topIssues.forEach((i, k) => {
      const facts = [
        i.periodTickets === undefined ? l.totalTickets(i.tickets) : l.periodTickets(i.periodTickets),
        i.heat === undefined ? '' : `${l.heat} ${formatNumber(i.heat)}`,
        i.status ? l.status[i.status] : '',
      ].filter(Boolean);
      out.push(`  ${k + 1}. **${md(i.label)}**${l.paren(facts.join(' · '))}`);
    });
  }
  out.push('');
  if (s.digest.length > 0) {
    out.push(`### ${l.digestTitle(s.digest.length, s.periodWarnings, s.daily)}`, '');
    s.digest.forEach((w, k) => {
      const status = warningStatus(w);
      out.push(
        `${k + 1}. **${l.level[w.level]}**　${md(w.title)}　[${kindText(w, l)}]${status === 'new' ? '' : ` **${l.status[status]}**`}　${l.route}${l.colon}${md(w.route.department)}`,
      );
      const e = w.evidence[0];
      if (e) out.push(`   ${evidenceText(e, texts)}`);
    });
    out.push('');
    if (s.periodWarnings > s.digest.length) out.push(l.digestRest(s.periodWarnings - s.digest.length), '');
  }
  return out;
}

/** One evidence item: the ticket id and its sentence in 「」 with the matched words in 【】, all escaped. */
function evidenceText(e: Warning['evidence'][number], texts: ReadonlyMap<string, string>): string {
  const s = evidenceSnippet(e, texts);
  return `${md(s.ticketId)}「${md(s.before)}【${md(s.match)}】${md(s.after)}」`;
}

function warnings(report: Report, l: ReportLabels, daily: boolean): string[] {
  const { latest, fresh, continuing, earlier } = groupWarnings(report);
  const texts = exampleTexts(report);
  const out = [`## ${l.latestWarnings(latest === undefined ? l.none : md(latest), daily)}`, ''];
  if (fresh.length === 0) out.push(l.noWarnings, '');
  for (const level of LEVEL_ORDER) {
    const group = fresh.filter((w) => w.level === level);
    if (group.length === 0) continue;
    out.push(`### ${l.level[level]}${l.paren(String(group.length))}`, '');
    for (const w of group) out.push(...warningItem(w, l, texts));
    out.push('');
  }
  if (continuing.length > 0) {
    out.push(`### ${l.continuing(continuing.length)}`, '');
    for (const w of continuing) {
      out.push(`- ${l.level[w.level]}　${md(w.title)}　[${kindText(w, l)}]　${l.route}${l.colon}${md(w.route.department)}　${code(w.id)}`);
    }
    out.push('');
  }
  if (earlier.length > 0) {
    out.push(`## ${l.earlierWarnings}`, '');
    for (const p of earlier) {
      out.push(`### ${l.periodWarnings(md(p.period), p.warnings.length)}${l.paren(chips(p.counts, l))}`, '');
      out.push(
        ...table(
          [l.levelHeader, l.titleHeader, l.kindHeader, l.statusHeader, l.route, l.id],
          p.warnings.map((w) => [l.level[w.level], md(w.title), kindText(w, l), l.status[warningStatus(w)], md(w.route.department), code(w.id, true)]),
          l,
        ),
      );
    }
  }
  return out;
}

function kindText(w: Warning, l: ReportLabels): string {
  return md(warningKindName(w, l));
}

function warningItem(w: Warning, l: ReportLabels, texts: ReadonlyMap<string, string>): string[] {
  const ids = listTicketIds(w.ticketIds, MAX_IDS, l.moreTickets);
  const route = w.route.reason ? `${md(w.route.department)}${l.paren(md(w.route.reason))}` : md(w.route.department);
  const status = warningStatus(w);
  const lines = [
    `- **${md(w.title)}**　[${kindText(w, l)}]${status === 'new' ? '' : ` **${l.status[status]}**`}　${code(w.id)}`,
    `  - ${md(w.reason)}`,
    `  - ${l.route}${l.colon}${route}`,
    `  - ${l.tickets}${l.colon}${ids.shown.map(md).join(l.listSep)}${ids.note ? ` ${ids.note}` : ''}`,
  ];
  const evidence = distinctEvidence(w.evidence).slice(0, MAX_EVIDENCE).map((e) => evidenceText(e, texts));
  if (evidence.length > 0) lines.push(`  - ${l.evidence}${l.colon}${evidence.join(l.clauseSep)}`);
  return lines;
}

/** A GFM table, or "none"; `more` > 0 adds a note of the rows left off. */
function table(header: string[], rows: string[][], l: ReportLabels, more = 0): string[] {
  if (rows.length === 0) return [l.none, ''];
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((cells) => `| ${cells.map((c) => c || ' ').join(' | ')} |`),
    '',
    ...(more > 0 ? [l.moreRows(more), ''] : []),
  ];
}
