import { timeZoneOffset, zonedTimeToUtc } from '../core/periods.js';

const DAY_MS = 86_400_000;
/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug folded in); serial 25569 is 1970-01-01. */
const EXCEL_EPOCH_SERIAL = 25_569;
/** Excel serials taken as dates: 1954-10-03 .. 2119-01-06. Outside this a bare number is more likely something else. */
const SERIAL_MIN = 20_000;
const SERIAL_MAX = 80_000;

// Year first: 2019-02-28, 2019/2/28, 2019.2.28, 2019年2月28日, each optionally with a time and an offset.
const YMD =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:T|\s+|(?<=日))(\d{1,2})\s*[:：时點点]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:[.,](\d{1,9}))?\s*秒?|\s*分)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// US month first, as in English exports: 02/28/2019 11:25[:05] [AM|PM].
const MDY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i;

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Date.UTC reads years 0-99 as 1900-1999; the rest of the path does too, so leap years follow it.
  return day <= (month === 2 && isLeap(year >= 0 && year < 100 ? year + 1900 : year) ? 29 : (MONTH_DAYS[month - 1] as number));
}

const HOUR_MS = 3_600_000;
/** Per time zone: epoch ms of each local wall-clock hour seen (key `((y*13+m)*32+d)*24+h`). */
const hourStarts = new Map<string, Map<number, number>>();

/**
 * `zonedTimeToUtc` memoised per local hour: a million tickets fall into a few thousand hours, and the two offset
 * look-ups per call cost more than the parse. Exact when the zone's offset is whole hours at that time (then every
 * minute of the hour maps with the same offset); other zones take the full path.
 */
function wallClockToUtc(year: number, month: number, day: number, hour: number, minute: number, second: number, timeZone: string): number {
  let zone = hourStarts.get(timeZone);
  if (zone === undefined) {
    zone = new Map();
    hourStarts.set(timeZone, zone);
  }
  const key = ((year * 13 + month) * 32 + day) * 24 + hour;
  let start = zone.get(key);
  if (start === undefined) {
    start = zonedTimeToUtc(year, month, day, hour, 0, 0, timeZone);
    // Both offsets zonedTimeToUtc reads (at the guess and at the answer) must be whole hours: then every minute of
    // the hour reads them from the same hourly cache entries and maps with the same offset.
    const guess = Date.UTC(year, month - 1, day, hour);
    if ((guess - start) % HOUR_MS !== 0 || timeZoneOffset(guess, timeZone) % HOUR_MS !== 0) start = Number.NaN;
    zone.set(key, start);
  }
  if (Number.isNaN(start)) return zonedTimeToUtc(year, month, day, hour, minute, second, timeZone);
  return start + minute * 60_000 + second * 1000;
}

function offsetMs(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)) * 60_000;
}

function fromParts(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  offset: string | undefined,
  timeZone: string,
): number | undefined {
  if (!validDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  if (offset !== undefined) return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMs(offset);
  return wallClockToUtc(year, month, day, hour, minute, second, timeZone) + ms;
}

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};
const isDateSeparator = (c: number): boolean => c === 45 || c === 47 || c === 46; // - / .

/** Read position of {@link twoDigits}, module-level so the fast path allocates no closure per call. */
let cursor = 0;
/** Reads one or two digits of `s` at `cursor`, moving past them; -1 when there is none. */
function twoDigits(s: string): number {
  const a = digit(s, cursor);
  if (a < 0) return -1;
  cursor++;
  const b = digit(s, cursor);
  if (b < 0) return a;
  cursor++;
  return a * 10 + b;
}

/**
 * Fast path for the forms exports use most: `2019/2/28 11:25:05`, `2019-02-28 11:25`, `2019-02-28`,
 * `2019-02-28T11:25:05.250+08:00`. Returns null when `s` has another shape (the regular expressions then decide),
 * so it never answers differently from them. Measured: the YMD expression was the largest cost of mapping a row.
 */
function fastYmd(s: string, timeZone: string): number | undefined | null {
  const len = s.length;
  if (len < 8 || !isDateSeparator(s.charCodeAt(4))) return null;
  const y0 = digit(s, 0), y1 = digit(s, 1), y2 = digit(s, 2), y3 = digit(s, 3);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0) return null;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  cursor = 5;
  const month = twoDigits(s);
  if (month < 0 || !isDateSeparator(s.charCodeAt(cursor))) return null;
  cursor++;
  const day = twoDigits(s);
  if (day < 0) return null;
  if (cursor === len) return fromParts(year, month, day, 0, 0, 0, 0, undefined, timeZone);
  const sep = s.charCodeAt(cursor);
  if (sep !== 32 && sep !== 84) return null; // ' ' or 'T'
  cursor++;
  const hour = twoDigits(s);
  if (hour < 0 || s.charCodeAt(cursor) !== 58) return null;
  cursor++;
  const minute = twoDigits(s);
  if (minute < 0) return null;
  let second = 0;
  let ms = 0;
  if (s.charCodeAt(cursor) === 58) {
    cursor++;
    second = twoDigits(s);
    if (second < 0) return null;
    if (s.charCodeAt(cursor) === 46 && cursor + 1 < len) {
      const from = ++cursor;
      while (cursor < len && cursor - from < 9 && digit(s, cursor) >= 0) cursor++;
      if (cursor === from) return null;
      ms = Math.round(Number(`0.${s.slice(from, cursor)}`) * 1000);
    }
  }
  if (cursor === len) return fromParts(year, month, day, hour, minute, second, ms, undefined, timeZone);
  const rest = s.slice(cursor);
  if (rest === 'Z' || rest === 'z' || /^[+-]\d{2}(?::?\d{2})?$/.test(rest)) return fromParts(year, month, day, hour, minute, second, ms, rest, timeZone);
  return null;
}

/** Epoch ms of an Excel serial date (days since 1899-12-30, fraction = time of day) read as local wall time. */
function fromExcelSerial(serial: number, timeZone: string): number {
  const wall = new Date(Math.round((serial - EXCEL_EPOCH_SERIAL) * DAY_MS));
  return zonedTimeToUtc(
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    timeZone,
  ) + wall.getUTCMilliseconds();
}

function fromNumber(n: number, timeZone: string): number | undefined {
  if (!Number.isFinite(n) || n < 0) return undefined;
  if (n >= SERIAL_MIN && n < SERIAL_MAX) return fromExcelSerial(n, timeZone);
  if (Number.isInteger(n) && n >= 1e9 && n < 1e10) return n * 1000;
  if (Number.isInteger(n) && n >= 1e12 && n < 1e13) return n;
  return undefined;
}

/**
 * Parses a time value of an export into epoch milliseconds, or undefined when it is not a valid time.
 *
 * Accepts ISO 8601 with or without offset/Z (`2019-02-28T11:25:05+08:00`), `2019/2/28 11:25:05`, `2019-02-28`,
 * `2019-02-28 11:25`, `2019.2.28`, `20190228`, `20190228112505`, `2019年2月28日 11:25` (also `11时25分`),
 * US `02/28/2019 11:25 PM`, Excel serial numbers (numbers or numeric strings from 20000 to 80000), epoch seconds
 * (10 digits) and epoch milliseconds (13 digits). Times without an offset are wall-clock times in `timeZone`.
 * A `Date` is an instant and is returned as is. Impossible dates (2019-02-30, 25:00) give undefined.
 */
export function parseTime(value: string | number | Date, timeZone: string): number | undefined {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? undefined : ms;
  }
  if (typeof value === 'number') return fromNumber(value, timeZone);
  const s = value.trim();
  if (s === '') return undefined;
  if (/^\d+$/.test(s)) {
    if (s.length === 8 || s.length === 14) {
      const p = (a: number, b: number): number => Number(s.slice(a, b));
      return s.length === 8
        ? fromParts(p(0, 4), p(4, 6), p(6, 8), 0, 0, 0, 0, undefined, timeZone)
        : fromParts(p(0, 4), p(4, 6), p(6, 8), p(8, 10), p(10, 12), p(12, 14), 0, undefined, timeZone);
    }
    if (s.length === 10 || s.length === 13 || s.length === 5) return fromNumber(Number(s), timeZone);
    return undefined;
  }
  if (/^\d{5}\.\d+$/.test(s)) return fromNumber(Number(s), timeZone);
  const fast = fastYmd(s, timeZone);
  if (fast !== null) return fast;
  let m = YMD.exec(s);
  if (m) {
    const frac = m[7] === undefined ? 0 : Math.round(Number(`0.${m[7]}`) * 1000);
    return fromParts(
      Number(m[1]),
      Number(m[2]),
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      frac,
      m[8],
      timeZone,
    );
  }
  m = MDY.exec(s);
  if (m) {
    let hour = Number(m[4] ?? 0);
    const meridiem = m[7]?.toUpperCase();
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) return undefined;
      hour = (hour % 12) + (meridiem === 'PM' ? 12 : 0);
    }
    return fromParts(Number(m[3]), Number(m[1]), Number(m[2]), hour, Number(m[5] ?? 0), Number(m[6] ?? 0), 0, undefined, timeZone);
  }
  return undefined;
}
