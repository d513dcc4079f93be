import { escapeHtml as esc } from './escape-html.js';
import { formatNumber } from './format-numbers.js';

/** A bar of {@link barChartSvg}. */
export interface Bar {
  label: string;
  value: number;
  /** Fill colour (a CSS colour we choose, never input text). */
  color?: string;
}

/** A line of {@link lineChartSvg}: one value per x label, `null` where the series has no point. */
export interface Series {
  name: string;
  values: Array<number | null>;
  dashed?: boolean;
  /** A shaded band per x label (`[low, high]`, null for none), drawn under the line in its colour. */
  band?: Array<[number, number] | null>;
}

/** Colours of line series, in order. */
export const SERIES_COLORS = ['#1a73e8', '#d93025', '#188038', '#f29900', '#9334e6', '#12b5cb'];

const WIDTH = 640;
const FONT = 12;

/** Cuts a label to `max` characters (by code point, never splitting a surrogate pair). */
function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

const empty = (title: string, noData: string): string =>
  `<svg class="chart empty" viewBox="0 0 ${WIDTH} 60" role="img" aria-label="${esc(title)}"><text x="${WIDTH / 2}" y="35" text-anchor="middle" class="muted">${esc(noData)}</text></svg>`;

/**
 * A horizontal bar chart as inline SVG: one `rect.bar` per item with its label and value. Drawn by hand because
 * the page must be one self-contained file with no script and no chart library.
 */
export function barChartSvg(bars: readonly Bar[], title: string, noData: string): string {
  if (bars.length === 0) return empty(title, noData);
  const rowH = 26;
  const labelW = 200;
  const plotW = WIDTH - labelW - 60;
  const max = Math.max(...bars.map((b) => b.value), 1e-9);
  const height = bars.length * rowH + 10;
  const rows = bars.map((b, i) => {
    const y = 5 + i * rowH;
    const w = Math.max(1, (b.value / max) * plotW);
    return (
      `<g class="bar-row"><title>${esc(b.label)}: ${formatNumber(b.value)}</title>` +
      `<text x="${labelW - 8}" y="${y + 17}" text-anchor="end" font-size="${FONT}">${esc(clip(b.label, 16))}</text>` +
      `<rect class="bar" x="${labelW}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 8}" rx="3" fill="${b.color ?? '#1a73e8'}"></rect>` +
      `<text x="${(labelW + w + 6).toFixed(1)}" y="${y + 17}" font-size="${FONT}">${formatNumber(b.value)}</text></g>`
    );
  });
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(title)}">${rows.join('')}</svg>`;
}

/**
 * A line chart as inline SVG: axes with a few ticks, one `polyline.series-line` per run of consecutive points of
 * each series, `circle` markers, a shaded `polygon.series-band` where a series has a band, and a legend.
 */
export function lineChartSvg(xLabels: readonly string[], series: readonly Series[], title: string, noData: string): string {
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  if (xLabels.length === 0 || values.length === 0) return empty(title, noData);
  const bandTops = series.flatMap((s) => (s.band ?? []).flatMap((b) => (b === null ? [] : [b[1]])));
  const height = 260;
  const left = 48;
  const right = 16;
  const top = 16;
  const legendH = Math.ceil(series.length / 3) * 18;
  const bottom = 40 + legendH;
  const plotW = WIDTH - left - right;
  const plotH = height - top - bottom;
  const max = niceMax(Math.max(...values, ...bandTops));
  const x = (i: number): number => left + (xLabels.length === 1 ? plotW / 2 : (i / (xLabels.length - 1)) * plotW);
  const y = (v: number): number => top + plotH - (v / max) * plotH;
  const parts: string[] = [];
  for (let k = 0; k <= 4; k++) {
    const v = (max * k) / 4;
    parts.push(
      `<line class="grid" x1="${left}" x2="${WIDTH - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}"></line>`,
      `<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="11">${formatNumber(v, 1)}</text>`,
    );
  }
  const step = Math.max(1, Math.ceil(xLabels.length / 8));
  xLabels.forEach((label, i) => {
    const last = xLabels.length - 1;
    // The last label is always drawn, so a regular tick too close before it would overlap it.
    if ((i % step !== 0 && i !== last) || (i !== last && last - i < step)) return;
    // The end labels hug the plot edges so they are not cut off by the viewBox.
    const anchor = xLabels.length === 1 ? 'middle' : i === 0 ? 'start' : i === last ? 'end' : 'middle';
    parts.push(`<text x="${x(i).toFixed(1)}" y="${top + plotH + 16}" text-anchor="${anchor}" font-size="11">${esc(clip(label, 12))}</text>`);
  });
  series.forEach((s, si) => {
    const color = SERIES_COLORS[si % SERIES_COLORS.length] ?? '#1a73e8';
    const dash = s.dashed ? ' stroke-dasharray="5 4"' : '';
    // The band first, so the line and its markers are drawn over it; each run of consecutive bands is one polygon.
    let lows: string[] = [];
    let highs: string[] = [];
    const flushBand = (): void => {
      if (lows.length > 1) parts.push(`<polygon class="series-band" fill="${color}" fill-opacity="0.12" stroke="none" points="${[...lows, ...highs.reverse()].join(' ')}"></polygon>`);
      lows = [];
      highs = [];
    };
    (s.band ?? []).forEach((b, i) => {
      if (b === null) return flushBand();
      lows.push(`${x(i).toFixed(1)},${y(b[0]).toFixed(1)}`);
      highs.push(`${x(i).toFixed(1)},${y(b[1]).toFixed(1)}`);
    });
    flushBand();
    let run: string[] = [];
    const flush = (): void => {
      if (run.length > 1) parts.push(`<polyline class="series-line" fill="none" stroke="${color}" stroke-width="2"${dash} points="${run.join(' ')}"></polyline>`);
      run = [];
    };
    s.values.forEach((v, i) => {
      if (v === null) return flush();
      run.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
      parts.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${color}"><title>${esc(s.name)} ${esc(xLabels[i] ?? '')}: ${formatNumber(v)}</title></circle>`);
    });
    flush();
    const lx = left + (si % 3) * 200;
    const ly = height - legendH + Math.floor(si / 3) * 18 + 4;
    parts.push(
      `<line x1="${lx}" x2="${lx + 18}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2"${dash}></line>`,
      `<text x="${lx + 24}" y="${ly + 4}" font-size="${FONT}">${esc(clip(s.name, 20))}</text>`,
    );
  });
  parts.push(`<line class="axis" x1="${left}" x2="${left}" y1="${top}" y2="${top + plotH}"></line>`);
  parts.push(`<line class="axis" x1="${left}" x2="${WIDTH - right}" y1="${top + plotH}" y2="${top + plotH}"></line>`);
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(title)}">${parts.join('')}</svg>`;
}

/** A round axis maximum at or above `v` (1, 2, 2.5 or 5 times a power of ten). */
function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}
