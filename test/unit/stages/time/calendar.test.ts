import { describe, expect, it } from 'vitest';
import {
  fmtWeek,
  isoWeek,
  shiftValue,
  valueStartDays,
  weekday,
} from '../../../../src/stages/time/calendar.js';

describe('calendar', () => {
  it.each([
    [{ y: 2024, m: 11, d: 8 }, 5, '2024-W45'],
    [{ y: 2021, m: 1, d: 3 }, 7, '2020-W53'],
    [{ y: 2019, m: 12, d: 30 }, 1, '2020-W01'],
  ])('weekday and ISO week of %o', (ymd, wd, week) => {
    expect(weekday(ymd)).toBe(wd);
    expect(fmtWeek(ymd)).toBe(week);
    expect(isoWeek(ymd).week).toBe(Number(week.slice(-2)));
  });

  it.each([
    ['1989-Q3', 'Y', -1, '1988-Q3'],
    ['1989-Q1', 'Q', -1, '1988-Q4'],
    ['2024-03-31', 'M', -1, '2024-02-29'],
    ['2024-01', 'M', -1, '2023-12'],
    ['2024-W01', 'W', -1, '2023-W52'],
    ['1998-SU', 'Y', 1, '1999-SU'],
    ['XXXX-06', 'Y', 1, undefined],
  ] as const)('shiftValue(%s, %s, %d) = %s', (value, unit, n, expected) => {
    expect(shiftValue(value, unit, n)).toBe(expected);
  });

  it('orders values by the first day they name', () => {
    const order = ['2024-11-07', '2019-06-28', '2024-07', '2022-02', '2021', '2024-Q2'].sort(
      (a, b) => (valueStartDays(a) ?? 0) - (valueStartDays(b) ?? 0),
    );
    expect(order).toEqual(['2019-06-28', '2021', '2022-02', '2024-Q2', '2024-07', '2024-11-07']);
  });
});
