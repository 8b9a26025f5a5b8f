/**
 * Rules whose value comes from the story's own timeline or the calendar's
 * named days: `that year`, `earlier that day`, `the year` in a results story,
 * `the 1988 period`, and holidays (`Thanksgiving Day`, `Election Day`).
 */
import { addDays, fmtDay, toDays, weekday, type Ymd } from './calendar.js';
import { currentQuarter, type Normalised, type RuleContext, relative, relativeUnit } from './resolve.js';
import { after, before, g, type Rule, rx } from './rule.js';
import { modOf } from './rules-date.js';

/** The nth weekday `wd` of month `m` (n = -1: the last one). */
function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = addDays({ y, m: m + 1 > 12 ? 1 : m + 1, d: 1 }, m === 12 ? -1 + 365 * 0 : -1);
  const lastDay = m === 12 ? { y, m: 12, d: 31 } : last;
  return addDays(lastDay, -((weekday(lastDay) - wd + 7) % 7));
}

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const gg = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - gg + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Holidays (US/Christian calendar, as in TimeBank's news) → their date in a given year. */
const HOLIDAYS: Readonly<Record<string, (y: number) => Ymd>> = {
  christmas: (y) => ({ y, m: 12, d: 25 }),
  'christmas day': (y) => ({ y, m: 12, d: 25 }),
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  'independence day': (y) => ({ y, m: 7, d: 4 }),
  halloween: (y) => ({ y, m: 10, d: 31 }),
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  easter: easter,
  'easter sunday': easter,
  'good friday': (y) => addDays(easter(y), -2),
};

function holidayYear(ref: Ymd, rel: string, tense: string, at: (y: number) => Ymd): number {
  const thisYear = toDays(at(ref.y)) - toDays(ref);
  if (rel === 'last') return thisYear < 0 ? ref.y : ref.y - 1;
  if (rel === 'next') return thisYear > 0 ? ref.y : ref.y + 1;
  if (rel === 'this') return ref.y;
  if (tense === 'past' && thisYear > 2) return ref.y - 1;
  if (tense === 'future' && thisYear < -2) return ref.y + 1;
  return ref.y;
}

/** The previous expression's value cut to a grain (`1998-10-23` → year `1998`), when it has that grain. */
function previousAt(ctx: RuleContext, unit: string): string | undefined {
  const v = ctx.previous?.value;
  if (!v) return undefined;
  const len = unit === 'year' ? 4 : unit === 'month' ? 7 : unit === 'day' ? 10 : 0;
  if (len === 0 || v.length < len || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?/.test(v.slice(0, len))) return undefined;
  return v.slice(0, len);
}

export const ANCHORED_RULES: readonly Rule[] = [
  {
    id: 'holiday',
    hint: /Christmas|New Year|Independence|Halloween|Valentine|Thanksgiving|Labor Day|Memorial Day|Election Day|Easter|Good Friday/,
    re: rx(
      `(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his) )?(?<h>Christmas(?: Day| Eve)?|New Year's (?:Day|Eve)|Independence Day|Halloween|Valentine's Day|Thanksgiving(?: Day)?|Labor Day|Memorial Day|Election Day|Easter(?: Sunday)?|Good Friday)(?:,? (?<year>\\d{4}))?`,
    ),
    normalise: (m, ctx) => {
      const at = HOLIDAYS[g(m, 'h')]!;
      if (g(m, 'year')) return { type: 'DATE', value: fmtDay(at(Number(g(m, 'year')))) };
      return relative(ctx, (ref) => fmtDay(at(holidayYear(ref, g(m, 'rel'), ctx.tense(), at))), 'XXXX-XX-XX');
    },
  },
  {
    id: 'that-unit',
    hint: /[Tt]hat (?:same |day|month|year)|same (?:day|month|year)/,
    re: rx(
      `(?:(?<mod>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate) )?(?:(?:in )?[Tt]hat (?:same )?|[Tt]he same )(?<unit>day|month|year)`,
    ),
    accept: (m) => !/\b(?:of|for)\s$/.test(before(m, 4)) || Boolean(g(m, 'mod')),
    normalise: (m, ctx): Normalised => {
      const mod = modOf(g(m, 'mod'));
      const extra = mod ? { mod } : {};
      const v = previousAt(ctx, g(m, 'unit'));
      if (v) return { type: 'DATE', value: v, anchor: 'previous', ...extra };
      return relativeUnit(ctx, g(m, 'unit') as 'day' | 'month' | 'year', 0, mod);
    },
  },
  {
    id: 'the-year',
    hint: /year/,
    re: rx(
      `(?:[Tt]he) (?<q>full |fiscal |calendar |current |current fiscal |latest fiscal )?year(?! ago| earlier| later| before| after|[-'’]| of)`,
    ),
    accept: (m) => Boolean(g(m, 'q')) || /\b(?:for|in|during|through|of|throughout)\s$/.test(before(m, 12)),
    normalise: (m, ctx) => {
      const q = g(m, 'q').trim();
      // `for the year ended Sept. 30`, `in the fiscal year` measure a span (TimeBank: P1Y);
      // a bare `for the year` / `for the fiscal year.` names the current year (TimeBank: 1989).
      if (
        (q === '' || q === 'fiscal') &&
        !/\bof\s$/.test(before(m, 4)) &&
        (/^\s+end(?:ed|ing)\b/.test(after(m, 8)) || /\b(?:in|throughout)\s$/.test(before(m, 12)))
      )
        return { type: 'DURATION', value: 'P1Y' };
      const v = previousAt(ctx, 'year');
      if (!g(m, 'q') && v && /^\d{4}$/.test(ctx.previous?.value ?? ''))
        return { type: 'DATE', value: v, anchor: 'previous' };
      return relativeUnit(ctx, 'year', 0);
    },
  },
  {
    id: 'year-period',
    hint: /\d{4} (?:period|quarter)/,
    re: rx(`(?:[Tt]he )(?<year>1[5-9]\\d\\d|20\\d\\d) (?:period|quarter)`),
    normalise: (m, ctx) => {
      const q = /^\d{4}-(Q\d)$/.exec(currentQuarter(ctx) ?? '');
      return { type: 'DATE', value: q ? `${g(m, 'year')}-${q[1]}` : g(m, 'year') };
    },
  },
];
