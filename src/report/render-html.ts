import { escapeHtml as esc } from './escape-html.js';
import { formatDateTime, formatNumber, formatPValue } from './format-numbers.js';
import { countByLevel } from './group-warnings.js';
import { exampleTexts } from './evidence-snippet.js';
import { headlineSection } from './html-headline.js';
import { warningsSection } from './html-warnings.js';
import { summarizeLatestPeriod } from './latest-period-summary.js';
import { LEVEL_COLORS } from './level-colors.js';
import { LEVEL_ORDER, periodSpan, reportLabels, reportTitle, rollupNote, type ReportLabels } from './report-labels.js';
import { reportLang } from './report-lang.js';
import type { Issue, Report, ReportHistory, Warning } from './report-schema.js';
import { sortRisingTerms } from './sort-rising-terms.js';
import { barChartSvg, lineChartSvg, type Series } from './svg-charts.js';

export { LEVEL_COLORS } from './level-colors.js';

const MAX_ISSUES = 15;
const MAX_RISING_SERIES = 5;
const MAX_RISING_ROWS = 50;
const MAX_ISSUE_SERIES = 5;

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:14px/1.55 -apple-system,"Segoe UI","PingFang SC","Noto Sans CJK SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:#202124;background:#f4f6f8}
main{max-width:1080px;margin:0 auto;padding:24px}header h1{margin:0 0 4px;font-size:24px}.meta,.muted{color:#5f6368;fill:#5f6368}
section{background:#fff;border-radius:8px;padding:16px 20px;margin:16px 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}h2{font-size:18px;margin:0 0 12px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(140px,1fr));gap:12px;background:none;box-shadow:none;padding:0}
.card{background:#fff;border-radius:8px;padding:12px 16px;box-shadow:0 1px 2px rgba(0,0,0,.08)}.card .v{font-size:26px;font-weight:600}.card .k{color:#5f6368}
.card.red .v{color:${LEVEL_COLORS.red}}.card.orange .v{color:${LEVEL_COLORS.orange}}.card.yellow .v{color:#b08d00}
.warning-list{list-style:none;margin:0;padding:0}.warning{border-left:6px solid #ccc;padding:8px 12px;margin:8px 0;background:#fafafa;border-radius:4px}
.warning.level-red{border-color:${LEVEL_COLORS.red}}.warning.level-orange{border-color:${LEVEL_COLORS.orange}}.warning.level-yellow{border-color:${LEVEL_COLORS.yellow}}
.badge{display:inline-block;padding:0 8px;border-radius:10px;color:#fff;font-size:12px;margin-right:6px}.badge.red{background:${LEVEL_COLORS.red}}.badge.orange{background:${LEVEL_COLORS.orange}}.badge.yellow{background:#b08d00}
.kind{font-size:12px;color:#5f6368}.ids{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;color:#5f6368;word-break:break-all}
mark{background:#fde293}.charts{display:grid;grid-template-columns:1fr;gap:16px}figure{margin:0}figcaption{font-weight:600;margin-bottom:6px}
svg.chart{width:100%;max-width:760px;height:auto}svg text{fill:#3c4043}.grid{stroke:#e8eaed}.axis{stroke:#9aa0a6}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e8eaed;padding:4px 8px;text-align:left;vertical-align:top}th{background:#f8f9fa}
details{margin:6px 0}summary{cursor:pointer}.example{margin:4px 0 4px 16px;color:#3c4043}
h3{font-size:15px;margin:16px 0 6px}h3.level-head.red{color:${LEVEL_COLORS.red}}h3.level-head.orange{color:#c77c00}h3.level-head.yellow{color:#8a6d00}
section .cards{margin-bottom:12px}section .cards .card{background:#f8f9fa;box-shadow:none}.card .sub{font-size:12px;color:#5f6368}.card .sub.up{color:${LEVEL_COLORS.red}}.card .sub.down{color:#188038}
.lead{font-size:15px;margin:8px 0}.urgent{border-left:6px solid ${LEVEL_COLORS.red};background:#fce8e6;padding:8px 12px;border-radius:4px;margin:8px 0}.urgent ul{margin:4px 0 0;padding-left:20px}
.top-issues{margin:4px 0;padding-left:24px}.top-issues li{margin:2px 0}
.digest{margin:4px 0;padding-left:24px}.digest li{margin:6px 0;padding-left:6px;border-left:4px solid #ccc}.digest li.level-red{border-color:${LEVEL_COLORS.red}}.digest li.level-orange{border-color:${LEVEL_COLORS.orange}}.digest li.level-yellow{border-color:${LEVEL_COLORS.yellow}}
.status{display:inline-block;padding:0 6px;border-radius:10px;font-size:12px;margin-right:6px;border:1px solid #9aa0a6;color:#3c4043}.status.escalated{border-color:${LEVEL_COLORS.red};color:${LEVEL_COLORS.red};font-weight:600}
.route .k{color:#5f6368}.evidence{margin-top:2px}
.warning.compact{padding:4px 10px;margin:4px 0}.warning.compact .reason{font-size:13px;color:#3c4043}.warning.compact .route{color:#5f6368}
details.continuing,details.period{border:1px solid #e8eaed;border-radius:6px;padding:6px 10px}details>summary{padding:2px 0}
.chip{display:inline-block;font-size:12px;padding:0 8px;border-radius:10px;margin-left:6px;color:#fff}.chip.red{background:${LEVEL_COLORS.red}}.chip.orange{background:${LEVEL_COLORS.orange}}.chip.yellow{background:#b08d00}.chip.zero{background:#e8eaed;color:#80868b}
.num{text-align:right;font-variant-numeric:tabular-nums}td details{margin:0}td .example{margin-left:0;font-size:13px}.note{font-size:12px;color:#5f6368;margin:6px 0 0}
ul.legend{list-style:none;margin:0;padding:0}ul.legend li{margin:4px 0}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}.messages{margin:0;padding-left:20px}
.charts-row{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:16px}
.trend.rising{color:${LEVEL_COLORS.red}}.trend.falling{color:#188038}`;

/**
 * The report as ONE self-contained HTML page: inline CSS and hand-drawn inline SVG charts, no script, font, image
 * or network request (a Content-Security-Policy forbids them as a second guard). Ordered as a morning briefing:
 * `#headline` (the latest period), the charts (`#chart-volume`, `#chart-rising`, with a history `#chart-issues`, then
 * `#chart-heat`; with a history they span its periods), `#warnings` (the
 * latest period's by level, continuing and earlier periods collapsed; every warning of the report is on the page),
 * `#issues`, `#rising-terms`, `#topics`, then `#summary` (input accounting), `#messages` and `#legend`.
 * Every piece of input text is HTML-escaped and only ever placed in element content or quoted attributes.
 */
export function renderHtml(report: Report): string {
  return [...htmlPieces(report)].join('');
}

/**
 * {@link renderHtml} in pieces (the head, then one section at a time), for writing a big report without holding
 * the whole page: the pieces joined are `renderHtml(report)`.
 */
export function* htmlPieces(report: Report): Generator<string> {
  const lang = reportLang(report);
  const l = reportLabels(lang);
  const periods = report.periods;
  const span = periods.length === 0 ? l.none : periodSpan(periods, l);
  const latest = summarizeLatestPeriod(report);
  yield `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(reportTitle(report, l))} ${esc(span)}</title>
<style>${STYLE}</style>
</head>
<body><main>
`;
  const note = rollupNote(report, l);
  yield `<header><h1>${esc(reportTitle(report, l))}</h1><p class="meta">${esc(l.periods)}${l.colon}${esc(span)}　${esc(l.generatedAt)}${l.colon}${esc(report.generatedAt)}</p>${note ? `<p class="meta rollup">${esc(note)}</p>` : ''}</header>`;
  const sections: Array<() => string> = [
    () => headlineSection(latest, l, exampleTexts(report)),
    () => chartsSection(report, l),
    () => warningsSection(report, l, latest.daily),
    () => issuesSection(report, l),
    () => risingSection(report, l),
    () => topicsSection(report, l),
    () => summarySection(report, l),
    () => messagesSection(report, l),
    () => legendSection(l),
  ];
  for (const section of sections) yield `\n${section()}`;
  yield `
</main></body>
</html>
`;
}

/** Input accounting and the report's warnings per level. */
function summarySection(report: Report, l: ReportLabels): string {
  const card = (key: string, value: number, cls = ''): string =>
    `<div class="card ${cls}"><div class="v">${value}</div><div class="k">${esc(key)}</div></div>`;
  const counts = countByLevel(report.warnings);
  return (
    `<section id="summary"><h2>${esc(l.inputAccounting)}</h2><div class="cards">${[
      card(l.rowsRead, report.input.rowsRead),
      card(l.accepted, report.input.accepted),
      card(l.rejected, report.input.rejected),
      card(l.duplicates, report.input.duplicates),
    ].join('')}</div>` +
    `<p class="note">${esc(l.allWarnings)}${l.colon}${report.warnings.length}${l.paren(esc(LEVEL_ORDER.map((level) => l.levelCount(level, counts[level])).join(' · ')))}` +
    `${report.input.files.length > 0 ? `　${esc(report.input.files.join(l.listSep))}` : ''}</p></section>`
  );
}

function messagesSection(report: Report, l: ReportLabels): string {
  if (report.messages.length === 0) return `<section id="messages"><h2>${esc(l.messages)}</h2><p class="muted">${esc(l.none)}</p></section>`;
  const items = report.messages.map((m) => {
    const where = [m.file, m.row === undefined ? undefined : String(m.row)].filter(Boolean).join(':');
    return `<li>${esc(m.severity)} <code>${esc(m.code)}</code>${where ? ` <span class="ids">${esc(where)}</span>` : ''}${l.colon}${esc(m.message)}</li>`;
  });
  return `<section id="messages"><h2>${esc(l.messages)}</h2><ul class="messages">${items.join('')}</ul></section>`;
}

function legendSection(l: ReportLabels): string {
  const items = LEVEL_ORDER.map((level) => `<li><span class="badge ${level}">${esc(l.level[level])}</span>${esc(l.legendLevels[level])}</li>`);
  return `<section id="legend"><h2>${esc(l.legend)}</h2><ul class="legend">${items.join('')}</ul><p class="note">${esc(l.legendStatus)}</p></section>`;
}

function chartsSection(report: Report, l: ReportLabels): string {
  // With a state the charts span the history's periods, this report's last; without, this report's periods.
  const history = report.history;
  const timeline = history && history.periods.length > 0 ? history.periods : report.periods;
  const volume = lineChartSvg(
    timeline.map((p) => p.id),
    [{ name: l.ticketCount, values: timeline.map((p) => p.tickets) }],
    l.volumeChart,
    l.noData,
  );
  const issueLevel = issueWarningLevels(report);
  const heat = barChartSvg(
    report.issues.slice(0, MAX_ISSUES).map((i) => {
      const level = issueLevel.get(i.id);
      return { label: i.label, value: i.heat, color: level ? LEVEL_COLORS[level] : '#1a73e8' };
    }),
    l.heatChart,
    l.noData,
  );
  const rising = lineChartSvg(...(history && history.terms.length > 0 ? historyRisingSeries(history, l) : risingSeries(report, l)), l.risingChart, l.noData);
  const figure = (id: string, caption: string, svg: string, note = ''): string =>
    `<figure id="${id}"><figcaption>${esc(caption)}</figcaption>${svg}${note ? `<p class="note">${esc(note)}</p>` : ''}</figure>`;
  const bandNote = history && history.terms.length > 0 ? `${l.expected} – ${l.threshold}` : '';
  const issues = history
    ? figure(
        'chart-issues',
        l.issueTrendChart,
        lineChartSvg(
          history.periods.map((p) => p.id),
          history.issues.slice(0, MAX_ISSUE_SERIES).map((i) => ({ name: i.label, values: i.tickets })),
          l.issueTrendChart,
          l.noData,
        ),
      )
    : '';
  return (
    `<section class="charts"><div class="charts-row">${figure('chart-volume', l.volumeChart, volume)}${figure('chart-rising', l.risingChart, rising, bandNote)}</div>` +
    `${issues}${figure('chart-heat', l.heatChart, heat)}</section>`
  );
}

/**
 * The rising-term chart over the history: each charted term's tickets per period; the first two with a band from
 * the baseline's expected count to the alert threshold, so a reader sees where the term left its normal range.
 */
function historyRisingSeries(history: ReportHistory, l: ReportLabels): [string[], Series[]] {
  return [
    history.periods.map((p) => p.id),
    history.terms.slice(0, MAX_RISING_SERIES).map((t, k): Series => ({
      name: t.term,
      values: t.tickets,
      ...(k < 2
        ? { band: t.expected.map((e, i): [number, number] | null => (e === null ? null : [e, t.threshold[i] ?? e])) }
        : {}),
    })),
  ];
}

/** The most severe warning level naming each issue in its metrics (`metrics.issueId`). */
function issueWarningLevels(report: Report): Map<string, Warning['level']> {
  const levels = new Map<string, Warning['level']>();
  for (const w of report.warnings) {
    const issueId = w.metrics['issueId'];
    if (typeof issueId !== 'string') continue;
    const had = levels.get(issueId);
    if (had === undefined || LEVEL_ORDER.indexOf(w.level) < LEVEL_ORDER.indexOf(had)) levels.set(issueId, w.level);
  }
  return levels;
}

/**
 * The rising-term chart: for the terms with the highest ratio, observed tickets per period (solid) and the
 * expected baseline (dashed) where the term rose; periods where it did not rise are gaps.
 */
function risingSeries(report: Report, l: ReportLabels): [string[], Series[]] {
  const x = report.periods.map((p) => p.id);
  for (const r of report.risingTerms) if (!x.includes(r.period)) x.push(r.period);
  x.sort();
  const best = new Map<string, number>();
  for (const r of report.risingTerms) best.set(r.term, Math.max(best.get(r.term) ?? 0, r.ratio));
  const terms = [...best.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_RISING_SERIES).map(([term]) => term);
  const series: Series[] = [];
  for (const term of terms) {
    const observed: Array<number | null> = x.map(() => null);
    const expected: Array<number | null> = x.map(() => null);
    for (const r of report.risingTerms) {
      if (r.term !== term) continue;
      const i = x.indexOf(r.period);
      observed[i] = r.tickets;
      expected[i] = r.expected;
    }
    series.push({ name: term, values: observed });
    if (series.length <= 2) series.push({ name: `${term} ${l.expected}`, values: expected, dashed: true });
  }
  return [x, series];
}

function issuesSection(report: Report, l: ReportLabels): string {
  if (report.issues.length === 0) return `<section id="issues"><h2>${esc(l.topIssues)}</h2><p class="muted">${esc(l.none)}</p></section>`;
  const topics = new Map(report.topics.map((t) => [t.id, t.label]));
  const inHistory = new Map((report.history?.issues ?? []).map((h) => [h.id, h]));
  const extra = report.history ? [l.periodsActive, l.trendHeader] : [];
  const head = [l.rank, l.issue, l.ticketCount, l.customers, l.heat, l.firstSeen, l.lastSeen, ...extra, l.statusHeader, l.topic]
    .map((h, i) => `<th${i === 0 || (i >= 2 && i <= 4) ? ' class="num"' : ''}>${esc(h)}</th>`)
    .join('');
  const rows = report.issues.slice(0, MAX_ISSUES).map((i) => issueRow(i, l, topics, report.history ? (inHistory.get(i.id) ?? null) : undefined));
  const more = report.issues.length > MAX_ISSUES ? `<p class="note">${esc(l.moreRows(report.issues.length - MAX_ISSUES))}</p>` : '';
  return `<section id="issues"><h2>${esc(l.topIssues)}</h2><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>${more}</section>`;
}

/**
 * One TOP issue row; its terms and example tickets fold out of the label cell. With a history (`h` not undefined)
 * the first seen is the issue's first period in the history, and its periods seen and trend follow (blank for an
 * issue outside the history's TOP list, `h` null).
 */
function issueRow(i: Issue, l: ReportLabels, topics: ReadonlyMap<string, string>, h?: ReportHistory['issues'][number] | null): string {
  const examples = i.examples
    .map((e) => `<div class="example"><span class="ids">${esc(e.ticketId)}</span> ${esc(e.text)}</div>`)
    .join('');
  const topic = i.topicId === undefined ? '' : (topics.get(i.topicId) ?? i.topicId);
  return (
    `<tr class="issue" data-issue="${esc(i.id)}"><td class="num">${i.rank}</td>` +
    `<td><details><summary><strong>${esc(i.label)}</strong></summary>` +
    `<div class="kind">${esc(l.terms)}${l.colon}${esc(i.terms.slice(0, 8).join(l.listSep))}</div>` +
    (examples ? `<div><em>${esc(l.examples)}</em>${examples}</div>` : '') +
    `</details></td>` +
    `<td class="num">${i.tickets}</td><td class="num">${i.customers}</td><td class="num">${formatNumber(i.heat)}</td>` +
    `<td>${esc(h ? h.firstSeen : formatDateTime(i.firstSeen))}</td><td>${esc(formatDateTime(i.lastSeen))}</td>` +
    (h === undefined ? '' : h === null ? '<td></td><td></td>' : `<td class="num">${h.periodsActive}</td><td class="trend ${h.trend}">${esc(l.trend[h.trend])}</td>`) +
    `<td>${i.status ? esc(l.status[i.status]) : ''}</td><td>${esc(topic)}</td></tr>`
  );
}

function risingSection(report: Report, l: ReportLabels): string {
  const sorted = sortRisingTerms(report.risingTerms);
  const rows = sorted
    .slice(0, MAX_RISING_ROWS)
    .map(
      (r) =>
        `<tr><td>${esc(r.period)}</td><td>${esc(r.term)}</td><td class="num">${r.tickets}</td><td class="num">${formatNumber(r.expected)}</td>` +
        `<td class="num">${formatNumber(r.ratio, 1)}</td><td class="num">${formatPValue(r.pValue)}</td><td>${r.isNew ? esc(l.yes) : esc(l.no)}</td></tr>`,
    );
  const head = [l.period, l.term, l.ticketCount, l.expected, l.ratio, l.pValue, l.isNew]
    .map((h, i) => `<th${i >= 2 && i <= 5 ? ' class="num"' : ''}>${esc(h)}</th>`)
    .join('');
  const more = sorted.length > MAX_RISING_ROWS ? `<p class="note">${esc(l.moreRows(sorted.length - MAX_RISING_ROWS))}</p>` : '';
  const content = rows.length === 0 ? `<p class="muted">${esc(l.none)}</p>` : `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>${more}`;
  return `<section id="rising-terms"><h2>${esc(l.risingTerms)}</h2>${content}</section>`;
}

function topicsSection(report: Report, l: ReportLabels): string {
  const rows = report.topics.map(
    (t) => `<tr><td>${esc(t.label)}</td><td>${esc(t.terms.slice(0, 8).join(l.listSep))}</td><td class="num">${t.ticketIds.length}</td></tr>`,
  );
  const head = [l.topic, l.terms, l.ticketCount].map((h, i) => `<th${i === 2 ? ' class="num"' : ''}>${esc(h)}</th>`).join('');
  const content = rows.length === 0 ? `<p class="muted">${esc(l.none)}</p>` : `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return `<section id="topics"><h2>${esc(l.topics)}</h2>${content}</section>`;
}
