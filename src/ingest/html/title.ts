/**
 * The article's title from a parsed page. The page's `<h1>` is the title as
 * readers see it, so it wins when a declared title (JSON-LD `headline`,
 * `og:title`, `twitter:title`, `<title>`) supports it; the h1 is trimmed of
 * the site, section, label or date parts pages run into it. Without a usable
 * h1 the declared title without its site part is taken. Hand-written: the
 * libraries (Readability's `_getArticleTitle`, trafilatura's metadata) use
 * similar heuristics but not over our parsed DOM and metadata.
 */

import { headlineText, isHomeLink } from './heading-parts.js';
import type { LdArticle } from './json-ld.js';
import { clean } from './meta-text.js';

const TITLE_SEPARATORS_RE = /\s+(?:[|\u2013\u2014»·•:]|-{1,2}|::)\s+/;
/**
 * WordPress's long-time default theme titles a post `Blog name » Blog Archive » Post` (German
 * `Blog Archiv`): a template part, never the article's title.
 */
const BLOG_ARCHIVE_RE = /^blog[\s-]?archiv(?:e|es)?$/i;
/** Trailing title parts of at most this many words are site or section names (`| Opinion`, `- BBC News`). */
const SITE_PART_MAX_WORDS = 4;
/** A section label an h1 sometimes carries after a bar: `Title | Opinion`. */
const H1_SECTION_SUFFIX_RE = /\s+\|\s+[\p{L}\s]{2,25}$/u;
/** A date or "Posted on … by …" stamp run into the h1's text by the markup. */
const H1_STAMP_SUFFIX_RE =
  /\s+(?:posted on\b.*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4})$/i;
/** The linked story's source that news aggregators print after the headline: `Title (example.com)`. */
const H1_SOURCE_SUFFIX_RE = /\s+\((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\)$/i;
/** A date stamp before the h1's text (blog themes print the post date inside the heading): `Dec 18 2025 Title`. */
const H1_STAMP_PREFIX_RE =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{4}-\d{2}-\d{2})\s+(?=\S)/i;
/** Separators after which an h1 carries an extra part (`Title | Section`, `Title – Site`); not the colon of a subtitle. */
const H1_EXTRA_SEPARATOR_RE = /^\s+(?:[|\u2013\u2014»·•]|-{1,2})\s+\S/;
/**
 * A one-word label or name before the title in an h1: `Blog: Title`, `Title:Name - Title`, `Name – Title`.
 * Longer lead parts are kept: `Zero Waste - A Beginner's Guide` is one title.
 */
const H1_LEAD_PART_RE = /^(?:[\p{L}\p{N}]+:\s*)?(?:\S+\s+(?:[|\u2013\u2014»·•]|-{1,2})\s+)?$/u;
/** h2 headings considered as the title when no h1 agrees with the declared titles (blogs put the site in h1). */
const MAX_H2_TITLE_CANDIDATES = 10;
/** An h1 of at most this many words that no declared title supports is taken as a site or section name. */
const SHORT_H1_WORDS = 3;
/** Pages with more h1s than this use h1 for section headings. */
const MAX_H1S_FOR_FALLBACK = 3;

export function pickTitle(
  doc: Document,
  metas: Map<string, string>,
  ld: LdArticle | undefined,
  site: string | undefined,
): string | undefined {
  const title = pickTitleText(doc, metas, ld, site);
  return title && withDeclaredQuotes(title, metas, ld, doc);
}

function pickTitleText(
  doc: Document,
  metas: Map<string, string>,
  ld: LdArticle | undefined,
  site: string | undefined,
): string | undefined {
  const declared = [ld?.headline, metas.get('og:title'), metas.get('twitter:title'), clean(doc.title)]
    .map((t) => clean(t))
    .filter((t): t is string => !!t);
  const h1Elements = Array.from(doc.querySelectorAll('h1'));
  const h1s = h1Elements.map((h) => clean(headlineText(h))).filter((t): t is string => !!t && t.length < 300);
  // A masthead h1 (a link to the home page) is the site's name, whatever og:site_name says; when a
  // declared title carries it as a part (`Post | Blog name`), that part is the site's.
  const mastheads = new Set(h1Elements.filter(isHomeLink).map((h) => clean(h.textContent) ?? ''));
  const blogName = [...mastheads].find((m) => declared.some((d) => d.split(TITLE_SEPARATORS_RE).includes(m)));
  const stripped = declared.map((d) => {
    if (!blogName) return stripSite(d, site);
    // Without the blog's name, a trailing part may still be a section (`Post - Part 1 | Blog`), a leading one is the post's.
    const once = stripSite(d, blogName);
    const twice = stripSite(once, site);
    return once.startsWith(twice) ? twice : once;
  });
  const h2s = Array.from(doc.querySelectorAll('h2'))
    .slice(0, MAX_H2_TITLE_CANDIDATES)
    .map((h) => clean(h.textContent))
    .filter((t): t is string => !!t && t.length < 300);
  const isSite = (h: string): boolean => mastheads.has(h) || namesSite(h, site, declared);
  // A short h1 that closes a declared title after a colon or dash (`Author: Headline | Site`) is the
  // headline without the kicker the metadata puts before it.
  const closes = (h: string): boolean =>
    stripped.some(
      (d) => d.length > h.length && d.endsWith(h) && /[:\u2013\u2014-]\s+$/.test(d.slice(0, -h.length)),
    );
  const supported = (h: string): boolean => !isSite(h) && (declared.some((d) => similar(h, d)) || closes(h));
  // An h1 that is a declared title word for word beats an earlier one that only starts or ends one
  // (a section name `News` in `<title>News - Site</title>`, a logo `Site` at the end of `<title>`);
  // the title the author gave the article (JSON-LD, og, twitter) first, then `<title>`.
  const metaTitles = [ld?.headline, metas.get('og:title'), metas.get('twitter:title')]
    .map((t) => clean(t)?.toLowerCase())
    .filter((t): t is string => !!t);
  const titles = [...declared, ...stripped].map((d) => d.toLowerCase());
  const agreed =
    h1s.find((h) => supported(h) && metaTitles.includes(h.toLowerCase())) ??
    h1s.find((h) => supported(h) && titles.includes(h.toLowerCase())) ??
    h1s.find(supported);
  if (agreed) {
    const trimmed = trimH1(agreed, [...stripped, ...declared], metaTitles, site);
    // An h1 whose CMS lost characters (`Planning? Beginner? Guide`) yields to the declared title it copies.
    const title = stripped.find((d) => lossyCopyOf(trimmed, d)) ?? trimmed;
    const caseless = title === title.toUpperCase() || title === title.toLowerCase();
    return caseless ? recased(title, stripped, declared) : title;
  }
  // The first h1 that is not the site's name (a masthead h1 often precedes the article's own), unless
  // the page sets every section heading in h1: then an h1 no declared title supports says nothing.
  const h1 = h1s.length <= MAX_H1S_FOR_FALLBACK ? (h1s.find((h) => !isSite(h)) ?? h1s[0]) : h1s[0];
  // An h2 that is a declared title word for word is the page's headline, as the page writes it, when no
  // h1 agrees with the declared titles even loosely (the theme sets the site's name or a body heading in
  // h1): not when an h1 starts or ends a title without its site part, or uses only a title's words.
  const h2 = h2s.find((h) => titles.includes(h.toLowerCase()));
  const loose = (h: string): boolean =>
    stripped.some((d) => similar(h, d)) ||
    declared.some((d) => {
      const inD = new Set(d.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
      return (h.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => inD.has(w));
    });
  const h2Wins = !!h2 && !h1s.some(loose);
  if (h1 && !h2Wins && (stripped.length === 0 || (wordCount(h1) > SHORT_H1_WORDS && !isSite(h1)))) return h1;
  // An authored title (JSON-LD, og, twitter) that `<title>` repeats with more around it (the site's name)
  // and that names no site itself is whole: its short parts (`[Review] Book - Subtitle`) are its own
  // (a part after a bar is not: `08.11.2021 | Title`).
  const docTitle = clean(doc.title);
  const whole = [ld?.headline, metas.get('og:title'), metas.get('twitter:title')]
    .map((t) => clean(t))
    .find(
      (m) =>
        m &&
        docTitle &&
        docTitle !== m &&
        docTitle.includes(m) &&
        !/\s\|\s/.test(m) &&
        stripSite(m, blogName ?? site, false) === m,
    );
  // A page with neither a declared title nor an h1 (old themes set the post's name in h2): its first
  // h2 longer than a section name.
  return h2 ?? whole ?? stripped[0] ?? h1 ?? h2s.find((h) => wordCount(h) > SHORT_H1_WORDS);
}

/**
 * An all-capitals h1 is styling (or a CMS field typed in capitals): the
 * declared titles keep the real letter case. Unless a declared title is
 * itself in capitals, the h1 takes the case of the declared title with the
 * same text, else each word's case from the declared titles when they hold
 * every word, else the declared title that supported the h1 (the h1's
 * capitals cannot be the title as written).
 */
function recased(title: string, stripped: readonly string[], declared: readonly string[]): string {
  if (!/\p{L}/u.test(title) || declared.some((d) => d.includes(title))) return title;
  const same = stripped.find((d) => d.toLowerCase() === title.toLowerCase());
  if (same) return same;
  const cased = new Map<string, string>();
  for (const d of declared)
    for (const w of d.match(/[\p{L}\p{N}]+/gu) ?? [])
      if (w !== w.toUpperCase() || !cased.has(w.toLowerCase())) cased.set(w.toLowerCase(), w);
  const words = title.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.every((w) => cased.has(w.toLowerCase()))) {
    const recast = title.replace(/[\p{L}\p{N}]+/gu, (w) => cased.get(w.toLowerCase())!);
    // A lower-case h1 does not take a declared title's capitals (`WORD Definition & Meaning`).
    return recast === recast.toUpperCase() && title !== title.toUpperCase() ? title : recast;
  }
  return stripped.find((d) => similar(title, d)) ?? title;
}

/**
 * An h1 the declared titles support, without the parts pages run into it: a
 * date stamp, a section label after a bar, and any part around a declared
 * title that the h1 contains whole (`Title – Site`, `Blog: Title`,
 * `Title | Section | Site` repeating the full `<title>`): the declared title
 * is then the article's title and the rest is furniture. When the h1 is
 * exactly the title the author gave the article (JSON-LD `headline`,
 * `og:title`, `twitter:title`), a part set off by a dash, colon or bullet is
 * the headline's own (`Topic – Headline`, `Headline – a second clause`); only
 * a part after a bar or one naming the site is still cut.
 */
function trimH1(
  h1: string,
  declared: readonly string[],
  metaTitles: readonly string[],
  site?: string,
): string {
  const h = h1
    .replace(H1_STAMP_PREFIX_RE, '')
    .replace(H1_STAMP_SUFFIX_RE, '')
    .replace(H1_SOURCE_SUFFIX_RE, '');
  const lower = h.toLowerCase();
  const authored = metaTitles.includes(lower);
  for (const d of declared) {
    const at = lower.indexOf(d.toLowerCase());
    if (at < 0 || d.length === h.length || wordCount(d) < 2) continue;
    const before = h.slice(0, at);
    const after = h.slice(at + d.length);
    const cut = at === 0 ? after : before;
    if (authored && !/^\s*\|\s|\s\|\s*$/.test(cut) && !(site && sameLetters(cut, site))) continue;
    if (at === 0 && H1_EXTRA_SEPARATOR_RE.test(after)) return h.slice(0, d.length);
    if (at > 0 && !after && H1_LEAD_PART_RE.test(before)) return h.slice(at);
  }
  return h.replace(H1_SECTION_SUFFIX_RE, '');
}

/** Same letters and digits, ignoring case, separators and a `www.` / top-level domain (`Artlyst`, `artlyst.com`). */
function sameLetters(part: string, site: string): boolean {
  const letters = (x: string): string =>
    x
      .toLowerCase()
      .replace(/^\s*\W*\s*www\./, '')
      .replace(/\.[a-z]{2,4}$/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const p = letters(part);
  return !!p && p === letters(site);
}

/** Typographic quotes and their plain forms, one character each (so positions match after folding). */
const CURLY_QUOTES_RE = /[\u2018\u2019\u201c\u201d]/g;
const CURLY_QUOTE_RE = /[\u2018\u2019\u201c\u201d]/;
const PLAIN_QUOTE: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
};
/** Declared sources that must write the title with plain quotes before the h1's curly ones yield. */
const MIN_PLAIN_QUOTE_SOURCES = 2;

/**
 * The title with plain quotes when the page's own metadata writes it so: a
 * theme's typography filter (WordPress's wptexturize, SmartyPants) curls the
 * quotes of the heading it prints, while the title as the author typed it
 * stays in `og:title` / `<title>` / JSON-LD. Taken only when at least two
 * declared sources carry the same words with plain quotes and none with
 * curly ones (one source alone is weak evidence of the author's spelling).
 */
function withDeclaredQuotes(
  title: string,
  metas: Map<string, string>,
  ld: LdArticle | undefined,
  doc: Document,
): string {
  if (!CURLY_QUOTE_RE.test(title)) return title;
  const fold = (x: string): string => x.replace(CURLY_QUOTES_RE, (q) => PLAIN_QUOTE[q]!);
  const folded = fold(title).toLowerCase();
  let plainSources = 0;
  for (const raw of [ld?.headline, metas.get('og:title'), metas.get('twitter:title'), doc.title]) {
    const d = clean(raw);
    const at = d ? fold(d).toLowerCase().indexOf(folded) : -1;
    if (!d || at < 0) continue;
    const copy = d.slice(at, at + title.length);
    if (CURLY_QUOTE_RE.test(copy)) return title;
    plainSources++;
  }
  return plainSources >= MIN_PLAIN_QUOTE_SOURCES ? fold(title) : title;
}

/** Characters a lossy encoding step writes for what it cannot store. */
const LOST_CHAR_RE = /[?\uFFFD]/;
/** Characters one lost-character mark may stand for (`’s` became `?` on one page). */
const MAX_LOST_RUN = 3;

/**
 * True when `h` is `d` with some characters replaced by `?` or U+FFFD (not a final `?`,
 * which is punctuation): `What Are The Basics Of Event Planning? Beginner? Guide` for
 * `What Are The Basics Of Event Planning: Beginner's Guide`.
 */
function lossyCopyOf(h: string, d: string): boolean {
  const inner = h.replace(/\?$/, '');
  if (!LOST_CHAR_RE.test(inner) || h === d) return false;
  const escapeRe = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = inner
    .split(/[?\uFFFD]/)
    .map(escapeRe)
    .join(`.{1,${MAX_LOST_RUN}}`);
  return new RegExp(`^${pattern}${h.endsWith('?') && !inner.endsWith('?') ? '\\?' : ''}$`, 'u').test(d);
}

/**
 * True when a heading is the site's name: it equals the site, or a non-first
 * part of a declared title, or the first part of a declared title whose rest
 * is another declared title (`<title>Blog name: Post</title>` with
 * `og:title` "Post").
 */
function namesSite(heading: string, site: string | undefined, declared: readonly string[]): boolean {
  const letters = (x: string): string => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const h = letters(heading);
  if (site && letters(site) === h) return true;
  const lower = heading.toLowerCase();
  // A site's name closes a title (`Post - Blog name`); the same words followed by a further part
  // (`Topic - Post - Site`, `Author: Post - Site`) are the post's own title.
  const partsOf = declared.map((d) => d.split(TITLE_SEPARATORS_RE).map(letters));
  if (partsOf.some((parts) => parts.slice(0, -1).includes(h))) return false;
  return declared.some(
    (d, i) =>
      partsOf[i]!.slice(1).includes(h) ||
      (d.toLowerCase().startsWith(lower) &&
        declared.some(
          (o) =>
            o !== d &&
            wordCount(o) > wordCount(heading) &&
            (!site || letters(o) !== letters(site)) &&
            letters(d) === h + letters(o),
        )),
  );
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * Same title up to a site suffix or small edits: one starts or ends the other,
 * or most words are shared. A short h1 found only in the middle of a declared
 * title (a site or topic name, "Discord" in a long headline) does not count.
 */
function similar(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || y.startsWith(x) || x.startsWith(y) || y.endsWith(x)) return true;
  if (y.includes(x) && wordCount(x) > SHORT_H1_WORDS) return true;
  const wx = new Set(x.match(/[\p{L}\p{N}]+/gu) ?? []);
  const wy = y.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!wx.size || !wy.length) return false;
  const shared = wy.filter((w) => wx.has(w)).length;
  return shared / Math.max(wx.size, wy.length) >= 0.6;
}

/**
 * `Story title | Site` → `Story title`: drops parts naming the site, else (unless `shortParts` is
 * false) every part but the longest when the others are short.
 */
export function stripSite(title: string, site?: string, shortParts = true): string {
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
    return !(s && q && (q === s || s.includes(q) || q.includes(s))) && !BLOG_ARCHIVE_RE.test(p);
  });
  if (keep.length && keep.length < parts.length) return keep.length === 1 ? keep[0]! : rejoin(title, keep);
  if (!shortParts) return title;
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
