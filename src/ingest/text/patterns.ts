/**
 * Line patterns of scraped news pages: boilerplate, bylines, datelines.
 * Each constant says why it is there; all are matched against one trimmed line.
 */

/** Boilerplate lines are short; a long line that happens to start with "Read more" is content. */
export const BOILERPLATE_MAX_WORDS = 20;

/** Page furniture that scrapers leave in article text. Matched case-insensitively against the whole line. */
export const BOILERPLATE_PATTERNS: readonly { readonly re: RegExp; readonly reason: string }[] = [
  { re: /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$/i, reason: 'comments widget' },
  { re: /^(?:view|show|load|add a|leave a|post a) comments?\b.*$/i, reason: 'comments widget' },
  { re: /^advertisements?$/i, reason: 'ad slot label' },
  {
    re: /^(?:story continues below(?: advertisement)?|scroll to continue(?: with content)?)$/i,
    reason: 'ad slot label',
  },
  { re: /^share(?: this)?(?: article| story| page)?(?: on \w+)?:?$/i, reason: 'share buttons' },
  {
    re: /^(?:tweet|email|print|whatsapp|facebook|twitter|linkedin|reddit|copy link)$/i,
    reason: 'share buttons',
  },
  {
    re: /^(?:read more|related|see also|recommended|more on this story|also read|read next)\b\s*[:|-]?.*$/i,
    reason: 'related links',
  },
  {
    re: /^(?:most read|most popular|trending(?: now)?|top stories|editors'? picks)$/i,
    reason: 'related links',
  },
  { re: /^sign up\b.*$/i, reason: 'newsletter prompt' },
  { re: /^(?:subscribe|get our newsletter|newsletter)\b.*$/i, reason: 'newsletter prompt' },
  { re: /^follow us\b.*$/i, reason: 'social prompt' },
  { re: /^(?:click|tap) here\b.*$/i, reason: 'call to action' },
  { re: /^(?:©|\(c\)|copyright)\s.*$/i, reason: 'copyright line' },
  { re: /^.*\ball rights reserved\.?$/i, reason: 'copyright line' },
  { re: /^skip to (?:main )?content$/i, reason: 'navigation' },
  {
    re: /^(?:report an error|editorial standards|our standards:.*|the thomson reuters trust principles\.?)$/i,
    reason: 'publisher footer',
  },
  { re: /^(?:(?:additional )?reporting|writing|editing|compiled) by\b.*$/i, reason: 'wire credits' },
  {
    re: /^(?:listen to (?:this )?article|watch(?: video)?:.*|\d+ min(?:ute)? read)$/i,
    reason: 'media widget',
  },
];

/** `By Jane Doe`, `By JANE DOE and JOHN ROE, Associated Press`. */
export const BYLINE_RE =
  /^By\s+(\p{Lu}[\p{L}.'’ -]+(?:(?:,|\s+and|\s*&)\s+\p{Lu}[\p{L}.'’ -]+)*)(?:\s*[|,]\s*.*)?$/u;

/** Bylines are short; longer lines starting with "By" are sentences. */
export const BYLINE_MAX_WORDS = 14;

/** Publication stamps printed as their own line (`Published: 8 November 2024`, `Updated Nov. 8, 2024 10:32 a.m. ET`). */
export const STAMP_RE = /^(?:Published|Updated|Posted|Last updated)(?: on)?\s*:?\s+.*\d.*$/i;

/** Agency names written after names in bylines that are not authors. */
export const BYLINE_AGENCY_WORDS =
  /\b(?:Associated Press|Reuters|AFP|Staff Writer|Staff|Correspondent|Bloomberg)\b/gi;

/**
 * Datelines at the start of a story paragraph: an all-caps place, an optional
 * region, an optional date, an optional (AGENCY), then a dash.
 * `MOSCOW (Reuters) -`, `KYIV, Ukraine (AP) —`, `LONDON, Nov 8 (Reuters) -`, `WASHINGTON —`.
 */
export const DATELINE_RE =
  /^(\p{Lu}[\p{Lu}.'’ -]{1,40}?\p{Lu}\.?)(?:,\s*(\p{Lu}[\p{L}.'’ ]{1,30}?))?(?:,\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?))?\s*(?:\(([\p{L}][\p{L} .&-]{0,30})\))?\s*(?:-{1,2}|—|–)\s+/u;

/** Headings are short: at most this many words (news sub-heads are rarely longer). */
export const HEADING_MAX_WORDS = 16;
export const HEADING_MAX_CHARS = 140;

/** Share of content words that must be capitalised for a line to read as Title Case. */
export const TITLE_CASE_MIN_RATIO = 0.6;

/** A dek (standfirst) is one short sentence-like line under the headline. */
export const DEK_MAX_WORDS = 45;

/** Words left lower-case in Title Case headlines. */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(
  'a an and as at but by for from if in into nor of on onto or over per so than the to up upon via vs with within without yet is are be was'.split(
    ' ',
  ),
);

/** In blank-line-separated text, lines at least this long without final punctuation are hard-wrapped prose. */
export const WRAPPED_LINE_MIN_CHARS = 40;
