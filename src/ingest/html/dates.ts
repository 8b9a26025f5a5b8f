/**
 * Publication dates as pages write them → ISO 8601. Keeps the page's own local
 * date (`2024-11-08T23:30:00-05:00` stays 2024-11-08): the date printed on the
 * article is what relative expressions ("yesterday") are relative to.
 *
 * Hand-written: chrono-node parses free text but not these machine formats
 * reliably, and it guesses missing parts from the clock, which a date source must not.
 */

const ISO_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const SLASH_YMD_RE = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const DMY_RE = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:T?\d{4,6})?$/;
/** `/2024/11/08/`, `/2024-11-08/`, `/20241108/` in a URL path. */
const URL_DATE_RE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)/;
/** `/2023/october/03/` */
const URL_MONTH_NAME_RE = /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(0?[1-9]|[12]\d|3[01])(?:[/-]|$)/;
const URL_COMPACT_RE = /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[/_-]/;

const MONTHS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, june: 6, july: 7, october: 10,
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  januar: 1, januari: 1, janvier: 1, enero: 1, gennaio: 1, februar: 2, februari: 2, fevrier: 2, 'février': 2,
  febrero: 2, febbraio: 2, 'märz': 3, maerz: 3, mars: 3, marzo: 3, maart: 3, april: 4, avril: 4, abril: 4,
  aprile: 4, mai: 5, mayo: 5, maggio: 5, mei: 5, juni: 6, juin: 6, junio: 6, giugno: 6, juli: 7, juillet: 7,
  julio: 7, luglio: 7, august: 8, augustus: 8, 'août': 8, aout: 8, agosto: 8, september: 9, septembre: 9,
  septiembre: 9, settembre: 9, oktober: 10, octobre: 10, octubre: 10, ottobre: 10, november: 11,
  novembre: 11, noviembre: 11, dezember: 12, december: 12, 'décembre': 12, decembre: 12, diciembre: 12,
  dicembre: 12,
}; // biome-ignore format: compact month table

/** `8 November 2024`, `8. November 2024`, `November 8, 2024`, `Nov. 8th, 2024`. */
const TEXT_DMY_RE =
  /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?([\p{L}]{3,10})\.?,?\s+(?:de\s+)?((?:19|20)\d{2})\b/u;
const TEXT_MDY_RE = /\b([\p{L}]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b/u;

function valid(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function ymd(y: number, m: number, d: number): string | undefined {
  return valid(y, m, d) ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;
}

/** A machine-written date (meta tags, JSON-LD, `<time datetime>`) → ISO date or date-time; undefined when unreadable. */
export function parseMachineDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const s = raw.trim();
  let m = ISO_RE.exec(s);
  if (m) {
    const day = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
    if (!day) return undefined;
    if (!m[4]) return day;
    const zone = m[7] ? (m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
    return `${day}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`;
  }
  m = SLASH_YMD_RE.exec(s) ?? COMPACT_RE.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DMY_RE.exec(s);
  if (m) return ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  if (/^\d{9,13}$/.test(s)) {
    const ms = s.length > 10 ? Number(s) : Number(s) * 1000;
    return new Date(ms).toISOString().slice(0, 10);
  }
  return parseTextDate(s);
}

/** A date written for people (`November 8, 2024`, `8. November 2024`) → ISO date. */
export function parseTextDate(s: string): string | undefined {
  let m = TEXT_MDY_RE.exec(s);
  if (m) {
    const mon = MONTHS[m[1]!.toLowerCase()];
    if (mon) {
      const out = ymd(Number(m[3]), mon, Number(m[2]));
      if (out) return out;
    }
  }
  m = TEXT_DMY_RE.exec(s);
  if (m) {
    const mon = MONTHS[m[2]!.toLowerCase()];
    if (mon) return ymd(Number(m[3]), mon, Number(m[1]));
  }
  const n = DMY_RE.exec(s.replace(/^\D+/, ''));
  if (n) return ymd(Number(n[3]), Number(n[2]), Number(n[1]));
  return undefined;
}

export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // a bare path is fine
  }
  const m = URL_DATE_RE.exec(path) ?? URL_COMPACT_RE.exec(path);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  const n = URL_MONTH_NAME_RE.exec(path.toLowerCase());
  const month = n ? MONTHS[n[2]!] : undefined;
  return n && month ? ymd(Number(n[1]), month, Number(n[3])) : undefined;
}

/** Dates written for people, every form `datesInText` reads (global, for scanning a whole text). */
const SCAN_MDY_RE = /\b(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b/gu;
const SCAN_DMY_RE =
  /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?((?:19|20)\d{2})\b/gu;
/** `2025-02-22`, `2025/4/29`, `2025.12.17`: year first is never ambiguous. */
const SCAN_YMD_RE = /(?<![\d.])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/g;
/** `28.07.2019`, `19.2.2020` (day first wherever dots are used), `19/12/2025`, `10/31/2024`. */
const SCAN_NUMERIC_RE = /(?<![\d.])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?![\d])/g;

/**
 * Every date written in a text, in order of appearance, as ISO days: month
 * names in the languages of MONTHS (`Dec. 09, 2025`, `January 20th, 2025`,
 * `19. Oktober 2019`, `8 Oct 2022`) and numeric forms (`2025-02-22`,
 * `28.07.2019`, `10/31/2024`). A slash date whose day and month could be
 * either way round is read month first when `monthFirst` (US English pages),
 * day first otherwise. Kept apart from parseTextDate, whose narrower forms
 * decide which lines are date stamps.
 */
export function datesInText(text: string, monthFirst = false): string[] {
  const found: { at: number; end: number; day: string }[] = [];
  const add = (at: number, end: number, day: string | undefined): void => {
    if (day && !found.some((f) => at < f.end && f.at < end)) found.push({ at, end, day });
  };
  for (const m of text.matchAll(SCAN_MDY_RE)) {
    const mon = MONTHS[m[1]!.toLowerCase()];
    if (mon) add(m.index, m.index + m[0].length, ymd(Number(m[3]), mon, Number(m[2])));
  }
  for (const m of text.matchAll(SCAN_DMY_RE)) {
    const mon = MONTHS[m[2]!.toLowerCase()];
    if (mon) add(m.index, m.index + m[0].length, ymd(Number(m[3]), mon, Number(m[1])));
  }
  for (const m of text.matchAll(SCAN_YMD_RE)) {
    add(m.index, m.index + m[0].length, ymd(Number(m[1]), Number(m[3]), Number(m[4])));
  }
  for (const m of text.matchAll(SCAN_NUMERIC_RE)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // Dots are day-first everywhere; a slash pair is read by whichever part cannot be a month, else by the page's language.
    const dayFirst = m[2] === '.' || a > 12 || (b <= 12 && !monthFirst);
    add(m.index, m.index + m[0].length, dayFirst ? ymd(Number(m[4]), b, a) : ymd(Number(m[4]), a, b));
  }
  return found.sort((x, y) => x.at - y.at).map((f) => f.day);
}
