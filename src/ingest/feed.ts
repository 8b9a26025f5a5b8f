/**
 * RSS 2.0, Atom and RDF (RSS 1.0) feeds → items, with fast-xml-parser.
 * Entity declarations are refused before parsing (the "billion laughs"
 * expansion attack needs them; real feeds never declare entities), and the
 * XML is validated first so broken feeds fail with the line of the error.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { VerbatimError } from '../model/errors.js';

export interface FeedItem {
  readonly title?: string;
  /** The article's URL (RSS `link`, Atom `link[rel=alternate]`, RDF `link`). */
  readonly link?: string;
  readonly id?: string;
  readonly published?: string;
  readonly author?: string;
  /** Full HTML content (`content:encoded`, Atom `content`), when the feed carries it. */
  readonly contentHtml?: string;
  /** Summary (`description`, Atom `summary`). */
  readonly summary?: string;
}

export interface Feed {
  readonly kind: 'rss' | 'atom' | 'rdf';
  readonly title?: string;
  readonly items: readonly FeedItem[];
  /** Items the feed holds (more than `items` when over the limit). */
  readonly totalItems: number;
}

export interface ParseFeedOptions {
  /** Items read; the rest are counted in `totalItems` (default MAX_FEED_ITEMS). */
  readonly maxItems?: number;
}

/** Default items read from one feed (feeds carry 10–100; archives can be huge); `--max-feed-items` changes it. */
export const MAX_FEED_ITEMS = 1000;

const ENTITY_DECL_RE = /<!ENTITY/i;

type Node = Record<string, unknown>;

export function parseFeed(xml: string, source?: string, options: ParseFeedOptions = {}): Feed {
  const max = options.maxItems ?? MAX_FEED_ITEMS;
  const where = source ? { file: source } : {};
  if (ENTITY_DECL_RE.test(xml)) {
    throw new VerbatimError(
      'E_FEED_INVALID',
      'feed declares XML entities (refused: entity expansion attack)',
      where,
    );
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new VerbatimError(
      'E_FEED_INVALID',
      `broken XML at line ${valid.err.line}: ${valid.err.msg}`,
      where,
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    processEntities: true,
    htmlEntities: false,
    isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  });
  const doc = parser.parse(xml) as Node;
  const rss = doc['rss'] as Node | undefined;
  if (rss) {
    const channel = (rss['channel'] ?? {}) as Node;
    return { kind: 'rss', ...opt('title', text(channel['title'])), ...items(channel['item'], rssItem, max) };
  }
  const atom = doc['feed'] as Node | undefined;
  if (atom)
    return { kind: 'atom', ...opt('title', text(atom['title'])), ...items(atom['entry'], atomEntry, max) };
  const rdf = doc['rdf:RDF'] as Node | undefined;
  if (rdf) {
    const channel = (rdf['channel'] ?? {}) as Node;
    return { kind: 'rdf', ...opt('title', text(channel['title'])), ...items(rdf['item'], rssItem, max) };
  }
  throw new VerbatimError(
    'E_FEED_INVALID',
    'not an RSS, Atom or RDF feed (no <rss>, <feed> or <rdf:RDF>)',
    where,
  );
}

function items(
  list: unknown,
  read: (n: Node) => FeedItem,
  max: number,
): { items: FeedItem[]; totalItems: number } {
  const all = Array.isArray(list) ? list : [];
  return { items: all.slice(0, max).map((n) => read(n as Node)), totalItems: all.length };
}

function rssItem(n: Node): FeedItem {
  const links = n['link'] as unknown[] | undefined;
  return {
    ...opt('title', text(n['title'])),
    ...opt('link', text(links?.[0])),
    ...opt('id', text(n['guid'])),
    ...opt('published', text(n['pubDate']) ?? text(n['dc:date'])),
    ...opt('author', text(n['dc:creator']) ?? text(n['author'])),
    ...opt('contentHtml', text(n['content:encoded'])),
    ...opt('summary', text(n['description'])),
  };
}

function atomEntry(n: Node): FeedItem {
  const links = (n['link'] as Node[] | undefined) ?? [];
  const alt = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
  const author = n['author'] as Node | undefined;
  return {
    ...opt('title', text(n['title'])),
    ...opt('link', typeof alt?.['@href'] === 'string' ? (alt['@href'] as string) : undefined),
    ...opt('id', text(n['id'])),
    ...opt('published', text(n['published']) ?? text(n['updated'])),
    ...opt('author', text(author?.['name'])),
    ...opt('contentHtml', text(n['content'])),
    ...opt('summary', text(n['summary'])),
  };
}

/** Text of a parsed node: a string, a number, or an element's `#text`. */
function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && !Array.isArray(v)) return text((v as Node)['#text']);
  if (Array.isArray(v)) return text(v[0]);
  return undefined;
}

function opt<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
