import type { Reject, Ticket } from '../core/ticket.js';
import type { FieldMap } from './field-map.js';
import { createInterner, ownString } from './own-strings.js';
import { UNDATED_TIME } from '../core/ticket.js';
import { parseTime } from './parse-time.js';
import { emptyValues, type RawRow } from './raw-row.js';
import { readOptionsSchema, type ReadOptions, type ResolvedReadOptions } from './read-options.js';
import { parseOptions } from '../core/parse-options.js';
import { hasHan } from '../core/han.js';

/** What mapping rows of one file needs: the file (for rejects), its id prefix, the column map and the options. */
export interface RowMapping {
  file: string;
  /** Prefix of ids made for rows without an id: `<idPrefix>#<row>`. */
  idPrefix: string;
  map: FieldMap;
  options: Pick<ResolvedReadOptions, 'timeZone' | 'maxTextLength' | 'defaultTime'>;
  /** Shares one instance of each repeated region, channel and category value (see `createInterner`). */
  intern?: (value: string) => string;
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

/** What every row of one mapping needs, worked out once: the columns that are not copied to `fields`. */
interface PreparedMapping {
  mapped: Set<string>;
  textReason: string;
}

const prepared = new WeakMap<FieldMap, PreparedMapping>();

function prepare(map: FieldMap): PreparedMapping {
  let p = prepared.get(map);
  if (p === undefined) {
    const columns = [...map.text, map.id, map.title, map.entity, map.time, map.customer, map.region, map.channel, map.category];
    p = {
      mapped: new Set(columns.filter((c): c is string => c !== undefined)),
      textReason: `no text: expected text in column ${map.text.map((c) => `"${c}"`).join(' + ')}, got an empty value`,
    };
    prepared.set(map, p);
  }
  return p;
}

// Own keys only: rows may come from callers as plain objects, where v['constructor'] is a function.
function cell(values: Record<string, string>, column: string | undefined): string | undefined {
  return column !== undefined && Object.hasOwn(values, column) ? values[column] : undefined;
}

/** A mapped optional column's value; undefined when the column is missing or empty. */
function filled(values: Record<string, string>, column: string | undefined): string | undefined {
  const value = cell(values, column);
  return value === '' ? undefined : value;
}

/**
 * Maps one raw row to a {@link Ticket} or a {@link Reject}: a row with a parse problem, no text (a title alone is not enough), a text longer
 * than `maxTextLength`, or an empty or unparseable time is rejected. Text columns are joined with '\n' (empty ones
 * skipped) and a title, when mapped, goes first on a line of its own (its own newlines folded), after the entity column's value and '：' when that is mapped too; a missing or empty id becomes `<idPrefix>#<row>`; every unmapped non-empty column goes to `fields`.
 * Without a time column every ticket gets `defaultTime`, or {@link UNDATED_TIME} for an undated export (the caller warns once). Runs once per row of every
 * export, so it avoids per-row closures, spreads and schema parses: rows come from the readers already typed.
 */
export function rowToTicket(raw: RawRow, mapping: RowMapping): RowOutcome {
  const { file, map, options } = mapping;
  if (raw.problem !== undefined) return { reject: { file, row: raw.row, reason: raw.problem } };
  const { mapped, textReason } = prepare(map);
  const values = raw.values;
  let text: string;
  if (map.text.length === 1) text = cell(values, map.text[0]) ?? '';
  else {
    text = '';
    for (const column of map.text) {
      const part = cell(values, column);
      if (part === undefined || part === '') continue;
      text = text === '' ? part : `${text}\n${part}`;
    }
  }
  // A subject alone is no complaint (CFPB rows without a narrative keep their Issue): the text must be there.
  if (text.trim() === '') return { reject: { file, row: raw.row, reason: textReason } };
  // The subject line goes first, on a line of its own: grouping and labels find it by its length.
  const subject = map.title === undefined ? undefined : (filled(values, map.title) ?? '').replace(/\s+/g, ' ').trim();
  // The party complained about starts the subject line ("泓安财险：自动续保扣费"): the text often never names it again.
  // Only a Chinese name: English names are split into words (EQUIFAX, INC. gave the label "inc attempts" on CFPB).
  const entity = map.entity === undefined ? undefined : (filled(values, map.entity) ?? '').replace(/\s+/g, ' ').trim();
  const named = entity !== undefined && hasHan(entity) ? entity : undefined;
  const title = named && subject ? `${named}：${subject}` : named || subject;
  if (title) text = `${title}\n${text}`;
  const length = textLength(text, options.maxTextLength);
  if (length > options.maxTextLength) return { reject: { file, row: raw.row, reason: `text too long: ${length} characters, limit ${options.maxTextLength}` } };
  let time: number | undefined;
  if (map.time === undefined) {
    // Undated export: every ticket in the one period "all"; the time is a placeholder nothing reads as a date.
    time = options.defaultTime ?? UNDATED_TIME;
  } else {
    const value = cell(values, map.time) ?? '';
    if (value === '') return { reject: { file, row: raw.row, reason: `no time: expected a time in column "${map.time}", got an empty value` } };
    time = parseTime(value, options.timeZone);
    if (time === undefined) {
      return { reject: { file, row: raw.row, reason: `unparseable time: expected a date like 2019-02-28 11:25 in column "${map.time}", got ${quoteValue(value)}` } };
    }
  }
  const fields = emptyValues();
  for (const key in values) {
    const value = values[key] as string;
    if (value !== '' && Object.hasOwn(values, key) && !mapped.has(key)) fields[key] = value;
  }
  const id = filled(values, map.id);
  const ticket: Ticket = { id: id === undefined ? `${mapping.idPrefix}#${raw.row}` : ownString(id), text, time, fields };
  const customerId = filled(values, map.customer);
  const intern = mapping.intern ?? ownString;
  const region = filled(values, map.region);
  const channel = filled(values, map.channel);
  const category = filled(values, map.category);
  if (title) ticket.title = title;
  if (entity) ticket.entity = intern(entity);
  if (customerId !== undefined) ticket.customerId = customerId;
  if (region !== undefined) ticket.region = intern(region);
  if (channel !== undefined) ticket.channel = intern(channel);
  if (category !== undefined) ticket.category = intern(category);
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
  const resolved = parseOptions(readOptionsSchema, options, 'read');
  const mapping: RowMapping = { file, idPrefix, map, options: resolved, intern: createInterner() };
  const tickets: Ticket[] = [];
  const rejects: Reject[] = [];
  for (const row of rows) {
    const out = rowToTicket(row, mapping);
    if (out.ticket) tickets.push(out.ticket);
    else rejects.push(out.reject);
  }
  return { tickets, rejects };
}
