/** A number with at most `digits` decimals, trailing zeros dropped; `∞` for infinity, `–` for NaN. */
export function formatNumber(value: number, digits = 2): string {
  if (Number.isNaN(value)) return '–';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  return String(Number(value.toFixed(digits)));
}

/** A p-value: fixed for ordinary values, scientific below 0.001 (`3.2e-7`). */
export function formatPValue(value: number): string {
  if (Number.isNaN(value)) return '–';
  return value !== 0 && value < 0.001 ? value.toExponential(1) : formatNumber(value, 3);
}

/** The first `max` ticket ids joined, with a note of the total when some are left off. */
export function listTicketIds(ids: readonly string[], max: number, more: (n: number) => string): { shown: string[]; note: string } {
  return { shown: ids.slice(0, max), note: ids.length > max ? more(ids.length) : '' };
}

/** The change from `previous` to `current` as a signed percentage with one decimal (`+12.5%`, `−9.4%`); `–` from 0. */
export function percentChange(current: number, previous: number): string {
  if (previous === 0) return '–';
  const p = ((current - previous) / previous) * 100;
  const text = formatNumber(Math.abs(p), 1);
  return p > 0 ? `+${text}%` : p < 0 ? `−${text}%` : '0%';
}

/** A local ISO date-time shortened to minutes for tables (`2026-11-14T23:00:11+08:00` → `2026-11-14 23:00`). */
export function formatDateTime(value: string): string {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)/.exec(value);
  return m ? `${m[1]} ${m[2]}` : value;
}
