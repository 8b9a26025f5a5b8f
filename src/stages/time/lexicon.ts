/**
 * Word tables of the time recogniser (HeidelTime's "resources"): month, weekday,
 * season, part-of-day, unit and number words, as maps for normalisation and as
 * regular-expression fragments for the rules in `rules-*.ts`. Month and weekday words come from
 * the shared English layer.
 */
import {
  MONTH_ABBREVIATION_NUMBERS,
  MONTH_NAMES,
  WEEKDAY_ABBREVIATION_NUMBERS,
  WEEKDAY_NAMES,
} from '../../lang/en/calendar.js';

/** Month names and abbreviations, lower-case without the dot → month number. */
export const MONTHS: Readonly<Record<string, number>> = Object.fromEntries([
  ...MONTH_NAMES.map((name, i) => [name, i + 1] as const),
  ...[...MONTH_ABBREVIATION_NUMBERS].map(([abbr, n]) => [abbr.toLowerCase(), n] as const),
]);

/** Capitalised month names: "may"/"march" in lower case are verbs, so case matters here. */
export const MONTH_RE =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)';

/** Weekday names and abbreviations, lower-case without the dot → ISO weekday (1 = Monday). */
export const WEEKDAYS: Readonly<Record<string, number>> = Object.fromEntries([
  ...WEEKDAY_NAMES.map((name, i) => [name, i + 1] as const),
  ...[...WEEKDAY_ABBREVIATION_NUMBERS].map(([abbr, n]) => [abbr.toLowerCase(), n] as const),
]);

export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Seasons → TimeML season codes. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};
export const SEASON_RE = '(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)';

/** Parts of the day → TimeML codes. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  midday: 'MI',
};
export const PART_OF_DAY_RE = '(?:morning|afternoon|evening|night)';

/** Calendar units (singular, lower-case) → TimeML duration letter; `T` marks time units. */
export const UNITS: Readonly<Record<string, { readonly letter: string; readonly time: boolean }>> = {
  second: { letter: 'S', time: true },
  minute: { letter: 'M', time: true },
  hour: { letter: 'H', time: true },
  day: { letter: 'D', time: false },
  night: { letter: 'D', time: false },
  week: { letter: 'W', time: false },
  weekend: { letter: 'WE', time: false },
  month: { letter: 'M', time: false },
  quarter: { letter: 'Q', time: false },
  year: { letter: 'Y', time: false },
  decade: { letter: 'DE', time: false },
  century: { letter: 'CE', time: false },
};
/** Units in the singular or plural, lower-case (rules lower-case the first letter themselves). */
export const UNIT_RE =
  '(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centuries|century)';
/** Units a hyphenated adjective uses (`two-year`, `16-hour`): singular only. */
export const UNIT_SG_RE = '(?:second|minute|hour|day|week|month|quarter|year|decade|century)';

/** Cardinal number words → value. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  a: 1,
  an: 1,
  dozen: 12,
};
const NUMBER_WORD_RE =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)';
/** A spelled or written cardinal (`24`, `2 1/2`, `twenty-four`, `a hundred`). */
export const NUMBER_RE = `(?:\\d+(?:[.,]\\d+)?(?: 1/2)?|[Aa] (?:hundred|dozen)|${cap(NUMBER_WORD_RE)}(?:[- ]${NUMBER_WORD_RE})?)`;
/** Vague quantities: the value gets an X (`several years` → PXY). */
export const VAGUE_RE = '(?:[Ss]everal|[Aa] few|[Ff]ew|[Mm]any|[Aa] couple of|[Cc]ouple of|[Ss]ome)';

/** Ordinals (words and digits) → value. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  twenty_first: 21,
  last: -1,
};
export const ORDINAL_WORD_RE =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)';

/** Decades spelled out (`the nineties`) → the decade digit. */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

/** Makes the first letter of every alternative accept either case (`(?:[Tt]oday|[Nn]ow)`). */
export function cap(re: string): string {
  return re.replace(/(^|\(\?:|\|)([a-z])/g, (_m, pre: string, c: string) => `${pre}[${c.toUpperCase()}${c}]`);
}

/** Parses a cardinal as NUMBER_RE matches it; undefined when it is not one. */
export function parseNumber(s: string): number | undefined {
  const t = s.toLowerCase().trim();
  const half = / 1\/2$|and a half$/.test(t) ? 0.5 : 0;
  if (/^(?:a )?couple(?: of)?$/.test(t)) return 2;
  const digits = /^\d+(?:[.,]\d+)?/.exec(t);
  if (digits) return Number(digits[0].replace(',', '')) + half;
  let total = 0;
  let seen = false;
  for (const w of t.split(/[- ]+/)) {
    const v = NUMBER_WORDS[w];
    if (v === undefined) return undefined;
    if (v === 100) total = (total || 1) * 100;
    else total += v;
    seen = true;
  }
  return seen ? total : undefined;
}

/** Spelled years (`nineteen ninety-six`) → 1996; undefined otherwise. */
export function parseSpelledYear(s: string): number | undefined {
  const m = /^(nineteen|twenty)[- ](.+)$/i.exec(s.trim());
  if (!m) return undefined;
  const century = m[1]!.toLowerCase() === 'nineteen' ? 1900 : 2000;
  const rest = m[2]!.toLowerCase();
  if (rest === 'hundred') return century;
  const n = parseNumber(rest);
  return n !== undefined && n < 100 && Number.isInteger(n) ? century + n : undefined;
}
