import type { Reject, Ticket } from '../core/ticket.js';
import type { FieldMap } from './field-map.js';
import { parseTime } from './parse-time.js';
import { emptyValues, type RawRow } from './raw-row.js';
import { readOptionsSchema, type ReadOptions, type ResolvedReadOptions } from './read-options.js';

/** What mapping rows of one file needs: the file (for rejects), its id prefix, the column map and the options. */
export interface RowMapping {
  file: string;
  /** Prefix of ids made for rows without an id: `<idPrefix>#<row>`. */
  idPrefix: string;
  map: FieldMap;
  options: Pick<ResolvedReadOptions, 'timeZone' | 'maxTextLength' | 'defaultTime'>;
}

/** One row mapped: a ticket, or a reject with its reason. */
export type RowOutcome = { ticket: Ticket; reject?: undefined } | { ticket?: undefined; reject: Reject };

/**
 * A cell value quoted in a reject reason, short and with personal data masked: rejects.jsonl is an output, and a
 * mis-mapped time column may hold phone or ID-card numbers.
 */
export function quoteValue(value: string): string {
  const masked = value
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '<email>')
    .replace(/\d{6,}/g, (d) => '#'.repeat(Math.min(d.length, 8)));
  return JSON.stringify(masked.length > 40 ? `${masked.slice(0, 40)}…` : masked);
}

function textLength(text: string, limit: number): number {
  // Code units over-count astral characters; count code points only when the cheap count is over the limit.
  return text.length <= limit ? text.length : [...text].length;
}

/**
 * Maps one raw row to a {@link Ticket} or a {@link Reject}: a row with a parse problem, no text, a text longer
 * than `maxTextLength`, or an empty or unparseable time is rejected. Text columns are joined with '\n' (empty ones
 * skipped); a missing or empty id becomes `<idPrefix>#<row>`; every unmapped non-empty column goes to `fields`.
 * Without a time column every ticket gets `defaultTime` (the caller warns once).
 */
export function rowToTicket(raw: RawRow, mapping: RowMapping): RowOutcome {
  const { file, map, options } = mapping;
  const reject = (reason: string): RowOutcome => ({ reject: { file, row: raw.row, reason } });
  if (raw.problem !== undefined) return reject(raw.problem);
  // Own keys only: rows may come from callers as plain objects, where v['constructor'] is a function.
  const rawValues = raw.values;
  const get = (column: string): string | undefined => (Object.hasOwn(rawValues, column) ? rawValues[column] : undefined);
  const text = map.text
    .map((c) => get(c) ?? '')
    .filter((t) => t !== '')
    .join('\n');
  if (text.trim() === '') return reject(`no text: expected text in column ${map.text.map((c) => `"${c}"`).join(' + ')}, got an empty value`);
  const length = textLength(text, options.maxTextLength);
  if (length > options.maxTextLength) return reject(`text too long: ${length} characters, limit ${options.maxTextLength}`);
  let time: number | undefined;
  if (map.time === undefined) {
    time = options.defaultTime;
    if (time === undefined) return reject('no time: the export has no time column and no default time was given');
  } else {
    const value = get(map.time) ?? '';
    if (value === '') return reject(`no time: expected a time in column "${map.time}", got an empty value`);
    time = parseTime(value, options.timeZone);
    if (time === undefined) return reject(`unparseable time: expected a date like 2019-02-28 11:25 in column "${map.time}", got ${quoteValue(value)}`);
  }
  const optional = (column: string | undefined): string | undefined => {
    if (column === undefined) return undefined;
    const value = get(column);
    return value === undefined || value === '' ? undefined : value;
  };
  const mapped = new Set<string>([...map.text, map.id, map.time, map.customer, map.region, map.channel, map.category].filter((c): c is string => c !== undefined));
  const fields = emptyValues();
  for (const [key, value] of Object.entries(rawValues)) if (!mapped.has(key) && value !== '') fields[key] = value;
  const ticket: Ticket = { id: optional(map.id) ?? `${mapping.idPrefix}#${raw.row}`, text, time, fields };
  const customerId = optional(map.customer);
  const region = optional(map.region);
  const channel = optional(map.channel);
  const category = optional(map.category);
  if (customerId !== undefined) ticket.customerId = customerId;
  if (region !== undefined) ticket.region = region;
  if (channel !== undefined) ticket.channel = channel;
  if (category !== undefined) ticket.category = category;
  return { ticket };
}

/**
 * Maps raw rows of one file to tickets and rejects (see {@link rowToTicket}). `idPrefix` defaults to the file name.
 * Duplicate ids are not handled here (readExports counts them across files).
 */
export function rowsToTickets(
  rows: Iterable<RawRow>,
  map: FieldMap,
  options: ReadOptions = {},
  file = 'input',
  idPrefix = file,
): { tickets: Ticket[]; rejects: Reject[] } {
  const resolved = readOptionsSchema.parse(options);
  const mapping: RowMapping = { file, idPrefix, map, options: resolved };
  const tickets: Ticket[] = [];
  const rejects: Reject[] = [];
  for (const row of rows) {
    const out = rowToTicket(row, mapping);
    if (out.ticket) tickets.push(out.ticket);
    else rejects.push(out.reject);
  }
  return { tickets, rejects };
}
