import { escapeHtml as esc } from './escape-html.js';
import { formatNumber, formatPValue, listTicketIds } from './format-numbers.js';
import { categoryName, LEVEL_ORDER, reportLabels, type ReportLabels } from './report-labels.js';
import { reportLang } from './report-lang.js';
import type { Issue, Report, Warning } from './report-schema.js';
import { barChartSvg, lineChartSvg, type Series } from './svg-charts.js';

/** Level colours of warnings (also used for the heat bars of issues that carry a warning). */
export const LEVEL_COLORS: Record<Warning['level'], string> = { red: '#d93025', orange: '#f29900', yellow: '#e5b800' };

const MAX_ISSUES = 15;
const MAX_RISING_SERIES = 5;
const MAX_IDS = 20;

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
details{margin:6px 0}summary{cursor:pointer}.example{margin:4px 0 4px 16px;color:#3c4043}`;

/**
 * The report as ONE self-contained HTML page: inline CSS and hand-drawn inline SVG charts, no script, font, image
 * or network request (a Content-Security-Policy forbids them as a second guard). Sections with stable ids:
 * `#summary`, `#warnings`, `#chart-volume`, `#chart-heat`, `#chart-rising`, `#issues`, `#rising-terms`, `#topics`.
 * Every piece of input text is HTML-escaped and only ever placed in element content or quoted attributes.
 */
export function renderHtml(report: Report): string {
  const lang = reportLang(report);
  const l = reportLabels(lang);
  const periods = report.periods;
  const span = periods.length === 0 ? l.none : `${periods[0]?.id ?? ''} – ${periods.at(-1)?.id ?? ''}`;
  const body = [
    `<header><h1>${esc(l.title)}</h1><p class="meta">${esc(l.periods)}：${esc(span)}　${esc(l.generatedAt)}：${esc(report.generatedAt)}</p></header>`,
    summaryCards(report, l),
    warningsSection(report, l),
    chartsSection(report, l),
    issuesSection(report, l),
    risingSection(report, l),
    topicsSection(report, l),
  ].join('\n');
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(l.title)} ${esc(span)}</title>
<style>${STYLE}</style>
</head>
<body><main>
${body}
</main></body>
</html>
`;
}

function summaryCards(report: Report, l: ReportLabels): string {
  const card = (key: string, value: number, cls = ''): string =>
    `<div class="card ${cls}"><div class="v">${value}</div><div class="k">${esc(key)}</div></div>`;
  return `<section id="summary" class="cards">${[
    card(l.rowsRead, report.input.rowsRead),
    card(l.accepted, report.input.accepted),
    card(l.rejected, report.input.rejected),
    card(l.duplicates, report.input.duplicates),
    ...LEVEL_ORDER.map((level) => card(l.level[level], report.warnings.filter((w) => w.level === level).length, level)),
  ].join('')}</section>`;
}

function warningsSection(report: Report, l: ReportLabels): string {
  const ordered = LEVEL_ORDER.flatMap((level) => report.warnings.filter((w) => w.level === level));
  const items = ordered.map((w) => warningItem(w, l));
  const list = items.length === 0 ? `<p class="muted">${esc(l.noWarnings)}</p>` : `<ol class="warning-list">${items.join('')}</ol>`;
  return `<section id="warnings"><h2>${esc(l.warnings)}（${ordered.length}）</h2>${list}</section>`;
}

function warningItem(w: Warning, l: ReportLabels): string {
  const ids = listTicketIds(w.ticketIds, MAX_IDS, l.moreTickets);
  const route = esc(w.route.department) + (w.route.reason ? `（${esc(w.route.reason)}）` : '');
  const evidence = w.evidence
    .slice(0, 3)
    .map((e) => `<div class="example"><span class="ids">${esc(e.ticketId)}</span> <mark>${esc(e.text)}</mark></div>`)
    .join('');
  return (
    `<li class="warning level-${esc(w.level)}" data-level="${esc(w.level)}" data-kind="${esc(w.kind)}">` +
    `<div><span class="badge ${esc(w.level)}">${esc(l.level[w.level] ?? w.level)}</span><strong class="title">${esc(w.title)}</strong> ` +
    `<span class="kind">${esc(l.kind[w.kind] ?? w.kind)}${w.category ? ` · ${esc(categoryName(l, w.category))}` : ''} · ${esc(w.period)}</span></div>` +
    `<div class="reason">${esc(w.reason)}</div>` +
    `<div>${esc(l.route)}：${route}</div>` +
    `<div class="ids">${esc(l.tickets)}：${ids.shown.map(esc).join('、')}${ids.note ? ` ${esc(ids.note)}` : ''}</div>` +
    evidence +
    `</li>`
  );
}

function chartsSection(report: Report, l: ReportLabels): string {
  const volume = lineChartSvg(
    report.periods.map((p) => p.id),
    [{ name: l.ticketCount, values: report.periods.map((p) => p.tickets) }],
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
  const rising = lineChartSvg(...risingSeries(report, l), l.risingChart, l.noData);
  const figure = (id: string, caption: string, svg: string): string =>
    `<figure id="${id}"><figcaption>${esc(caption)}</figcaption>${svg}</figure>`;
  return `<section class="charts">${figure('chart-volume', l.volumeChart, volume)}${figure('chart-heat', l.heatChart, heat)}${figure('chart-rising', l.risingChart, rising)}</section>`;
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
  const items = report.issues.slice(0, MAX_ISSUES).map((i) => issueItem(i, l));
  return `<section id="issues"><h2>${esc(l.topIssues)}</h2>${items.join('')}</section>`;
}

function issueItem(i: Issue, l: ReportLabels): string {
  const examples = i.examples
    .map((e) => `<div class="example"><span class="ids">${esc(e.ticketId)}</span> ${esc(e.text)}</div>`)
    .join('');
  return (
    `<details class="issue" data-issue="${esc(i.id)}"${i.rank <= 3 ? ' open' : ''}><summary><strong>#${i.rank} ${esc(i.label)}</strong> ` +
    `<span class="kind">${esc(l.heat)} ${formatNumber(i.heat)} · ${esc(l.ticketCount)} ${i.tickets} · ${esc(l.customers)} ${i.customers} · ` +
    `${esc(i.firstSeen)} – ${esc(i.lastSeen)}</span></summary>` +
    `<div class="kind">${esc(l.terms)}：${esc(i.terms.slice(0, 8).join('、'))}</div>` +
    (examples ? `<div><em>${esc(l.examples)}</em>${examples}</div>` : '') +
    `</details>`
  );
}

function risingSection(report: Report, l: ReportLabels): string {
  const rows = report.risingTerms
    .slice(0, 50)
    .map(
      (r) =>
        `<tr><td>${esc(r.period)}</td><td>${esc(r.term)}</td><td>${r.tickets}</td><td>${formatNumber(r.expected)}</td>` +
        `<td>${formatNumber(r.ratio, 1)}</td><td>${formatPValue(r.pValue)}</td><td>${r.isNew ? esc(l.yes) : esc(l.no)}</td></tr>`,
    );
  const head = [l.period, l.term, l.ticketCount, l.expected, l.ratio, l.pValue, l.isNew].map((h) => `<th>${esc(h)}</th>`).join('');
  const content = rows.length === 0 ? `<p class="muted">${esc(l.none)}</p>` : `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return `<section id="rising-terms"><h2>${esc(l.risingTerms)}</h2>${content}</section>`;
}

function topicsSection(report: Report, l: ReportLabels): string {
  const rows = report.topics.map(
    (t) => `<tr><td>${esc(t.label)}</td><td>${esc(t.terms.slice(0, 8).join('、'))}</td><td>${t.ticketIds.length}</td></tr>`,
  );
  const head = [l.topic, l.terms, l.ticketCount].map((h) => `<th>${esc(h)}</th>`).join('');
  const content = rows.length === 0 ? `<p class="muted">${esc(l.none)}</p>` : `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return `<section id="topics"><h2>${esc(l.topics)}</h2>${content}</section>`;
}
