/**
 * Feed items → analyser inputs. An item whose feed carries the full article
 * (`content:encoded`, Atom `content` of at least FULL_CONTENT_MIN_CHARS of
 * text) is read from the feed; otherwise its page is fetched (when a fetcher is
 * given) and extracted; without a fetcher the summary is used, with a warning.
 * Items are de-duplicated by canonical URL and by a hash of their text. Each
 * item fails on its own: one bad item is one error, the others go on.
 */
import type { AnalyzeInput } from '../analyzer.js';
import { asVerbatimError, VerbatimError } from '../model/errors.js';
import { canonicalUrl, hash53 } from '../model/ids.js';
import type { Feed, FeedItem } from './feed.js';
import { decodeHtmlBytes } from './html/charset.js';
import { parseMachineDate, parseTextDate } from './html/dates.js';
import { articleInput } from './html/document.js';
import { extractArticle } from './html/extract.js';
import type { Fetcher } from './net/fetch.js';
import { webUrl } from './safe-output.js';

/** Feed content shorter than this (characters of text) is a summary, and the page is fetched instead. */
const FULL_CONTENT_MIN_CHARS = 1200;

export type ItemResult = AnalyzeInput | VerbatimError;

export async function feedArticles(feed: Feed, feedSource: string, fetcher?: Fetcher): Promise<ItemResult[]> {
  const seenUrls = new Set<string>();
  const items: FeedItem[] = [];
  for (const item of feed.items.map(safeLink)) {
    const key = item.link ? canonicalUrl(item.link) : item.id;
    if (key && seenUrls.has(key)) continue;
    if (key) seenUrls.add(key);
    items.push(item);
  }
  const results = await Promise.all(
    items.map((item) =>
      itemInput(item, feedSource, fetcher).catch((e) => asVerbatimError(e, item.link ?? feedSource)),
    ),
  );
  const seenText = new Set<string>();
  return results.filter((r) => {
    if (r instanceof VerbatimError) return true;
    const h = hash53(r.text);
    if (seenText.has(h)) return false;
    seenText.add(h);
    return true;
  });
}

/** Marks an item link that is not http(s) (`javascript:`, `data:` …): it is dropped, never fetched or passed on. */
const DROPPED_LINK = Symbol('dropped link');
type SafeItem = FeedItem & { [DROPPED_LINK]?: string };

function safeLink(item: FeedItem): SafeItem {
  if (item.link === undefined || webUrl(item.link)) return item;
  const { link, ...rest } = item;
  return { ...rest, [DROPPED_LINK]: link };
}

async function itemInput(item: SafeItem, feedSource: string, fetcher?: Fetcher): Promise<AnalyzeInput> {
  const input = await itemContent(item, feedSource, fetcher);
  const dropped = item[DROPPED_LINK];
  if (dropped === undefined) return input;
  const shown = dropped.length > 60 ? `${dropped.slice(0, 60)}…` : dropped;
  return {
    ...input,
    warnings: [
      ...(input.warnings ?? []),
      `dropped the item's link '${shown.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')}': only http and https links are kept`,
    ],
  };
}

async function itemContent(item: FeedItem, feedSource: string, fetcher?: Fetcher): Promise<AnalyzeInput> {
  const source = item.link ?? `${feedSource}#${item.id ?? item.title ?? 'item'}`;
  const fromFeed = item.contentHtml
    ? extractArticle(wrap(item), item.link ? { url: item.link } : {})
    : undefined;
  const bodyChars = fromFeed ? fromFeed.text.length - fromFeed.bodyStart : 0;
  if (fromFeed && bodyChars >= FULL_CONTENT_MIN_CHARS)
    return withItemMeta(articleInput(fromFeed, { source }), item);
  if (item.link && fetcher) {
    const page = await fetcher.fetch(item.link);
    const decoded = decodeHtmlBytes(page.bytes, { contentType: page.contentType, source: page.url });
    const article = extractArticle(decoded.html, { url: page.url });
    return withItemMeta(
      articleInput(article, {
        url: page.url,
        source: page.url,
        encoding: decoded.encoding,
        warnings: decoded.warnings,
      }),
      item,
    );
  }
  const summary = fromFeed ?? extractArticle(wrap({ ...item, contentHtml: item.summary ?? '' }));
  const input = articleInput(summary, {
    source,
    warnings: ['feed carries only a summary; analysed the summary'],
  });
  return withItemMeta(input, item);
}

/** The item as a small HTML page, so the feed's title and date become the page's. */
function wrap(item: FeedItem): string {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<html><head><title>${esc(item.title ?? '')}</title></head><body><article><h1>${esc(item.title ?? '')}</h1>${item.contentHtml ?? ''}</article></body></html>`;
}

/** Fills metadata the page lacks from the feed item (the item's date and author are the publisher's own). */
function withItemMeta(input: AnalyzeInput, item: FeedItem): AnalyzeInput {
  const meta = { ...input.meta };
  if (!meta.publishedAt) {
    const raw = item.published ?? '';
    const d = /^\d{4}-/.test(raw) ? parseMachineDate(raw) : (rfc822(raw) ?? parseTextDate(raw));
    if (d) {
      meta.publishedAt = d;
      meta.publishedAtSource = 'metadata';
    }
  }
  if (!meta.authors && item.author) meta.authors = [item.author];
  if (!meta.url && item.link) meta.url = item.link;
  if (!meta.title && item.title) meta.title = item.title;
  return { ...input, meta };
}

/** RSS dates: `Fri, 08 Nov 2024 23:30:00 -0500` → `2024-11-08T23:30:00-05:00` (the publisher's local date kept). */
function rfc822(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return undefined;
  const m = /([+-])(\d{2}):?(\d{2})\s*$/.exec(value);
  const offsetMin = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  const local = new Date(t + offsetMin * 60_000).toISOString().slice(0, 19);
  const zone = offsetMin === 0 ? 'Z' : `${m![1]}${m![2]}:${m![3]}`;
  return `${local}${zone}`;
}
