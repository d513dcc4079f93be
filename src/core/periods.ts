import { UNDATED_PERIOD } from './ticket.js';
/** Reporting period granularity. `dekad` is 旬: days 1-10, 11-20, 21-end of month. */
export type PeriodKind = 'day' | 'week' | 'dekad' | 'month';

/** A period present in the input, as in `report.json` `periods`. `start`/`end` are local dates, inclusive. */
export interface Period {
  id: string;
  start: string;
  end: string;
}

const DAY_MS = 86_400_000;

/** Whether `timeZone` is an IANA time zone this runtime knows (`Asia/Shanghai`, `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
const HOUR_MS = 3_600_000;
const offsetCache = new Map<string, Map<number, number>>();
const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone: constructing an Intl.DateTimeFormat costs far more than using one. */
function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * UTC offset in milliseconds of `timeZone` at instant `ms`. Cached per zone and hour, because Intl is slow and
 * a million tickets fall into a few thousand hours.
 */
export function timeZoneOffset(ms: number, timeZone: string): number {
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  const hour = Math.floor(ms / HOUR_MS);
  const hit = zone.get(hour);
  if (hit !== undefined) return hit;
  const parts = formatterOf(timeZone).formatToParts(new Date(hour * HOUR_MS));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  const offset = asUtc - hour * HOUR_MS;
  zone.set(hour, offset);
  return offset;
}

/**
 * Epoch milliseconds of a local wall-clock time in `timeZone` (month 1-12). Used by readers for times without
 * an explicit offset.
 */
export function zonedTimeToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = guess - timeZoneOffset(guess, timeZone);
  // A second pass settles times near a DST change, where the offset at the guess differs from the offset at the answer.
  return guess - timeZoneOffset(first, timeZone);
}

/** Local calendar date (year, month 1-12, day) of an instant in a time zone. */
export function localDate(ms: number, timeZone: string): { year: number; month: number; day: number } {
  const d = new Date(ms + timeZoneOffset(ms, timeZone));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO-8601 week-numbering year and week of a calendar date. */
export function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / DAY_MS + 1) / 7);
  return { year: weekYear, week };
}

/**
 * Period id of an instant: day `2026-11-21`, week `2026-W47` (ISO week), dekad `2026-11-D2`, month `2026-11`.
 */
export function periodId(ms: number, kind: PeriodKind, timeZone: string): string {
  const { year, month, day } = localDate(ms, timeZone);
  return periodIdOfDate(year, month, day, kind);
}

/**
 * Period ids of many times (`periodId` of each), with one shared string per period: computed once per quarter
 * hour of UTC time, which is exact because every time zone offset and every daylight-saving switch falls on a
 * quarter hour, so no local midnight falls inside one.
 */
export function periodIdsOf(times: readonly number[], kind: PeriodKind, timeZone: string): string[] {
  const byQuarter = new Map<number, string>();
  const ids = new Map<string, string>();
  const out = new Array<string>(times.length);
  for (let i = 0; i < times.length; i++) {
    const ms = times[i] as number;
    const quarter = Math.floor(ms / 900_000);
    let id = byQuarter.get(quarter);
    if (id === undefined) {
      const fresh = periodId(ms, kind, timeZone);
      id = ids.get(fresh) ?? fresh;
      ids.set(id, id);
      byQuarter.set(quarter, id);
    }
    out[i] = id;
  }
  return out;
}

/** Period id of a local calendar date. */
export function periodIdOfDate(year: number, month: number, day: number, kind: PeriodKind): string {
  switch (kind) {
    case 'day':
      return `${year}-${pad(month)}-${pad(day)}`;
    case 'week': {
      const w = isoWeek(year, month, day);
      return `${w.year}-W${pad(w.week)}`;
    }
    case 'dekad':
      return `${year}-${pad(month)}-D${day <= 10 ? 1 : day <= 20 ? 2 : 3}`;
    case 'month':
      return `${year}-${pad(month)}`;
  }
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const isoDate = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/**
 * First and last local date (inclusive, `YYYY-MM-DD`) of a period id; empty for the undated period `all`.
 * Throws on an id of another kind.
 */
export function periodBounds(id: string, kind: PeriodKind): Period {
  if (id === UNDATED_PERIOD) return { id, start: '', end: '' };
  const bad = (): never => {
    throw new RangeError(`period id "${id}" is not a ${kind} id`);
  };
  switch (kind) {
    case 'day': {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(id) ?? bad();
      return { id, start: id, end: `${m[1]}-${m[2]}-${m[3]}` };
    }
    case 'week': {
      const m = /^(\d{4})-W(\d{2})$/.exec(id) ?? bad();
      const year = Number(m[1]);
      const jan4 = new Date(Date.UTC(year, 0, 4));
      const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * DAY_MS + (Number(m[2]) - 1) * 7 * DAY_MS);
      return { id, start: isoDate(monday), end: isoDate(new Date(monday.getTime() + 6 * DAY_MS)) };
    }
    case 'dekad': {
      const m = /^(\d{4})-(\d{2})-D([123])$/.exec(id) ?? bad();
      const year = Number(m[1]);
      const month = Number(m[2]);
      const d = Number(m[3]);
      const first = (d - 1) * 10 + 1;
      const last = d === 3 ? daysInMonth(year, month) : d * 10;
      return { id, start: `${m[1]}-${m[2]}-${pad(first)}`, end: `${m[1]}-${m[2]}-${pad(last)}` };
    }
    case 'month': {
      const m = /^(\d{4})-(\d{2})$/.exec(id) ?? bad();
      return { id, start: `${id}-01`, end: `${id}-${pad(daysInMonth(Number(m[1]), Number(m[2])))}` };
    }
  }
}

/**
 * The id of the period just before `id`; `''` (no period) before the undated period `all` and before `''`, so a
 * walk back over periods ends there. Period ids of one kind sort lexically in time order, so callers may compare
 * them as strings.
 */
export function previousPeriodId(id: string, kind: PeriodKind): string {
  if (id === UNDATED_PERIOD || id === '') return '';
  const { start } = periodBounds(id, kind);
  const d = new Date(`${start}T00:00:00Z`);
  const prev = new Date(d.getTime() - DAY_MS);
  return periodIdOfDate(prev.getUTCFullYear(), prev.getUTCMonth() + 1, prev.getUTCDate(), kind);
}
