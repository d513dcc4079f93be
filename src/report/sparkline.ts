const BARS = '▁▂▃▄▅▆▇█';

/**
 * A series as a one-line text chart of block characters (`▁▃█▅`), from zero to the series' highest value, for the
 * Markdown report where no image can go; an all-zero series is all `▁`.
 */
export function sparkline(values: readonly number[]): string {
  const max = Math.max(0, ...values);
  return values.map((v) => (max <= 0 ? BARS[0] : BARS[Math.min(BARS.length - 1, Math.round((v / max) * (BARS.length - 1)))])).join('');
}
