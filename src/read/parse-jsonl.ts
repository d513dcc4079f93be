import { emptyValues, type RawRow, type RawTable } from './raw-row.js';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * Parses one JSONL line (1-based `line`) into a raw row: an object's values as strings (nested values as JSON);
 * a line that is not a JSON object comes out with a `bad JSON line` problem. Returns undefined for a blank line.
 */
export function parseJsonlLine(text: string, line: number): RawRow | undefined {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return { row: line, values: {}, problem: 'bad JSON line: expected a JSON object, got invalid JSON' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { row: line, values: {}, problem: `bad JSON line: expected a JSON object, got ${Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : typeof parsed}` };
  }
  const values = emptyValues();
  for (const [key, value] of Object.entries(parsed)) values[key.trim()] = cellText(value);
  return { row: line, values };
}

/** Headers of JSONL rows: every key seen, in order of first appearance. */
export function jsonlHeaders(rows: Iterable<RawRow>): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row.values)) seen.add(key);
  return [...seen];
}

/**
 * Parses a whole JSONL text (one JSON object per line). Rows are numbered by line; blank lines are skipped; a
 * line that is not a JSON object becomes a row with a problem, and the rest of the file is still read.
 */
export function parseJsonl(text: string): RawTable {
  const rows: RawRow[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const row = parseJsonlLine(lines[i] as string, i + 1);
    if (row) rows.push(row);
  }
  return { headers: jsonlHeaders(rows), rows };
}
