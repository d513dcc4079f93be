import { escapeHtml as esc } from './escape-html.js';
import { distinctEvidence, evidenceSnippet, exampleTexts } from './evidence-snippet.js';
import { listTicketIds } from './format-numbers.js';
import { countByLevel, groupWarnings, warningStatus, type LevelCounts } from './group-warnings.js';
import { LEVEL_ORDER, warningKindName, type ReportLabels } from './report-labels.js';
import type { Report, Warning } from './report-schema.js';

const MAX_IDS = 20;
const MAX_EVIDENCE = 3;

/**
 * The `#warnings` section: the latest period's new and escalated warnings in full, grouped by level; its continuing
 * ones collapsed under one `<details>`; then one collapsed `<details>` per earlier period, newest first, with its
 * count per level in the summary line. Every warning of the report is an `li.warning` with `data-warning` = its id.
 */
export function warningsSection(report: Report, l: ReportLabels, daily: boolean): string {
  const { latest, fresh, continuing, earlier } = groupWarnings(report);
  const texts = exampleTexts(report);
  const parts: string[] = [`<h2>${esc(l.latestWarnings(latest ?? l.none, daily))}</h2>`];
  if (fresh.length === 0) parts.push(`<p class="muted">${esc(l.noWarnings)}</p>`);
  for (const level of LEVEL_ORDER) {
    const group = fresh.filter((w) => w.level === level);
    if (group.length === 0) continue;
    parts.push(
      `<h3 class="level-head ${level}">${esc(l.level[level])}${l.paren(String(group.length))}</h3>`,
      `<ol class="warning-list">${group.map((w) => warningItem(w, l, texts)).join('')}</ol>`,
    );
  }
  if (continuing.length > 0) {
    parts.push(
      `<details class="continuing"><summary>${esc(l.continuing(continuing.length))} ${levelChips(countByLevel(continuing), l)}</summary>` +
        `<ol class="warning-list compact">${continuing.map((w) => compactItem(w, l)).join('')}</ol></details>`,
    );
  }
  if (earlier.length > 0) {
    parts.push(`<h3>${esc(l.earlierWarnings)}</h3>`);
    for (const p of earlier) {
      parts.push(
        `<details class="period" data-period="${esc(p.period)}"><summary><strong>${esc(l.periodWarnings(p.period, p.warnings.length))}</strong> ${levelChips(p.counts, l)}</summary>` +
          `<ol class="warning-list compact">${p.warnings.map((w) => compactItem(w, l)).join('')}</ol></details>`,
      );
    }
  }
  return `<section id="warnings">${parts.join('')}</section>`;
}

/** Per-level counts as coloured chips; a zero count is greyed so the eye goes to the levels present. */
function levelChips(counts: LevelCounts, l: ReportLabels): string {
  return LEVEL_ORDER.map((level) => `<span class="chip ${counts[level] > 0 ? level : 'zero'}">${esc(l.levelCount(level, counts[level]))}</span>`).join('');
}

function statusBadge(w: Warning, l: ReportLabels): string {
  const status = warningStatus(w);
  return status === 'new' ? '' : `<span class="status ${status}">${esc(l.status[status])}</span>`;
}

function itemOpen(w: Warning, extraClass: string): string {
  return (
    `<li class="warning level-${esc(w.level)}${extraClass}" data-level="${esc(w.level)}" data-kind="${esc(w.kind)}" ` +
    `data-status="${esc(warningStatus(w))}" data-warning="${esc(w.id)}">`
  );
}

function headLine(w: Warning, l: ReportLabels): string {
  return (
    `<div><span class="badge ${esc(w.level)}">${esc(l.level[w.level] ?? w.level)}</span>${statusBadge(w, l)}<strong class="title">${esc(w.title)}</strong> ` +
    `<span class="kind">${esc(warningKindName(w, l))} · ${esc(w.period)}</span></div>`
  );
}

function routeText(w: Warning, l: ReportLabels): string {
  return esc(w.route.department) + (w.route.reason ? l.paren(esc(w.route.reason)) : '');
}

/** A warning in full: title, reason, route, ticket ids and evidence with the matched words marked in context. */
function warningItem(w: Warning, l: ReportLabels, texts: ReadonlyMap<string, string>): string {
  const ids = listTicketIds(w.ticketIds, MAX_IDS, l.moreTickets);
  const evidence = distinctEvidence(w.evidence)
    .slice(0, MAX_EVIDENCE)
    .map((e) => {
      const s = evidenceSnippet(e, texts);
      return `<div class="example"><span class="ids">${esc(s.ticketId)}</span> ${esc(s.before)}<mark>${esc(s.match)}</mark>${esc(s.after)}</div>`;
    })
    .join('');
  return (
    itemOpen(w, '') +
    headLine(w, l) +
    `<div class="reason">${esc(w.reason)}</div>` +
    `<div class="route"><span class="k">${esc(l.route)}${l.colon}</span>${routeText(w, l)}</div>` +
    `<div class="ids">${esc(l.tickets)}${l.colon}${ids.shown.map(esc).join(l.listSep)}${ids.note ? ` ${esc(ids.note)}` : ''}</div>` +
    (evidence ? `<div class="evidence">${evidence}</div>` : '') +
    `</li>`
  );
}

/** A warning in two lines (continuing and earlier ones): title, kind, reason and route. */
function compactItem(w: Warning, l: ReportLabels): string {
  return (
    itemOpen(w, ' compact') +
    headLine(w, l) +
    `<div class="reason">${esc(w.reason)} <span class="route">· ${esc(l.route)}${l.colon}${routeText(w, l)}</span></div>` +
    `</li>`
  );
}
