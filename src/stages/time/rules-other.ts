/**
 * The rest of the rule table: day words (`yesterday`), anchored shifts (`two
 * days later`, `a year ago`), reference words (`now`, `recently`, `the near
 * future`), TIME (clock times, parts of days), DURATION and SET.
 */
import { addDays, fmtDay, parseIsoDate, toDays, type Ymd } from './calendar.js';
import { durationValue, grainOfUnit, isRate, SHIFT_LETTER, singular } from './durations.js';
import {
  cap,
  MONTH_RE,
  NUMBER_RE,
  PART_OF_DAY_RE,
  PARTS_OF_DAY,
  parseNumber,
  UNIT_RE,
  UNIT_SG_RE,
  VAGUE_RE,
  WEEKDAY_RE,
  WEEKDAYS,
} from './lexicon.js';
import {
  date,
  directionFromTense,
  type Normalised,
  type RuleContext,
  relative,
  shiftFromAnchor,
  weekdayDate,
  yearForMonthDay,
} from './resolve.js';
import { after, before, g, type Rule, rx } from './rule.js';
import { modOf, monthNo } from './rules-date.js';

/** Day words → offset in days from the reference date. */
const DAY_WORDS: Readonly<Record<string, number>> = {
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
};

/** How far back (characters) a named past day still sets the night `overnight` refers to: about two sentences. */
const OVERNIGHT_REACH = 300;

/** Date of a day word or weekday named next to a clock time or part of day. */
function dayOf(word: string, ctx: RuleContext): Ymd | undefined {
  if (!ctx.ref) return undefined;
  const w = word.toLowerCase().replace(/'s$/, '');
  if (w in DAY_WORDS) return addDays(ctx.ref, DAY_WORDS[w]!);
  if (w === 'last') return addDays(ctx.ref, -1);
  // `overnight`: the night before the day the story is on (`closed lower Friday … overnight losses`).
  if (w === 'overnight') {
    const near = (ctx.previous?.distance ?? Number.POSITIVE_INFINITY) <= OVERNIGHT_REACH;
    const prev = near ? parseIsoDate(/^\d{4}-\d{2}-\d{2}/.exec(ctx.previous?.value ?? '')?.[0]) : undefined;
    // A day ahead of publication (`could take until Tuesday`) is a plan, not the story's day.
    return addDays(prev && toDays(prev) <= toDays(ctx.ref) ? prev : ctx.ref, -1);
  }
  if (w in WEEKDAYS) return weekdayDate(ctx.ref, WEEKDAYS[w]!, directionFromTense(ctx.tense()));
  const md = new RegExp(`^(${MONTH_RE}) (\\d{1,2})$`, 'i').exec(word);
  if (md) {
    const mo = monthNo(md[1]!);
    const d = Number(md[2]);
    return { y: yearForMonthDay(ctx.ref, mo, d, ctx.tense()), m: mo, d };
  }
  return ctx.ref;
}

function timeValue(ctx: RuleContext, dayWord: string, suffix: string): Normalised {
  // A clock time with no day of its own (`shot at 10 p.m.`) belongs to the day the story is on.
  const prevDay = /^\d{4}-\d{2}-\d{2}/.exec(ctx.previous?.value ?? '')?.[0];
  if (!dayWord && /^T\d/.test(suffix) && prevDay)
    return { type: 'TIME', value: `${prevDay}${suffix}`, anchor: 'previous' };
  const day = dayOf(dayWord, ctx);
  if (!ctx.ref || !day) return { type: 'TIME', value: `XXXX-XX-XX${suffix}`, anchor: 'publication-unknown' };
  return { type: 'TIME', value: `${fmtDay(day)}${suffix}`, anchor: 'publication' };
}

/** A day named just after a clock time, outside its span (`at 10 p.m. on Oct. 23`). */
const DAY_AFTER_RE = new RegExp(
  `^,? (?:on )?(?:the night of |the morning of )?((?:${WEEKDAY_RE})(?=[ ,.;]|$)|(?:${MONTH_RE}) \\d{1,2}(?!\\d))`,
);

/** The day word of a clock time: its own (`3 p.m. Tuesday`), else one that follows it (`3 p.m. on Tuesday`). */
function clockDay(m: RegExpExecArray): string {
  return g(m, 'day') || (DAY_AFTER_RE.exec(after(m, 32))?.[1] ?? '');
}

const DAY_REF = `(?<day>${cap('(?:today|tonight|yesterday|tomorrow)')}|${WEEKDAY_RE}|${MONTH_RE} \\d{1,2})`;
const DUR_MOD =
  '(?:(?<dmod>[Mm]ore than|[Ll]ess than|[Aa]t least|[Aa]t most|[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Aa]pproximately|[Rr]oughly|[Uu]p to|[Nn]o more than|[Oo]ver(?= [\\da-z])(?! the)|[Jj]ust over|[Jj]ust under) )?';

function durMod(word: string): Normalised['mod'] {
  const w = word.toLowerCase();
  if (!w) return undefined;
  if (/more than|over/.test(w)) return 'MORE_THAN';
  if (/less than|under|nearly|almost/.test(w)) return 'LESS_THAN';
  if (w === 'at least') return 'EQUAL_OR_MORE';
  if (/at most|up to|no more than/.test(w)) return 'EQUAL_OR_LESS';
  return 'APPROX';
}

/** `today's youth`, `the people of tomorrow`: the present or future era in general, not a day (TimeBank leaves these out). */
const GENERIC_AFTER_TODAY_RE =
  /^'s (?:[a-z]+ )?(?:young|youth|world|society|generation|children|kids|families|women|men|students|workers|consumers|technology|computers|standards|culture)\b/;
const GENERIC_BEFORE_TOMORROW_RE =
  /\b(?:people|world|leaders|city|cities|car|cars|school|schools|technology|jobs) of\s$/i;

export const OTHER_RULES: readonly Rule[] = [
  {
    id: 'day-word',
    hint: /oday|esterday|omorrow|onight/,
    re: rx(
      `(?:(?<mod>[Ee]arly|[Ee]arlier|[Ll]ate|[Ll]ater) )?(?<w>${cap('(?:today|yesterday|tomorrow|tonight|the day before yesterday|the day after tomorrow)')})`,
    ),
    accept: (m) => {
      const w = g(m, 'w');
      if (w !== 'today' && w !== 'tomorrow') return true;
      return !GENERIC_AFTER_TODAY_RE.test(after(m, 24)) && !GENERIC_BEFORE_TOMORROW_RE.test(before(m, 16));
    },
    normalise: (m, ctx) => {
      const w = g(m, 'w');
      const mod = modOf(g(m, 'mod'));
      if (w === 'tonight') return timeValue(ctx, 'today', 'TNI');
      return relative(ctx, (ref) => fmtDay(addDays(ref, DAY_WORDS[w] ?? 0)), 'XXXX-XX-XX', mod);
    },
  },
  {
    id: 'shift',
    hint: /ago|earlier|from now|hence/,
    re: rx(
      `${DUR_MOD}(?<num>${NUMBER_RE}|${VAGUE_RE}|[Aa]n?) (?<unit>${UNIT_RE}) (?<dir>ago|earlier|from now|hence)`,
    ),
    normalise: (m, ctx) => {
      const unit = singular(g(m, 'unit'));
      const n = /^an?$/.test(g(m, 'num')) ? 1 : parseNumber(g(m, 'num'));
      const dir = g(m, 'dir');
      const sign = /ago|earlier|before|previously/.test(dir) ? -1 : 1;
      const letter = SHIFT_LETTER[unit];
      // `a decade ago` names a year, not a decade.
      const grain = unit === 'decade' || unit === 'century' ? 'year' : grainOfUnit(unit);
      if (n === undefined || !letter || !Number.isInteger(n)) {
        return date(sign < 0 ? 'PAST_REF' : 'FUTURE_REF', {
          anchor: ctx.ref ? 'publication' : 'publication-unknown',
        });
      }
      const factor = unit === 'decade' ? 10 : unit === 'century' ? 100 : 1;
      // `a year ago` in a quarterly report means the same quarter a year before, as `a year earlier` does.
      const previousIsQuarter = /^\d{4}-Q\d$/.test(ctx.previous?.value ?? '');
      const fromPrevious = /earlier|later/.test(dir) || (previousIsQuarter && unit === 'year');
      const out = shiftFromAnchor(ctx, grain, letter, sign * n * factor, fromPrevious);
      return durMod(g(m, 'dmod'))
        ? { type: out.type, value: out.value, mod: 'APPROX', anchor: out.anchor }
        : out;
    },
  },
  {
    id: 'year-earlier',
    hint: /ear-earlier|ear-ago|ear earlier|rior-year/,
    re: rx(
      `(?:[Tt]he (?=(?:comparable )?\\S+ (?:period|nine months|six months|months)))?(?:comparable )?(?<w>[Yy]ear-earlier|[Yy]ear-ago|[Yy]ear earlier|[Pp]rior-year)(?: (?<what>period|nine months|six months|months))?`,
    ),
    normalise: (m, ctx) => {
      const what = g(m, 'what');
      if (/months/.test(what))
        return {
          type: 'DURATION',
          value: durationValue(parseNumber(what.split(' ')[0] ?? '') ?? undefined, 'month'),
        };
      return shiftFromAnchor(ctx, 'year', 'Y', -1, true);
    },
  },
  {
    id: 'ref-word',
    hint: /[Nn]ow|[Cc]urrent|present|days|[Rr]ecent|[Ll]ately|past|[Ff]uture|term|quarters|later date|soon/,
    re: rx(
      `(?<w>${cap('(?:now|currently|at present|nowadays|these days|recently|lately|more recently|the past|the near future|the distant future|the future|the near term|the short term|the long term|future quarters|future years|coming quarters|a later date|as soon as possible|future|recent|current)')})`,
    ),
    accept: (m) => {
      const w = g(m, 'w');
      if (w === 'future' || w === 'current' || w === 'recent') {
        // As adjectives (`future plans`, `current account`) they are no time expression.
        if (/foreseeable\s$/.test(before(m, 12))) return false;
        return !/^ [a-z]/.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 2));
      }
      if (w === 'the past')
        return !/^ (?:few|several|\d|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade)/.test(
          m.input.slice(m.index + 8, m.index + 20),
        );
      return true;
    },
    normalise: (m, ctx) => {
      const w = g(m, 'w');
      const anchor = ctx.ref ? ('publication' as const) : ('publication-unknown' as const);
      if (/now|current|present|nowadays|these days/.test(w)) return date('PRESENT_REF', { anchor });
      if (/future|soon|later date|term|coming/.test(w)) return date('FUTURE_REF', { anchor });
      return date('PAST_REF', { anchor });
    },
  },
  {
    id: 'clock',
    hint: /[0-9] ?(?:[AaPp]\.?[Mm]|o'clock)/,
    re: rx(
      `(?:(?<mod>[Ee]arly|[Ll]ate|[Aa]bout|[Aa]round) )?(?<h>[01]?\\d|2[0-3])(?:[:.](?<min>[0-5]\\d))? ?(?<ampm>[AaPp]\\.[Mm]\\.?|[AaPp][Mm]|o'clock)(?: (?<tz>[A-Z]{2,4}T|GMT|UTC))?(?:,? ${DAY_REF})?`,
    ),
    normalise: (m, ctx) => {
      let h = Number(g(m, 'h'));
      const ampm = g(m, 'ampm');
      if (ampm.startsWith('p') && h < 12) h += 12;
      if (ampm.startsWith('a') && h === 12) h = 0;
      const min = g(m, 'min') || '00';
      return timeValue(ctx, clockDay(m), `T${String(h).padStart(2, '0')}:${min}`);
    },
  },
  {
    id: 'clock-24h',
    hint: /\d:\d\d [A-Z]/,
    re: rx(`(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d) (?<tz>GMT|UTC|[A-Z]{2,4}T)(?:,? ${DAY_REF})?`),
    normalise: (m, ctx) => timeValue(ctx, clockDay(m), `T${g(m, 'h').padStart(2, '0')}:${g(m, 'min')}`),
  },
  {
    id: 'noon',
    hint: /[Nn]oon|[Mm]idnight|[Mm]idday/,
    re: rx(`(?<w>[Nn]oon|[Mm]idnight|[Mm]idday)(?:,? ${DAY_REF})?`),
    normalise: (m, ctx) => timeValue(ctx, clockDay(m), g(m, 'w') === 'midnight' ? 'T24:00' : 'T12:00'),
  },
  {
    id: 'part-of-day',
    hint: /morning|afternoon|evening|night|[Oo]vernight/,
    re: rx(
      `(?:(?<rel>${cap('(?:this|last|yesterday|tomorrow|today|early|late|the)')})(?:'s)? )?(?<wd>${WEEKDAY_RE} )?(?<mid>[Mm]id[- ]?)?(?<pod>${PART_OF_DAY_RE})(?: (?<day2>yesterday|today|tomorrow|${WEEKDAY_RE}))?|(?<ov>[Oo]vernight)`,
    ),
    accept: (m) =>
      Boolean(g(m, 'rel') || g(m, 'wd') || g(m, 'ov') || g(m, 'mid') || g(m, 'day2')) &&
      !(g(m, 'rel') === 'the' && !g(m, 'wd')) &&
      !(g(m, 'wd') && g(m, 'day2')),
    normalise: (m, ctx) => {
      if (g(m, 'ov')) return timeValue(ctx, 'overnight', 'TNI');
      const pod = PARTS_OF_DAY[g(m, 'pod')] ?? 'MO';
      const rel = g(m, 'rel');
      // `mid-afternoon yesterday`, `late morning Tuesday`: the day follows the part of day.
      const wd = (g(m, 'wd') || g(m, 'day2')).trim();
      const day = wd || (rel === 'last' && pod === 'NI' ? 'yesterday' : rel === 'last' ? 'yesterday' : rel);
      // TimeBank annotates `Wednesday night` mostly as the DATE of that day (and often marks
      // only the weekday); mornings, afternoons and evenings keep their part of day
      // (`Monday morning` → `…TMO`, as issue #7 specifies).
      if (wd && pod === 'NI') {
        const t = timeValue(ctx, wd, '');
        return { type: 'DATE', value: t.value, mod: undefined, anchor: t.anchor || undefined };
      }
      return timeValue(
        ctx,
        day === 'this' || day === 'early' || day === 'late' || day === 'the' ? 'today' : day,
        `T${pod}`,
      );
    },
  },
  {
    id: 'duration',
    hint: new RegExp(` ${UNIT_RE}`),
    re: rx(
      `${DUR_MOD}(?:(?<the>[Tt]he |[Aa]nother |[Aa]n additional )?(?<rel>${cap('(?:past|last|next|first|coming|previous|following|remaining|final|latest|other|initial)')}) |(?<the0>[Tt]he )(?=\\S+ (?:days|weeks|months|years|quarters)))?(?<num>${NUMBER_RE}|${VAGUE_RE}|[Aa]n?)(?: (?:more|additional|full|straight|consecutive|trading|business|working|calendar|long))? (?<unit>${UNIT_RE})(?<half> and a half)?(?: or so)?`,
    ),
    accept: (m) => {
      const num = g(m, 'num');
      const unit = g(m, 'unit');
      if (/^an?$/.test(num) && (unit === 'second' || unit === 'quarter')) return false;
      // `700 seats a week`, `$2 million a year`: rates, which TimeBank leaves unmarked.
      if (/^an?$/.test(num) && !g(m, 'rel') && !g(m, 'the') && isRate(before(m, 30))) return false;
      // Ages (`37 years old`) are no time expressions in TimeML.
      if (/^ old\b/.test(after(m, 5))) return false;
      // `one day` opening a clause is a DATE-ish idiom; leave it.
      return !(num === 'one' && unit === 'day' && !g(m, 'rel'));
    },
    normalise: (m) => {
      const num = g(m, 'num');
      const unit = g(m, 'unit');
      const mod = durMod(g(m, 'dmod'));
      const base = /^an?$/.test(num) ? 1 : parseNumber(num);
      const n = base !== undefined && g(m, 'half') ? base + 0.5 : base;
      return { type: 'DURATION', value: durationValue(n, unit), mod: mod || undefined, anchor: undefined };
    },
  },
  {
    id: 'duration-adj',
    hint: /-(?:second|minute|hour|day|night|week|month|quarter|year|decade|centur)/,
    re: rx(
      `(?<num>\\d+(?:\\.\\d+)?|${cap('(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)')}(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)-(?<unit>${UNIT_SG_RE})(?:-(?:old|long))?`,
    ),
    accept: (m) => !/^-old/.test(after(m, 4)) && !/-old$/.test(m[0]),
    normalise: (m) => ({ type: 'DURATION', value: durationValue(parseNumber(g(m, 'num')), g(m, 'unit')) }),
  },
  {
    id: 'duration-vague',
    hint: /years|months|weeks|days|hours|minutes|decades|centuries/,
    re: rx(
      `(?:(?<the>[Tt]he )?(?<rel>${cap('(?:past|last|next|coming|recent|early|several|many|few)')}) )?(?<unit>years|months|weeks|days|hours|minutes|decades|centuries)(?: ahead)?`,
    ),
    accept: (m) =>
      Boolean(g(m, 'rel')) ||
      /\b(?:for|in|over|within|after|take|takes|took|lasted|lasting|spent)\s*$/.test(before(m, 10)),
    normalise: (m, ctx) => {
      const unit = g(m, 'unit');
      const rel = g(m, 'rel');
      if (rel === 'recent' && unit === 'years')
        return date('PAST_REF', { anchor: ctx.ref ? 'publication' : 'publication-unknown' });
      return { type: 'DURATION', value: unit === 'decades' ? 'PXDE' : durationValue(undefined, unit) };
    },
  },
  {
    id: 'set-adverb',
    hint: /[Dd]aily|[Ww]eekly|[Mm]onthly|[Aa]nnually|[Yy]early|[Hh]ourly|[Nn]ightly|[Bb]iweekly/,
    re: rx(`(?<w>${cap('(?:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly)')})`),
    // Rates are not recurring times (TimeBank leaves them out): `average daily volume`,
    // `rise 8.5% annually`, `C$17.9 million annually`, `doubling its profits annually`.
    accept: (m) =>
      !/\d[^.;]{0,24}\s$|\bprofits?\s$/i.test(before(m, 32)) &&
      !(/\baverage\s$/i.test(before(m, 9)) && g(m, 'w') !== 'hourly'),
    normalise: (m) => {
      const w = g(m, 'w');
      const v: Readonly<Record<string, string>> = {
        daily: 'P1D',
        nightly: 'P1D',
        weekly: 'P1W',
        biweekly: 'P2W',
        monthly: 'P1M',
        annually: 'P1Y',
        yearly: 'P1Y',
        hourly: 'PT1H',
      };
      return { type: 'SET', value: v[w] ?? 'P1D' };
    },
  },
  {
    id: 'set-every',
    hint: /[Ee]very|[Ee]ach|[Pp]er |[Oo]nce|[Tt]wice|times/,
    re: rx(
      `(?:(?<times>[Oo]nce|[Tt]wice|${NUMBER_RE} times) )?(?<q>[Ee]very|[Ee]ach|[Pp]er|a) (?:other )?(?:(?<num>${NUMBER_RE}) )?(?<what>${UNIT_SG_RE}|${UNIT_RE}|${WEEKDAY_RE}|${MONTH_RE}|${PART_OF_DAY_RE}|weekend)`,
    ),
    accept: (m) => {
      // `15 million instructions per second`: a rate, not a recurring time.
      if (g(m, 'q') === 'per' && !g(m, 'times') && isRate(before(m, 30))) return false;
      return g(m, 'q') !== 'a' || Boolean(g(m, 'times'));
    },
    normalise: (m) => {
      const what = g(m, 'what');
      if (what in WEEKDAYS) return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS[what]}` };
      const mo = monthNo(what);
      if (mo) return { type: 'SET', value: `XXXX-${String(mo).padStart(2, '0')}` };
      if (what in PARTS_OF_DAY) return { type: 'SET', value: `XXXX-XX-XXT${PARTS_OF_DAY[what]}` };
      const n = g(m, 'num') ? parseNumber(g(m, 'num')) : 1;
      return { type: 'SET', value: durationValue(n, what === 'weekend' ? 'week' : what) };
    },
  },
  {
    id: 'set-weekdays',
    hint: /days/,
    re: rx(
      `(?<wd>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)(?: (?<pod>mornings|afternoons|evenings|nights))?`,
    ),
    normalise: (m) => {
      const wd = WEEKDAYS[g(m, 'wd').slice(0, -1)] ?? 1;
      const pod = g(m, 'pod') ? `T${PARTS_OF_DAY[g(m, 'pod').slice(0, -1)] ?? 'MO'}` : '';
      return { type: 'SET', value: `XXXX-WXX-${wd}${pod}` };
    },
  },
];
