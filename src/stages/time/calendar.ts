/**
 * Calendar arithmetic for TimeML values: proleptic Gregorian dates as plain
 * `{y, m, d}`, ISO weeks, and shifting a value of any granularity (`1989-Q3`,
 * `2024-W45`, `2019-06`) by whole units. Pure; never reads the clock.
 */

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const MS_PER_DAY = 86_400_000;

export function toDays(ymd: Ymd): number {
  return Math.floor(Date.UTC(ymd.y, ymd.m - 1, ymd.d) / MS_PER_DAY);
}

export function fromDays(days: number): Ymd {
  const dt = new Date(days * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(ymd: Ymd, n: number): Ymd {
  return fromDays(toDays(ymd) + n);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(ymd: Ymd): number {
  const w = new Date(toDays(ymd) * MS_PER_DAY).getUTCDay();
  return w === 0 ? 7 : w;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO 8601 week: the year it belongs to and its number. */
export function isoWeek(ymd: Ymd): { year: number; week: number } {
  const thursday = addDays(ymd, 4 - weekday(ymd));
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

/** Monday of ISO week `week` of `year`. */
export function isoWeekMonday(year: number, week: number): Ymd {
  const jan4 = { y: year, m: 1, d: 4 };
  return addDays(jan4, 1 - weekday(jan4) + (week - 1) * 7);
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function fmtDay(ymd: Ymd): string {
  return `${pad(ymd.y, 4)}-${pad(ymd.m)}-${pad(ymd.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function fmtWeek(ymd: Ymd): string {
  const w = isoWeek(ymd);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** Parses the date part of an ISO date or date-time; undefined when it is not one. */
export function parseIsoDate(value: string | undefined): Ymd | undefined {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return undefined;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValidDate(ymd.y, ymd.m, ymd.d) ? ymd : undefined;
}

export type ShiftUnit = 'Y' | 'Q' | 'M' | 'W' | 'D';

/**
 * Shifts a TimeML date value by `n` units, keeping its granularity
 * (`1989-Q3` − 1 Y → `1988-Q3`; `2024-11-08` − 1 W → `2024-11-01`).
 * Returns undefined when the value has X's or the unit is finer than the value.
 */
export function shiftValue(value: string, unit: ShiftUnit, n: number): string | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value);
  if (m) {
    const base = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    const tail = m[4] ?? '';
    if (unit === 'D') return fmtDay(addDays(base, n)) + tail;
    if (unit === 'W') return fmtDay(addDays(base, 7 * n)) + tail;
    const months = unit === 'Y' ? 12 * n : unit === 'Q' ? 3 * n : n;
    const t = base.y * 12 + base.m - 1 + months;
    const y = Math.floor(t / 12);
    const mo = (t % 12) + 1;
    return fmtDay({ y, m: mo, d: Math.min(base.d, daysInMonth(y, mo)) }) + tail;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    if (unit === 'D' || unit === 'W') return undefined;
    const months = unit === 'Y' ? 12 * n : unit === 'Q' ? 3 * n : n;
    const t = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
    return fmtMonth(Math.floor(t / 12), (t % 12) + 1);
  }
  m = /^(\d{4})-Q(\d)$/.exec(value);
  if (m) {
    if (unit !== 'Y' && unit !== 'Q') return undefined;
    const t = Number(m[1]) * 4 + Number(m[2]) - 1 + (unit === 'Y' ? 4 * n : n);
    return `${pad(Math.floor(t / 4), 4)}-Q${(t % 4) + 1}`;
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    if (unit === 'Y') return `${pad(Number(m[1]) + n, 4)}-W${m[2]}${m[3] ?? ''}`;
    if (unit !== 'W') return undefined;
    return fmtWeek(addDays(isoWeekMonday(Number(m[1]), Number(m[2])), 7 * n)) + (m[3] ?? '');
  }
  m = /^(\d{4})(-(?:SP|SU|FA|WI|H[12]))?$/.exec(value);
  if (m) return unit === 'Y' ? `${pad(Number(m[1]) + n, 4)}${m[2] ?? ''}` : undefined;
  return undefined;
}

/** First day of the period a TimeML date value names (`2024-07` → 1 July), as days since the epoch; undefined for X's and REFs. */
export function valueStartDays(value: string): number | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return toDays({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) });
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return toDays({ y: Number(m[1]), m: Number(m[2]), d: 1 });
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) return toDays(isoWeekMonday(Number(m[1]), Number(m[2])));
  m = /^(\d{4})-Q(\d)$/.exec(value);
  if (m) return toDays({ y: Number(m[1]), m: (Number(m[2]) - 1) * 3 + 1, d: 1 });
  m = /^(\d{4})-H(\d)$/.exec(value);
  if (m) return toDays({ y: Number(m[1]), m: m[2] === '1' ? 1 : 7, d: 1 });
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return toDays({ y: Number(m[1]), m: { SP: 3, SU: 6, FA: 9, WI: 12 }[m[2] as 'SP'], d: 1 });
  m = /^(\d{4})$/.exec(value);
  if (m) return toDays({ y: Number(m[1]), m: 1, d: 1 });
  m = /^(\d{3})X$/.exec(value);
  if (m) return toDays({ y: Number(m[1]) * 10, m: 1, d: 1 });
  return undefined;
}
