import { describe, expect, it } from 'vitest';
import { parseTime } from '../../src/read/parse-time.js';

const SH = 'Asia/Shanghai';
const utc = (iso: string): number => Date.parse(iso);

describe('parseTime', () => {
  it.each([
    ['2019-02-28T11:25:05+08:00', '2019-02-28T03:25:05Z'],
    ['2019-02-28T03:25:05Z', '2019-02-28T03:25:05Z'],
    ['2019-02-28T11:25:05.250', '2019-02-28T03:25:05.250Z'],
    ['2019-02-28T11:25:05', '2019-02-28T03:25:05Z'],
    ['2019/2/28 11:25:05', '2019-02-28T03:25:05Z'],
    ['2019-02-28', '2019-02-27T16:00:00Z'],
    ['2019-02-28 11:25', '2019-02-28T03:25:00Z'],
    ['2019.2.28', '2019-02-27T16:00:00Z'],
    ['20190228', '2019-02-27T16:00:00Z'],
    ['20190228112505', '2019-02-28T03:25:05Z'],
    ['2019年2月28日 11:25', '2019-02-28T03:25:00Z'],
    ['2019年2月28日11时25分', '2019-02-28T03:25:00Z'],
    ['2019年2月28日', '2019-02-27T16:00:00Z'],
    ['02/28/2019 11:25 PM', '2019-02-28T15:25:00Z'],
    ['43524', '2019-02-27T16:00:00Z'],
    ['43524.5', '2019-02-28T04:00:00Z'],
    ['1551324305', '2019-02-28T03:25:05Z'],
    ['1551324305123', '2019-02-28T03:25:05.123Z'],
  ])('parseTime(%j, Asia/Shanghai) is %s', (input, expected) => {
    expect(parseTime(input, SH)).toBe(utc(expected));
  });

  it('parseTime(number) reads Excel serials, epoch seconds and epoch milliseconds', () => {
    expect(parseTime(43524.5, SH)).toBe(utc('2019-02-28T04:00:00Z'));
    expect(parseTime(1551324305, SH)).toBe(utc('2019-02-28T03:25:05Z'));
    expect(parseTime(1551324305123, SH)).toBe(utc('2019-02-28T03:25:05.123Z'));
    expect(parseTime(42, SH)).toBeUndefined();
  });

  it('parseTime(Date) returns the instant', () => {
    expect(parseTime(new Date('2019-02-28T03:25:05Z'), SH)).toBe(utc('2019-02-28T03:25:05Z'));
    expect(parseTime(new Date('nope'), SH)).toBeUndefined();
  });

  it('parseTime(local time) follows the time zone', () => {
    expect(parseTime('2019-02-28 11:25', 'UTC')).toBe(utc('2019-02-28T11:25:00Z'));
    expect(parseTime('2019-07-01 12:00', 'America/New_York')).toBe(utc('2019-07-01T16:00:00Z'));
  });

  it.each(['2019-02-30', '2019-13-01', '20190230', '2019-02-28 25:00', '2019-02-28 11:61', '', 'yesterday', '13812345678', '123', '02/30/2019'])(
    'parseTime(%j) is undefined',
    (input) => {
      expect(parseTime(input, SH)).toBeUndefined();
    },
  );
});
