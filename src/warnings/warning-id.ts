import type { Warning } from '../report/report-schema.js';

/**
 * The deterministic id of a warning: its suppression key and the period, `key@period`
 * (`top:ISSUE-ab12@2026-11-21`). The same subject keeps the same key across nightly runs.
 */
export function makeWarningId(key: string, period: string): string {
  return `${key}@${period}`;
}

/** The suppression key of a warning: its id without the `@period` suffix (the whole id when it has none). */
export function warningKey(warning: Pick<Warning, 'id'>): string {
  const at = warning.id.lastIndexOf('@');
  return at <= 0 ? warning.id : warning.id.slice(0, at);
}
