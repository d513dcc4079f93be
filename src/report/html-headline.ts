import { escapeHtml as esc } from './escape-html.js';
import { evidenceSnippet } from './evidence-snippet.js';
import { formatNumber, percentChange } from './format-numbers.js';
import type { LatestPeriodSummary } from './latest-period-summary.js';
import { warningStatus } from './group-warnings.js';
import { LEVEL_ORDER, warningKindName, type ReportLabels } from './report-labels.js';

/**
 * The `#headline` section: the latest period in cards (tickets against the previous period, new warnings per
 * level) and two sentences, the new red warnings to act on now, the period's top issues, and its digest (the
 * warnings to read first, each with the sentence of its first evidence, the matched words in `<mark>`; `texts`
 * serves evidence without a `context`). Everything from the report is escaped.
 */
export function headlineSection(s: LatestPeriodSummary, l: ReportLabels, texts: ReadonlyMap<string, string> = new Map()): string {
  if (s.period === undefined) return `<section id="headline"><h2>${esc(l.headline(l.none, s.daily))}</h2><p class="muted">${esc(l.noData)}</p></section>`;
  const delta = s.previous ? s.tickets - s.previous.tickets : 0;
  const trend = delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat';
  const volume =
    `<div class="card"><div class="v">${s.tickets}</div><div class="k">${esc(l.volumeCard)}</div>` +
    `<div class="sub ${trend}">${esc(s.previous ? l.versusPrevious(delta, percentChange(s.tickets, s.previous.tickets)) : l.firstPeriod)}</div></div>`;
  const levels = LEVEL_ORDER.map(
    (level) =>
      `<div class="card ${level}"><div class="v">${s.fresh[level] + s.escalated[level]}</div><div class="k">${esc(l.level[level])}</div>` +
      `<div class="sub">${esc(l.levelBreakdown(s.fresh[level], s.escalated[level], s.continuing[level]))}</div></div>`,
  );
  const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);
  const freshParts = LEVEL_ORDER.filter((level) => s.fresh[level] > 0).map((level) => l.levelCount(level, s.fresh[level]));
  const lead = `${l.volumeSentence(s.period, s.tickets, s.previous)}${l.sentenceGap}${l.warningsSentence(freshParts, sum(s.escalated), sum(s.continuing))}`;
  const urgent =
    s.urgent.length === 0
      ? ''
      : `<div class="urgent"><strong>${esc(l.actNow)}</strong><ul>${s.urgent
          .map((w) => `<li>${esc(w.title)} <span class="kind">${esc(l.route)}${l.colon}${esc(w.route.department)}</span></li>`)
          .join('')}${s.urgentMore > 0 ? `<li>${esc(l.andMore(s.urgentMore))}</li>` : ''}</ul></div>`;
  const top =
    s.topIssues.length === 0
      ? ''
      : `<h3>${esc(l.topToday(s.topIssues.length, s.daily))}</h3><ol class="top-issues">${s.topIssues
          .map((i) => {
            const facts = [
              i.periodTickets === undefined ? l.totalTickets(i.tickets) : l.periodTickets(i.periodTickets),
              i.heat === undefined ? '' : `${l.heat} ${formatNumber(i.heat)}`,
              i.status ? l.status[i.status] : '',
            ].filter(Boolean);
            return `<li><strong>${esc(i.label)}</strong> <span class="kind">${esc(facts.join(' · '))}</span></li>`;
          })
          .join('')}</ol>`;
  return (
    `<section id="headline"><h2>${esc(l.headline(s.period, s.daily))}</h2>` +
    `<div class="cards">${volume}${levels.join('')}</div><p class="lead">${esc(lead)}</p>${urgent}${top}${digestList(s, l, texts)}</section>`
  );
}

function digestList(s: LatestPeriodSummary, l: ReportLabels, texts: ReadonlyMap<string, string>): string {
  if (s.digest.length === 0) return '';
  const items = s.digest.map((w) => {
    const status = warningStatus(w);
    const e = w.evidence[0];
    const snippet = e ? evidenceSnippet(e, texts) : undefined;
    return (
      `<li class="digest-item level-${esc(w.level)}" data-digest="${esc(w.id)}"><span class="badge ${esc(w.level)}">${esc(l.level[w.level])}</span>` +
      (status === 'new' ? '' : `<span class="status ${esc(status)}">${esc(l.status[status])}</span>`) +
      `<strong>${esc(w.title)}</strong> <span class="kind">${esc(warningKindName(w, l))} · ${esc(l.route)}${l.colon}${esc(w.route.department)}</span>` +
      (snippet
        ? `<div class="example"><span class="ids">${esc(snippet.ticketId)}</span> ${esc(snippet.before)}<mark>${esc(snippet.match)}</mark>${esc(snippet.after)}</div>`
        : '') +
      `</li>`
    );
  });
  const rest = s.periodWarnings - s.digest.length;
  return (
    `<h3>${esc(l.digestTitle(s.digest.length, s.periodWarnings, s.daily))}</h3><ol class="digest">${items.join('')}</ol>` +
    (rest > 0 ? `<p class="muted">${esc(l.digestRest(rest))}</p>` : '')
  );
}
