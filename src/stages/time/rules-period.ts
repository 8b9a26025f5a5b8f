/**
 * DATE rules for periods of a year: quarters (`the third quarter`, `the
 * year-ago quarter`, `the latest period`), halves and seasons.
 */
import { addDays, fmtWeek, quarterOf, shiftValue } from './calendar.js';
import { MONTH_RE, ORDINALS, parseSpelledYear, SEASON_RE, SEASONS } from './lexicon.js';
import {
  currentQuarter,
  date,
  type Normalised,
  type RuleContext,
  relative,
  relativeUnit,
  yearForMonthDay,
} from './resolve.js';
import { after, before, g, type Rule, rx } from './rule.js';
import { modOf, monthDay, monthNo, PRE_MOD, REL_OFFSET, YEAR, yearOf } from './rules-date.js';

/** `the quarter ended Sept. 30`: the closing date that names a reporting period. */
const ENDED_RE = new RegExp(
  `^ (?:ended|ending|that ended|which ended) (${MONTH_RE}) (\\d{1,2})(?:, (\\d{4}))?`,
  'i',
);
/** Days back from a quarter's closing date to its middle: the calendar quarter it mostly covers. */
const QUARTER_MIDDLE_DAYS = 45;

/** The closing date after a quarter (`… ended July 31`), resolved like any month-day (the past by default). */
function closingDate(m: RegExpExecArray, ctx: RuleContext): { y: number; m: number; d: number } | undefined {
  const e = ENDED_RE.exec(after(m, 40));
  if (!e) return undefined;
  const mo = monthNo(e[1]!);
  const d = Number(e[2]);
  if (!mo || d < 1 || d > 31) return undefined;
  if (e[3]) return { y: Number(e[3]), m: mo, d };
  if (!ctx.ref) return undefined;
  return { y: yearForMonthDay(ctx.ref, mo, d, 'past'), m: mo, d };
}

function seasonValue(m: RegExpExecArray, ctx: RuleContext): Normalised {
  const code = SEASONS[g(m, 'season')] ?? 'SU';
  const order = ['WI', 'SP', 'SU', 'FA'];
  const rel = g(m, 'rel');
  const mod = modOf(g(m, 'mod'));
  const extra = mod ? { mod } : {};
  if (g(m, 'year')) return date(`${yearOf(m, ctx)}-${code}`, extra);
  const spelled = parseSpelledYear(g(m, 'sy'));
  if (spelled) return date(`${spelled}-${code}`, extra);
  return relative(
    ctx,
    (ref) => {
      const cur = order[Math.floor((ref.m % 12) / 3)]!;
      const later = order.indexOf(code) > order.indexOf(cur);
      const earlier = order.indexOf(code) < order.indexOf(cur);
      let y = ref.y;
      if (rel === 'last' || rel === 'this past') y = later || code === cur ? ref.y - 1 : ref.y;
      else if (rel === 'next' || rel === 'this coming') y = earlier || code === cur ? ref.y + 1 : ref.y;
      else if (rel !== 'this' && ctx.tense() === 'past' && later) y = ref.y - 1;
      else if (rel !== 'this' && ctx.tense() === 'future' && earlier) y = ref.y + 1;
      return `${y}-${code}`;
    },
    `XXXX-${code}`,
    mod,
  );
}

function quarterValue(m: RegExpExecArray, ctx: RuleContext): Normalised {
  const ordText = g(m, 'ord').replace(/^(\d)(?:st|nd|rd|th)$/, '$1');
  const q = ORDINALS[ordText] ?? (Number(ordText) || 0);
  const rel = g(m, 'rel').replace(/^the /, '');
  const y = g(m, 'year') || g(m, 'year2');
  if (y) return date(q ? `${y}-Q${q}` : `${y}-QX`);
  // `the quarter ended July 31` is the calendar quarter the period mostly covers (1989-Q2);
  // `the fourth quarter ended Sept. 30` keeps its (fiscal) number and takes the closing date's year.
  const closing = /^(?:|the|this|that|latest|fiscal)$/.test(rel) || q ? closingDate(m, ctx) : undefined;
  if (closing) {
    const mid = addDays(closing, -QUARTER_MIDDLE_DAYS);
    return {
      type: 'DATE',
      value: q ? `${closing.y}-Q${q}` : `${mid.y}-Q${quarterOf(mid.m)}`,
      anchor: 'publication',
    };
  }
  const prevQ = currentQuarter(ctx);
  if (/year-(?:earlier|ago)|year earlier|comparable|prior-year/.test(rel)) {
    if (prevQ) return { type: 'DATE', value: shiftValue(prevQ, 'Y', -1)!, anchor: 'previous' };
    return relative(ctx, (ref) => `${ref.y - 1}-Q${q || quarterOf(ref.m)}`, 'XXXX-QX');
  }
  if (q) {
    const offset = rel === 'last' || rel === 'next' ? REL_OFFSET[rel]! : 0;
    return relative(ctx, (ref) => `${ref.y + offset}-Q${q}`, `XXXX-Q${q}`);
  }
  if (prevQ && (rel === '' || rel === 'that' || rel === 'same'))
    return { type: 'DATE', value: prevQ, anchor: 'previous' };
  const offset = rel === 'next' || rel === 'coming' ? 1 : rel === 'this' || rel === 'current' ? 0 : -1;
  return relativeUnit(ctx, 'quarter', offset);
}

export const PERIOD_RULES: readonly Rule[] = [
  {
    id: 'quarter',
    hint: /quarter|period/,
    re: rx(
      `(?:[Tt]he (?=\\S+ quarter|\\d{4}|year|latest|current|same|comparable|prior|fiscal))?(?:(?:[Ff]iscal )?${YEAR}(?:'s)? |(?<rel>last|this|next|the latest|latest|current|previous|same|year-earlier|year-ago|year earlier|comparable(?: year-ago| year-earlier)?|prior-year) (?:year's )?)?(?:[Ff]iscal[- ])?(?<ord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)[- ](?:fiscal )?quarter(?![-A-Za-z])(?: of (?<year2>\\d{4}))?` +
        `|(?:[Tt]he |[Tt]his |[Tt]hat |[Ii]ts )(?<rel2>latest |current |previous |same |year-earlier |year-ago |comparable |comparable year-ago |comparable year-earlier |prior-year |next |last |)(?:fiscal )?(?<unit>quarter|period)(?![-A-Za-z]| of)(?<ago> a year (?:ago|earlier))?`,
    ),
    normalise: (m, ctx) => {
      const rel2 = m.groups?.['rel2'];
      if (rel2 !== undefined) {
        const lead = m[0].toLowerCase().split(' ')[0]!;
        // `the quarter a year ago`: one expression, the year-ago quarter.
        const rel = g(m, 'ago')
          ? 'year-ago'
          : rel2.trim() || (lead === 'this' ? 'this' : lead === 'that' ? 'that' : '');
        return quarterValue(
          { ...m, groups: { rel, ord: '', year: '', year2: '' } } as unknown as RegExpExecArray,
          ctx,
        );
      }
      return quarterValue(m, ctx);
    },
  },
  {
    id: 'week-of',
    hint: /week of/,
    re: rx(`[Tt]he week of (?<mon>${MONTH_RE}) (?<day>\\d{1,2})(?!\\d)(?:, (?<year>\\d{4}))?`),
    normalise: (m, ctx) => {
      const y = g(m, 'year');
      const mo = monthNo(g(m, 'mon'));
      const d = Number(g(m, 'day'));
      if (y) return date(fmtWeek({ y: Number(y), m: mo, d }));
      const day = monthDay(m, ctx).value;
      const parsed = /^(\d{4})-(\d\d)-(\d\d)$/.exec(day);
      if (!parsed) return { type: 'DATE', value: 'XXXX-WXX', anchor: 'publication-unknown' };
      return {
        type: 'DATE',
        value: fmtWeek({ y: Number(parsed[1]), m: mo, d }),
        anchor: 'publication',
      };
    },
  },
  {
    id: 'quarter-code',
    hint: /Q[1-4]|[1-4]Q/,
    re: rx(
      `(?<y1>\\d{4})-?Q(?<q1>[1-4])|Q(?<q2>[1-4])(?:,? (?<y2>\\d{4}))?|(?<q3>[1-4])Q(?<y3>\\d{2}|\\d{4})`,
    ),
    normalise: (m, ctx) => {
      const q = g(m, 'q1') || g(m, 'q2') || g(m, 'q3');
      const short = g(m, 'y3');
      const y =
        g(m, 'y1') || g(m, 'y2') || (short.length === 2 ? `${Number(short) < 50 ? 20 : 19}${short}` : short);
      if (y) return date(`${y}-Q${q}`);
      // A bare `Q3` is this year's, or last year's when it has not begun yet.
      return relative(
        ctx,
        (ref) => `${Number(q) > quarterOf(ref.m) ? ref.y - 1 : ref.y}-Q${q}`,
        `XXXX-Q${q}`,
      );
    },
  },
  {
    id: 'half',
    hint: /half/,
    re: rx(
      `(?:[Tt]he )?(?<ord>first|second|last) half(?: of (?:(?:[Ff]iscal )?${YEAR}|(?<rel>this|last|next) year|the year))?`,
    ),
    normalise: (m, ctx) => {
      const h = g(m, 'ord') === 'first' ? 1 : 2;
      if (g(m, 'year')) return date(`${yearOf(m, ctx)}-H${h}`);
      const off = REL_OFFSET[g(m, 'rel')] ?? 0;
      return relative(ctx, (ref) => `${ref.y + off}-H${h}`, `XXXX-H${h}`);
    },
  },
  {
    id: 'season',
    hint: /[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter/,
    re: rx(
      `(?:(?<the>[Tt]he )(?=\\w+ of (?:\\d|[Nn]ineteen|[Tt]wo))|(?<rel>[Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming|[Tt]his) )?${PRE_MOD}(?<season>${SEASON_RE})(?:,? (?:of )?(?:${YEAR}|(?<sy>[Nn]ineteen[- ][a-z]+(?:[- ][a-z]+)?)))?`,
    ),
    accept: (m) => {
      const s = g(m, 'season');
      if (s !== 'fall' && s !== 'spring') return true;
      return Boolean(
        g(m, 'rel') ||
          g(m, 'year') ||
          g(m, 'mod') ||
          /\b(?:in|this|last|next|until|by|since|during)\s*$/.test(before(m, 8)),
      );
    },
    normalise: seasonValue,
  },
];
