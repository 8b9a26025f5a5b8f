/**
 * Article metadata from a parsed page: title, authors, publication date, site,
 * language, canonical URL. Sources, best first (trafilatura's metadata.py order):
 *   title  — the article's `<h1>` when it agrees with the declared titles, else
 *            JSON-LD `headline`, `og:title`, `<title>` without the site suffix;
 *   date   — see page-date.ts;
 *   author — see page-authors.ts.
 */
import type { LdArticle } from './json-ld.js';
import { clean } from './meta-text.js';
import { pickAuthors } from './page-authors.js';
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
  const authors = pickAuthors(doc, metas, ld, site);
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
