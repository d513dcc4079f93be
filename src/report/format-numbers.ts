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
