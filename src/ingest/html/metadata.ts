/**
 * Article metadata from a parsed page: title, authors, publication date, site,
 * language, canonical URL. Sources, best first (trafilatura's metadata.py order):
 *   title  — the article's `<h1>` when it agrees with the declared titles, else
 *            JSON-LD `headline`, `og:title`, `<title>` without the site suffix;
 *   date   — see page-date.ts;
 *   author — JSON-LD `author`, `<meta name=author>`, `rel=author`, byline elements.
 */
import type { LdArticle } from './json-ld.js';
import { clean } from './meta-text.js';
import { pickDate } from './page-date.js';
import { pickTitle } from './title.js';

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
