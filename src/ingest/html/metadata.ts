/**
 * Article metadata from a parsed page: title, authors, publication date, site,
 * language, canonical URL. Sources, best first (trafilatura's metadata.py order):
 *   title  — the article's `<h1>` when it agrees with the declared titles, else
 *            JSON-LD `headline`, `og:title`, `<title>` without the site suffix;
 *   date   — see page-date.ts;
 *   author — JSON-LD `author`, `<meta name=author>`, `rel=author`, byline elements.
 */
import type { LdArticle } from './json-ld.js';
import { pickDate } from './page-date.js';

export interface PageMeta {
  title?: string;
  authors?: string[];
  publishedAt?: string;
  site?: string;
  language?: string;
  url?: string;
  description?: string;
}

const AUTHOR_METAS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'];
const TITLE_SEPARATORS_RE = /\s+(?:[|\u2013\u2014»·•:]|-{1,2}|::)\s+/;
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
