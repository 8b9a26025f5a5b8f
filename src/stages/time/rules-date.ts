/**
 * DATE rules with a calendar anchor in the text itself or in the publication
 * date: full dates, month-days, months, years, decades, centuries, quarters,
 * seasons, weekdays and `last week`-style unit references.
 */
import { fmtDay, isValidDate, pad, parseIsoDate, shiftValue, weekday } from './calendar.js';
import { cap, DECADE_WORDS, MONTH_RE, MONTHS, parseSpelledYear, WEEKDAY_RE, WEEKDAYS } from './lexicon.js';
import {
  date,
  directionFromTense,
  type Grain,
  type Normalised,
  type RuleContext,
  relative,
  relativeUnit,
  unitValue,
  weekdayDate,
  yearForMonth,
  yearForMonthDay,
} from './resolve.js';
import { after, before, g, type Rule, rx } from './rule.js';
import type { TimexMod } from './types.js';

const dayRe = (name: string): string => `(?<${name}>[0-3]?\\d)(?:st|nd|rd|th)?`;
const yearRe = (name: string): string => `(?<${name}>1[0-9]\\d\\d|20\\d\\d|'\\d\\d)`;
const DAY = dayRe('day');
export const YEAR = yearRe('year');
export const PRE_MOD = '(?:(?<mod>[Ee]arly-?|[Ll]ate-?|[Mm]id-|[Mm]id|[Ee]arlier|[Ll]ater) ?)?';
/** Words before a bare `May` that make it the month, not the modal. */
const MAY_CUES =
  /(?:in|since|by|until|till|of|from|through|to|during|before|after|early|late|mid-|last|next|this|and|or|,)\s*$/;
/** Lower-case words that may follow a bare year (`in 1990 the…`); any other lower-case word makes it a count (`2000 people`). */
const YEAR_FOLLOWERS = new Set(
  'and or to when with in on at as the for but after before was is were had has that through until of by from while because if than so a an are will would could should did be been its their his her it he she they we i which who where elections election levels level budget season figures figure results'.split(
    ' ',
  ),
);

/** Words before a year that make it a date even when a noun follows (`the 1996 campaign`, `in 1992 against`). */
const YEAR_LEADERS =
  /(?:^|[^\p{L}])(?:the|its|his|her|their|a|an|that|this|in|since|by|until|during|from|of|before|after|through|[\p{L}]+'s)\s$/u;

/** The previous value cut to a year or month (`1995-05-22` → `1995`), when it is that fine. */
function previousGrain(value: string, grain: Grain): string | undefined {
  if (grain === 'year' && /^\d{4}/.test(value)) return value.slice(0, 4);
  if (grain === 'month' && /^\d{4}-\d{2}(?:-|$)/.test(value)) return value.slice(0, 7);
  return undefined;
}

export function monthNo(s: string): number {
  return MONTHS[s.toLowerCase().replace('.', '')] ?? 0;
}

export function modOf(word: string): TimexMod | undefined {
  const w = word.toLowerCase().replace(/[- ]$/, '');
  if (w === 'early' || w === 'earlier' || w === 'beginning' || w === 'start') return 'START';
  if (w === 'late' || w === 'later' || w === 'end' || w === 'close') return 'END';
  if (w === 'mid' || w === 'middle') return 'MID';
  return undefined;
}

export function yearOf(m: RegExpExecArray, ctx: RuleContext): number {
  const y = g(m, 'year');
  if (y.startsWith("'")) {
    const two = Number(y.slice(1));
    const base = ctx.ref ? Math.floor(ctx.ref.y / 100) * 100 : 1900;
    return base + two > (ctx.ref?.y ?? 2100) + 10 ? base - 100 + two : base + two;
  }
  return Number(y);
}

function withMod(n: Normalised, m: RegExpExecArray): Normalised {
  const mod = modOf(g(m, 'mod'));
  return mod ? { type: n.type, value: n.value, mod, anchor: n.anchor } : n;
}

function fullDate(m: RegExpExecArray, ctx: RuleContext): Normalised {
  const y = yearOf(m, ctx);
  const mo = /^\d+$/.test(g(m, 'mon')) ? Number(g(m, 'mon')) : monthNo(g(m, 'mon'));
  const d = Number(g(m, 'day'));
  return date(isValidDate(y, mo, d) ? fmtDay({ y, m: mo, d }) : `${pad(y, 4)}-${pad(mo)}`);
}

export function monthDay(m: RegExpExecArray, ctx: RuleContext): Normalised {
  const mo = monthNo(g(m, 'mon'));
  const d = Number(g(m, 'day'));
  return relative(
    ctx,
    (ref) => fmtDay({ y: yearForMonthDay(ref, mo, d, ctx.tense()), m: mo, d }),
    `XXXX-${pad(mo)}-${pad(d)}`,
  );
}

export const REL_OFFSET: Readonly<Record<string, number>> = {
  last: -1,
  past: -1,
  previous: -1,
  'this past': -1,
  next: 1,
  coming: 1,
  following: 1,
  'this coming': 1,
  this: 0,
  current: 0,
  same: 0,
  latest: 0,
};

function grainOf(unit: string): Grain {
  return unit === 'week' || unit === 'month' || unit === 'year' || unit === 'decade' || unit === 'century'
    ? unit
    : unit === 'weekend'
      ? 'weekend'
      : 'day';
}

export const DATE_RULES: readonly Rule[] = [
  {
    id: 'full-date',
    hint: /\d{4}|'\d\d/,
    re: rx(
      `(?:${WEEKDAY_RE},? )?(?<mon>${MONTH_RE}) ${DAY},? ${YEAR}|(?:${WEEKDAY_RE},? )?${dayRe('day2')} (?:of )?(?<mon2>${MONTH_RE}),? ${yearRe('year2')}`,
    ),
    normalise: (m, ctx) => {
      if (m.groups?.['mon2']) {
        return fullDate(
          {
            ...m,
            groups: { mon: m.groups['mon2'], day: m.groups['day2'] ?? '', year: m.groups['year2'] ?? '' },
          } as unknown as RegExpExecArray,
          ctx,
        );
      }
      return fullDate(m, ctx);
    },
  },
  {
    id: 'numeric-date',
    hint: /\d[-/]\d/,
    re: rx(
      '(?<year>\\d{4})-(?<mon>[01]\\d)-(?<day>[0-3]\\d)|(?<mon2>1[0-2]|0?[1-9])/(?<day2>[0-3]?\\d)/(?<y2>\\d{4})',
    ),
    normalise: (m, ctx) => {
      if (m.groups?.['mon2']) {
        const y = Number(m.groups['y2']);
        const mo = Number(m.groups['mon2']);
        const d = Number(m.groups['day2']);
        return date(isValidDate(y, mo, d) ? fmtDay({ y, m: mo, d }) : `${y}-${pad(mo)}`);
      }
      return fullDate(m, ctx);
    },
  },
  {
    id: 'month-day',
    hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|OCT|NOV|DEC/,
    re: rx(
      `(?:${WEEKDAY_RE},? )?(?<mon>${MONTH_RE}) ${DAY}(?![,.]?\\d)|(?:${WEEKDAY_RE},? )?(?:the )?(?<day2>[0-3]?\\d)(?:st|nd|rd|th)?(?: of)? (?<mon2>${MONTH_RE})`,
    ),
    accept: (m) => {
      const d = Number(m.groups?.['day'] ?? m.groups?.['day2']);
      return d >= 1 && d <= 31 && !/^[,.]?\d/.test(after(m, 2));
    },
    normalise: (m, ctx) => {
      if (m.groups?.['mon2']) {
        return monthDay(
          {
            ...m,
            groups: { mon: m.groups['mon2'], day: m.groups['day2'] ?? '' },
          } as unknown as RegExpExecArray,
          ctx,
        );
      }
      return monthDay(m, ctx);
    },
  },
  {
    id: 'month-year',
    hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|OCT|NOV|DEC/,
    re: rx(`${PRE_MOD}(?<mon>${MONTH_RE}),? (?:of )?${YEAR}`),
    normalise: (m, ctx) => withMod(date(`${yearOf(m, ctx)}-${pad(monthNo(g(m, 'mon')))}`), m),
  },
  {
    id: 'month-rel-year',
    hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|OCT|NOV|DEC/,
    re: rx(`${PRE_MOD}(?<mon>${MONTH_RE}),? (?:of )?(?<rel>last|this|next) year`),
    normalise: (m, ctx) => {
      const off = REL_OFFSET[g(m, 'rel')] ?? 0;
      const mo = monthNo(g(m, 'mon'));
      return withMod(
        relative(ctx, (ref) => `${ref.y + off}-${pad(mo)}`, `XXXX-${pad(mo)}`),
        m,
      );
    },
  },
  {
    id: 'month',
    hint: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|OCT|NOV|DEC/,
    re: rx(`(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming|[Tt]his) )?${PRE_MOD}(?<mon>${MONTH_RE})`),
    accept: (m) => {
      if (g(m, 'mon') === 'jan') return false;
      // `last Oct. 23`: the month-day rule takes `Oct. 23` (TimeBank leaves `last` out of the span).
      if (g(m, 'rel') && /^ \d{1,2}(?!\d)/.test(after(m, 4))) return false;
      // `the annual March for Life`, `the March of the Mothers`: a name, not the month.
      if (
        !g(m, 'rel') &&
        !g(m, 'mod') &&
        (/annual\s$/.test(before(m, 8)) || /^ (?:of|for) [A-Zt]/.test(after(m, 6)))
      )
        return false;
      if (g(m, 'mon') !== 'may' || g(m, 'rel') || g(m, 'mod')) return true;
      return MAY_CUES.test(before(m, 12)) && !/^ (?:be|have|not|also|well|soon)\b/.test(after(m, 6));
    },
    normalise: (m, ctx) => {
      const mo = monthNo(g(m, 'mon'));
      const rel = g(m, 'rel');
      const dir =
        rel === 'last' || rel === 'this past'
          ? 'past'
          : rel === 'next' || rel === 'this coming'
            ? 'future'
            : rel === 'this'
              ? 'this'
              : 'tense';
      const mod = modOf(g(m, 'mod'));
      return relative(
        ctx,
        (ref) => `${yearForMonth(ref, mo, dir, ctx.tense())}-${pad(mo)}`,
        `XXXX-${pad(mo)}`,
        mod,
      );
    },
  },
  {
    id: 'year',
    hint: /\d{4}/,
    re: rx(`(?:(?<fiscal>[Ff]iscal(?: year)?|FY) ?)?${PRE_MOD}(?<year>1[5-9]\\d\\d|20\\d\\d)(?:'s)?`),
    accept: (m) => {
      const b = before(m, 3);
      if (/[$#€£]\s?$|\d[,.]$|[Nn]o\.\s?$/.test(b)) return false;
      const a = after(m, 20);
      if (
        /^(?:[,.]\d|[-–/]\d|\s?%|\s?(?:percent|million|billion|bn)\b|\s?(?:[AaPp]\.?[Mm]\.?)(?![\p{L}]))/u.test(
          a,
        )
      )
        return false;
      const next = /^ ([a-z]+)/.exec(a);
      // `fiscal 1989 sales`: `fiscal` leaves no other reading than the year.
      if (!next || YEAR_FOLLOWERS.has(next[1]!) || g(m, 'fiscal')) return true;
      // `its 1990 invasion`, `in 1992 against…`: a determiner or preposition before makes it a year.
      return YEAR_LEADERS.test(before(m, 12));
    },
    normalise: (m, ctx) => withMod(date(String(yearOf(m, ctx))), m),
  },
  {
    id: 'spelled-year',
    hint: /[Nn]ineteen|[Tt]wo thousand/,
    re: rx(
      '(?:[Tt]he year )?(?<sy>[Nn]ineteen[- ](?:hundred|[a-z]+(?:[- ][a-z]+)?)|[Tt]wo thousand(?: and [a-z]+)?)',
    ),
    accept: (m) => parseSpelledYear(g(m, 'sy')) !== undefined || /^two thousand$/.test(g(m, 'sy')),
    normalise: (m) => date(String(parseSpelledYear(g(m, 'sy')) ?? 2000)),
  },
  {
    id: 'decade',
    hint: /0'?s|ties\b/,
    re: rx(
      `(?:[Tt]he )?${PRE_MOD}(?:(?<dec>1[0-9]\\d|20\\d)0'?s|'(?<dec2>\\d)0s|(?<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`,
    ),
    normalise: (m, ctx) => {
      const dec = g(m, 'dec');
      const digit = g(m, 'dec2') || String(DECADE_WORDS[g(m, 'decw')] ?? '');
      const century = ctx.ref ? Math.floor(ctx.ref.y / 100) : 19;
      const value = dec
        ? `${dec}X`
        : `${digit && Number(digit) * 10 > ((ctx.ref?.y ?? 1999) % 100) + 5 ? century - 1 : century}${digit}X`;
      return withMod(date(value), m);
    },
  },
  {
    id: 'century',
    hint: /century/,
    re: rx(`(?:[Tt]he )?${PRE_MOD}(?<n>\\d{1,2})(?:st|nd|rd|th)[- ]century`),
    normalise: (m) => withMod(date(pad(Number(g(m, 'n')) - 1)), m),
  },

  {
    id: 'weekday',
    hint: new RegExp(WEEKDAY_RE),
    re: rx(
      `(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming|[Tt]his|[Tt]he previous|[Tt]he following) )?${PRE_MOD}(?<wd>${WEEKDAY_RE})`,
    ),
    normalise: (m, ctx) => {
      const wd = WEEKDAYS[g(m, 'wd')] ?? 1;
      const rel = g(m, 'rel');
      const mod = modOf(g(m, 'mod'));
      // `the previous Friday`, `the following Monday` count from the day the story is on.
      const prevDay = parseIsoDate(/^\d{4}-\d{2}-\d{2}/.exec(ctx.previous?.value ?? '')?.[0]);
      if (prevDay && (rel === 'the previous' || rel === 'the following')) {
        const day = weekdayDate(prevDay, wd, rel === 'the previous' ? 'past' : 'future', true);
        return { type: 'DATE', value: fmtDay(day), mod: mod || undefined, anchor: 'previous' };
      }
      return relative(
        ctx,
        (ref) => {
          if (rel === 'last' || rel === 'this past' || rel === 'the previous')
            return fmtDay(weekdayDate(ref, wd, 'past', true));
          if (rel === 'next' || rel === 'this coming' || rel === 'the following')
            return fmtDay(weekdayDate(ref, wd, 'future', true));
          if (rel === 'this')
            return fmtDay(
              weekdayDate(ref, wd, weekday(ref) > wd && ctx.tense() === 'past' ? 'past' : 'this'),
            );
          // `Wednesday's ruling`: a possessive weekday names something that has happened.
          if (/^['’]s\b/.test(after(m, 3))) return fmtDay(weekdayDate(ref, wd, 'past'));
          return fmtDay(weekdayDate(ref, wd, directionFromTense(ctx.tense())));
        },
        `XXXX-WXX-${wd}`,
        mod,
      );
    },
  },
  {
    id: 'unit-ref',
    hint: / (?:week|month|year|decade|century)/,
    re: rx(
      `(?:(?<mod>[Ee]arly|[Ee]arlier|[Ll]ate|[Ll]ater|[Mm]id-|[Tt]he end of|[Tt]he beginning of|[Tt]he start of|[Tt]he middle of) )?(?:[Tt]he )?(?<rel>${cap('(?:last|next|this past|this coming|this|coming|past|previous|current|following|same|latest)')})(?: fiscal| calendar)? (?<unit>week|month|year|weekend|decade|century)`,
    ),
    normalise: (m, ctx) => {
      const rel = g(m, 'rel');
      const unit = g(m, 'unit');
      const grain = grainOf(unit);
      const mod = modOf(
        g(m, 'mod')
          .replace(/^the |-$| of$/g, '')
          .replace(/^(end|beginning|start|middle).*/, '$1'),
      );
      const offset = REL_OFFSET[rel] ?? 0;
      // `the following month`, `the previous year`: the story's time moves, not the publication date.
      if ((rel === 'following' || rel === 'previous') && /^the /i.test(m[0]) && ctx.previous) {
        const letter = unit === 'year' ? 'Y' : unit === 'month' ? 'M' : undefined;
        const base = letter && previousGrain(ctx.previous.value, grain);
        const v = base && letter ? shiftValue(base, letter, offset) : undefined;
        if (v) return { type: 'DATE', value: v, anchor: 'previous' };
      }
      if (grain === 'weekend' && offset === 0) return weekendValue(ctx, mod);
      // `the past decade`, `this century`: TimeBank reads a span back from now.
      if (
        (grain === 'decade' || grain === 'century') &&
        (offset === -1 || offset === 0) &&
        rel !== 'last' &&
        !mod
      ) {
        return { type: 'DURATION', value: grain === 'decade' ? 'P10Y' : 'P100Y' };
      }
      return relativeUnit(ctx, grain, offset, mod);
    },
  },
  {
    id: 'the-unit',
    hint: /weekend|year|month/,
    re: rx(
      `(?:(?<mod>[Tt]he end of|[Tt]he beginning of|[Tt]he start of|[Tt]he middle of|[Ee]arlier in|[Ll]ater in) )?(?:[Tt]he) (?<unit>weekend|year|month)(?! ago| earlier| later| before| after|[-'’])`,
    ),
    accept: (m) => g(m, 'unit') === 'weekend' || Boolean(g(m, 'mod')),
    normalise: (m, ctx) => {
      const mod = modOf(g(m, 'mod').replace(/^the /, '').split(' ')[0] ?? '');
      if (g(m, 'unit') === 'weekend') return weekendValue(ctx, mod);
      return relativeUnit(ctx, grainOf(g(m, 'unit')), 0, mod);
    },
  },
  {
    id: 'year-end',
    hint: /end/,
    re: rx("(?<w>[Yy]ear[- ]end|[Yy]ear's end|[Mm]onth[- ]end)"),
    normalise: (m, ctx) => {
      if (g(m, 'w').startsWith('month')) return relativeUnit(ctx, 'month', 0, 'END');
      // `by year-end` is this 31 December; `since year-end` the last one.
      const back = /since\s$/.test(before(m, 8)) ? 1 : 0;
      // The noun `year end` / `year's end` is the year's END (TimeML: `1989`, mod END).
      if (!g(m, 'w').includes('-')) return relativeUnit(ctx, 'year', -back, 'END');
      return relative(ctx, (ref) => `${ref.y - back}-12-31`, 'XXXX-12-31');
    },
  },
];

function weekendValue(ctx: RuleContext, mod: TimexMod | undefined): Normalised {
  return relative(
    ctx,
    (ref) => {
      const wd = weekday(ref);
      const past = ctx.tense() !== 'future';
      const offset = wd >= 6 ? 0 : past ? -1 : 0;
      return unitValue(ref, 'weekend', offset);
    },
    'XXXX-WXX-WE',
    mod,
  );
}
