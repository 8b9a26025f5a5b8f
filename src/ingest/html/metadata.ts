/**
 * Article metadata from a parsed page: title, authors, publication date, site,
 * language, canonical URL. Sources, best first (trafilatura's metadata.py order):
 *   title  — the article's `<h1>` when it agrees with the declared titles, else
 *            JSON-LD `headline`, `og:title`, `<title>` without the site suffix;
 *   date   — JSON-LD `datePublished`, `article:published_time` and other date
 *            metas, `itemprop=datePublished`, the first `<time datetime>`,
 *            the URL (`/2024/11/08/`), a date written near the headline, and
 *            last the modified-time metas; JSON-LD `dateModified` replaces the
 *            published date when only the modified one is printed on the page;
 *   author — JSON-LD `author`, `<meta name=author>`, `rel=author`, byline elements.
 */
import { dateFromUrl, parseMachineDate, parseTextDate } from './dates.js';
import type { LdArticle } from './json-ld.js';

export interface PageMeta {
  title?: string;
  authors?: string[];
  publishedAt?: string;
  site?: string;
  language?: string;
  url?: string;
  description?: string;
}

/** Meta names/properties holding the publication date, best first. */
const DATE_METAS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'published_time',
  'og:article:published_time',
  'citation_publication_date',
];
/** Modified-date metas: a last resort, after every sign of the first publication (visible dates included). */
const MODIFIED_METAS = ['article:modified_time', 'og:updated_time', 'datemodified'];
const AUTHOR_METAS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'];
const TITLE_SEPARATORS_RE = /\s+(?:[|\u2013\u2014»·:]|-{1,2}|::)\s+/;
/** Trailing title parts of at most this many words are site or section names (`| Opinion`, `- BBC News`). */
const SITE_PART_MAX_WORDS = 4;
/** A section label an h1 sometimes carries after a bar: `Title | Opinion`. */
const H1_SECTION_SUFFIX_RE = /\s+\|\s+[\p{L}\s]{2,25}$/u;
/** A date or "Posted on … by …" stamp run into the h1's text by the markup. */
const H1_STAMP_SUFFIX_RE =
  /\s+(?:posted on\b.*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4})$/i;
/** h2 headings considered as the title when no h1 agrees with the declared titles (blogs put the site in h1). */
const MAX_H2_TITLE_CANDIDATES = 10;
/** An h1 of at most this many words that no declared title supports is taken as a site or section name. */
const SHORT_H1_WORDS = 3;
/** Meta names that hold a publication date on sites with their own naming (`w-published-date`). */
const GENERIC_DATE_META_RE = /publish|pubdate|release|created|issued/i;
/** Characters after the headline searched for a written date (the byline line and a little more). */
const TEXT_DATE_AFTER_CHARS = 600;
/** Elements whose text is never shown. */
const NO_TEXT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);
/** h1 elements tried (pages with a logo h1 put the story's h1 second). */
const MAX_HEADLINES_FOR_DATE = 3;
/** Characters before the headline searched (dates printed above the title). */
const TEXT_DATE_BEFORE_CHARS = 200;
/** How far into the page text a written date is looked for (header area, before the body runs on). */
const TEXT_DATE_SCAN_ELEMENTS = 40;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Collapses white space and decodes entities left in attribute values (pages often double-escape them). */
function clean(s: string | null | undefined): string | undefined {
  if (!s) return undefined;
  const decoded = s.includes('&')
    ? s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi, (m, dec, hex, name) => {
        const cp = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : undefined;
        if (cp !== undefined) return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
        return NAMED_ENTITIES[(name as string).toLowerCase()] ?? m;
      })
    : s;
  const t = decoded.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

function readMetas(doc: Document): Map<string, string> {
  const metas = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const content = clean(el.getAttribute('content'));
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  return metas;
}

export function readMetadata(doc: Document, ld: LdArticle | undefined, pageUrl?: string): PageMeta {
  const metas = readMetas(doc);
  const canonical =
    clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? metas.get('og:url') ?? ld?.url;
  const url = pageUrl ?? absolute(canonical);
  const site = metas.get('og:site_name') ?? ld?.publisher ?? hostOf(url);
  const out: PageMeta = {};
  const title = pickTitle(doc, metas, ld, site);
  if (title) out.title = title;
  const authors = pickAuthors(doc, metas, ld);
  if (authors.length) out.authors = authors;
  const date = pickDate(doc, metas, ld, [pageUrl, canonical, metas.get('og:url')]);
  if (date) out.publishedAt = date;
  if (site) out.site = site;
  const lang =
    clean(doc.documentElement?.getAttribute('lang')) ??
    metas.get('og:locale') ??
    metas.get('content-language') ??
    ld?.language;
  if (lang) out.language = lang.replace('_', '-').split(/[,;\s]/)[0]!;
  if (url) out.url = url;
  const description = metas.get('og:description') ?? metas.get('description');
  if (description) out.description = description;
  return out;
}

function pickTitle(
  doc: Document,
  metas: Map<string, string>,
  ld: LdArticle | undefined,
  site: string | undefined,
): string | undefined {
  const declared = [ld?.headline, metas.get('og:title'), metas.get('twitter:title'), clean(doc.title)]
    .map((t) => clean(t))
    .filter((t): t is string => !!t);
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h) => clean(h.textContent))
    .filter((t): t is string => !!t && t.length < 300);
  const stripped = declared.map((d) => stripSite(d, site));
  const h2s = Array.from(doc.querySelectorAll('h2'))
    .slice(0, MAX_H2_TITLE_CANDIDATES)
    .map((h) => clean(h.textContent))
    .filter((t): t is string => !!t && t.length < 300);
  const supported = (h: string): boolean =>
    !namesSite(h, site, declared) && declared.some((d) => similar(h, d));
  const agreed = h1s.find(supported);
  if (agreed) {
    const title = agreed.replace(H1_SECTION_SUFFIX_RE, '').replace(H1_STAMP_SUFFIX_RE, '');
    // An all-capitals heading is usually styling; the declared title has the real case.
    const sameCase =
      title === title.toUpperCase()
        ? stripped.find((d) => d.toLowerCase() === title.toLowerCase())
        : undefined;
    return sameCase ?? title;
  }
  const h1 = h1s[0];
  if (h1 && (stripped.length === 0 || (wordCount(h1) > SHORT_H1_WORDS && !namesSite(h1, site, declared))))
    return h1;
  // No usable h1 (absent, or the site's name): an h2 that is the declared title, as the page writes it.
  const h2 = h2s.find((h) => stripped.some((d) => h.toLowerCase() === d.toLowerCase()));
  return h2 ?? stripped[0] ?? h1;
}

/** True when a heading is the site's name: it equals the site, or a non-first part of a declared title. */
function namesSite(heading: string, site: string | undefined, declared: readonly string[]): boolean {
  const letters = (x: string): string => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const h = letters(heading);
  if (site && letters(site) === h) return true;
  return declared.some((d) =>
    d
      .split(TITLE_SEPARATORS_RE)
      .slice(1)
      .some((part) => letters(part) === h),
  );
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Same title up to a site suffix or small edits: one contains the other, or most words are shared. */
function similar(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || y.startsWith(x) || x.startsWith(y) || y.includes(x)) return true;
  const wx = new Set(x.match(/[\p{L}\p{N}]+/gu) ?? []);
  const wy = y.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!wx.size || !wy.length) return false;
  const shared = wy.filter((w) => wx.has(w)).length;
  return shared / Math.max(wx.size, wy.length) >= 0.6;
}

/** `Story title | Site` → `Story title`: drops parts naming the site, else short trailing parts. */
export function stripSite(title: string, site?: string): string {
  const parts = title.split(TITLE_SEPARATORS_RE);
  if (parts.length < 2) return title;
  const letters = (x: string): string =>
    x
      .toLowerCase()
      .replace(/^www\./, '')
      .replace(/\.[a-z]{2,4}$/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const s = site ? letters(site) : '';
  const keep = parts.filter((p) => {
    const q = letters(p);
    return !(s && q && (q === s || s.includes(q) || q.includes(s)));
  });
  if (keep.length && keep.length < parts.length) return keep.length === 1 ? keep[0]! : rejoin(title, keep);
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  const others = parts.filter((p) => p !== longest);
  if (others.every((p) => p.split(/\s+/).length <= SITE_PART_MAX_WORDS && p.length < longest.length))
    return longest;
  return title;
}

/** The kept parts as the original wrote them (the separators between them kept). */
function rejoin(title: string, keep: readonly string[]): string {
  const start = title.indexOf(keep[0]!);
  const last = keep[keep.length - 1]!;
  const end = title.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? title.slice(start, end) : keep.join(' - ');
}

function pickAuthors(doc: Document, metas: Map<string, string>, ld: LdArticle | undefined): string[] {
  const fromLd = (ld?.authors ?? []).filter(isName);
  if (fromLd.length) return dedupe(fromLd);
  for (const key of AUTHOR_METAS) {
    const v = metas.get(key);
    if (v && isName(v)) return dedupe(v.split(/\s*(?:,|;|\band\b|&)\s*/).filter(isName));
  }
  const el = doc.querySelector('[rel="author"], [itemprop="author"], .byline, .author-name, .author');
  const text = clean(el?.textContent)?.replace(/^(?:by|von|par|por)\s+/i, '');
  return text && isName(text) ? [text] : [];
}

function isName(s: string): boolean {
  return s.length > 1 && s.length < 80 && !/^https?:|\/|@|\.(?:com|org|net)\b/i.test(s);
}

function dedupe(list: string[]): string[] {
  return [...new Set(list.map((s) => s.trim()))];
}

function pickDate(
  doc: Document,
  metas: Map<string, string>,
  ld: LdArticle | undefined,
  urls: (string | undefined)[],
): string | undefined {
  const published = declaredPublished(metas, ld);
  if (published) {
    const modified = parseMachineDate(ld?.dateModified);
    return modified && shownInstead(doc, modified, published) ? modified : published;
  }
  for (const [key, value] of metas) {
    if (!GENERIC_DATE_META_RE.test(key)) continue;
    const d = parseMachineDate(value);
    if (d) return d;
  }
  const modified = parseMachineDate(ld?.dateModified);
  if (modified) return modified;
  const itemprop = doc.querySelector('[itemprop="datePublished"]');
  const fromItem = parseMachineDate(
    itemprop?.getAttribute('datetime') ??
      itemprop?.getAttribute('content') ??
      itemprop?.textContent ??
      undefined,
  );
  if (fromItem) return fromItem;
  for (const t of Array.from(doc.querySelectorAll('time')).slice(0, 5)) {
    const d = parseMachineDate(t.getAttribute('datetime') ?? undefined) ?? parseTextDate(t.textContent ?? '');
    if (d) return d;
  }
  for (const u of urls) {
    const d = dateFromUrl(u);
    if (d) return d;
  }
  return (
    textDateNearHeadline(doc) ?? textDateNearTitle(doc) ?? firstDate(MODIFIED_METAS.map((k) => metas.get(k)))
  );
}

function firstDate(values: readonly (string | undefined)[]): string | undefined {
  for (const v of values) {
    const d = parseMachineDate(v);
    if (d) return d;
  }
  return undefined;
}

/** JSON-LD `datePublished`/`dateCreated`, else the first date meta (the page's declared first publication). */
function declaredPublished(metas: Map<string, string>, ld: LdArticle | undefined): string | undefined {
  const fromLd = parseMachineDate(ld?.datePublished) ?? parseMachineDate(ld?.dateCreated);
  if (fromLd) return fromLd;
  for (const key of DATE_METAS) {
    const d = parseMachineDate(metas.get(key));
    if (d) return d;
  }
  return undefined;
}

/**
 * True when the page prints its modified date but not its published one: the
 * page then dates itself by the update (measured on WCXB dev: 17 such pages
 * are dated by the update, 11 by the first publication).
 */
function shownInstead(doc: Document, modified: string, published: string): boolean {
  if (modified.slice(0, 10) === published.slice(0, 10)) return false;
  const text = doc.body?.textContent?.replace(/\s+/g, ' ');
  if (!text) return false;
  return writtenIn(text, modified) && !writtenIn(text, published);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Whether a `YYYY-MM-DD…` date is written in the text as `August 19, 2025`, `Aug 19, 2025` or `19 August 2025`. */
function writtenIn(text: string, iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return false;
  const month = MONTHS[Number(m[2]) - 1];
  if (!month) return false;
  const day = String(Number(m[3]));
  return [`${month} ${day}, ${m[1]}`, `${month.slice(0, 3)} ${day}, ${m[1]}`, `${day} ${month} ${m[1]}`].some(
    (f) => text.includes(f),
  );
}

/**
 * A date written just after (or just before) the headline: most pages print
 * the publication date in the byline line under the h1.
 */
function textDateNearHeadline(doc: Document): string | undefined {
  const body = doc.body?.textContent;
  if (!body) return undefined;
  for (const h1 of Array.from(doc.querySelectorAll('h1')).slice(0, MAX_HEADLINES_FOR_DATE)) {
    const headline = h1.textContent ?? '';
    const at = clean(headline) ? body.indexOf(headline) : -1;
    if (at < 0) continue;
    const d =
      parseTextDate(textAfter(h1, TEXT_DATE_AFTER_CHARS)) ??
      parseTextDate(body.slice(Math.max(0, at - TEXT_DATE_BEFORE_CHARS), at));
    if (d) return d;
  }
  return undefined;
}

/** Text following an element in document order, text nodes joined with spaces (markup often has none between blocks). */
function textAfter(el: Element, max: number): string {
  const parts: string[] = [];
  let length = 0;
  let node: Node | null = el;
  while (node && !node.nextSibling) node = node.parentNode;
  node = node?.nextSibling ?? null;
  while (node && length < max) {
    if (node.nodeType === 3) {
      const v = (node.nodeValue ?? '').trim();
      if (v) {
        parts.push(v);
        length += v.length + 1;
      }
    }
    if (node.firstChild && node.nodeType === 1 && !NO_TEXT_TAGS.has((node as Element).localName))
      node = node.firstChild;
    else {
      while (node && !node.nextSibling) node = node.parentNode;
      node = node?.nextSibling ?? null;
    }
  }
  return parts.join(' ');
}

/** A date written in a byline-like element near the top of the article. */
function textDateNearTitle(doc: Document): string | undefined {
  const els = doc.querySelectorAll(
    '[class*="date"], [class*="Date"], [id*="date"], [class*="publish"], [class*="posted"], [class*="meta"], [class*="byline"]',
  );
  let n = 0;
  for (const el of Array.from(els)) {
    if (n++ > TEXT_DATE_SCAN_ELEMENTS) break;
    const text = el.textContent ?? '';
    if (text.length > 200) continue;
    const d = parseTextDate(text) ?? parseMachineDate(text.replace(/^\D+/, ''));
    if (d) return d;
  }
  return undefined;
}

function absolute(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}
