import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyzeInput } from '../../src/analyzer.js';
import { parseFeed } from '../../src/ingest/feed.js';
import { feedArticles } from '../../src/ingest/feed-articles.js';
import { Fetcher } from '../../src/ingest/net/fetch.js';
import { VerbatimError } from '../../src/model/errors.js';
import { canonicalUrl } from '../../src/model/ids.js';
import { type LocalServer, startServer } from '../helpers/local-server.js';

const LONG = Array.from(
  { length: 30 },
  (_, i) => `Sentence ${i} of the full story, told at length here.`,
).join(' ');

const RSS = (base: string) => `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Test &amp; Co</title>
<item><title>Full story</title><link>${base}/full</link><pubDate>Fri, 08 Nov 2024 09:30:00 +0000</pubDate>
<dc:creator>Ann Writer</dc:creator><content:encoded><![CDATA[<p>${LONG}</p>]]></content:encoded></item>
<item><title>Summary only</title><link>${base}/page</link><description>Short teaser.</description></item>
<item><title>Same link again</title><link>${base}/page?utm_source=rss#top</link><description>Dup.</description></item>
<item><title>Broken link</title><link>${base}/missing</link><description>x</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom test</title>
<entry><title>Entry one</title><link rel="alternate" href="https://example.org/a"/><id>urn:1</id>
<published>2024-11-08T10:00:00Z</published><author><name>Bo</name></author><summary>Hi</summary></entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel><title>RDF test</title></channel>
<item><title>Rdf item</title><link>https://example.org/r</link><description>Desc</description></item>
</rdf:RDF>`;

const LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><title>&lol2;</title></channel></rss>`;

describe('parseFeed', () => {
  it.each([
    ['rss', RSS('https://example.org'), 4, 'Full story'],
    ['atom', ATOM, 1, 'Entry one'],
    ['rdf', RDF, 1, 'Rdf item'],
  ])('reads %s', (kind, xml, n, firstTitle) => {
    const feed = parseFeed(xml);
    expect(feed.kind).toBe(kind);
    expect(feed.items).toHaveLength(n);
    expect(feed.items[0]?.title).toBe(firstTitle);
    expect(feed.items[0]?.link).toMatch(/^https:\/\/example\.org\//);
  });

  it.each([
    ['broken XML', '<rss><channel><item><title>x</channel></rss>'],
    ['entity expansion', LAUGHS],
    ['not a feed', '<?xml version="1.0"?><html><body/></html>'],
  ])('refuses %s with E_FEED_INVALID', (_name, xml) => {
    expect(() => parseFeed(xml)).toThrow(expect.objectContaining({ code: 'E_FEED_INVALID' }));
  });

  it('decodes standard entities', () => {
    expect(parseFeed(RSS('https://example.org')).title).toBe('Test & Co');
  });
});

describe('canonicalUrl', () => {
  it.each([
    ['https://www.Example.org/a/?utm_source=x#frag', 'https://example.org/a'],
    ['https://example.org/a?id=3&utm_medium=y', 'https://example.org/a?id=3'],
  ])('%s → %s', (url, expected) => {
    expect(canonicalUrl(url)).toBe(expected);
  });
});

describe('feedArticles', () => {
  let server: LocalServer;
  const fetcher = new Fetcher({ allowPrivate: true, backoffMs: 1, attempts: 1 });
  beforeAll(async () => {
    server = await startServer({
      '/page': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(
          `<html><head><title>Fetched page</title></head><body><article><h1>Fetched page</h1><p>${LONG}</p></article></body></html>`,
        );
      },
    });
  });
  afterAll(async () => {
    await fetcher.close();
    await server.close();
  });

  it('reads full items from the feed, fetches summary-only ones, de-duplicates, and isolates failures', async () => {
    const feed = parseFeed(RSS(server.base));
    const out = await feedArticles(feed, 'feed.xml', fetcher);
    const ok = out.filter((r): r is AnalyzeInput => !(r instanceof VerbatimError));
    const errors = out.filter((r) => r instanceof VerbatimError);
    expect(ok.map((r) => r.meta?.title)).toEqual(['Full story', 'Fetched page']);
    expect(ok[0]?.meta?.publishedAt).toBe('2024-11-08T09:30:00Z');
    expect(ok[0]?.meta?.authors).toEqual(['Ann Writer']);
    expect(errors.map((e) => e.code)).toEqual(['E_FETCH_STATUS']);
    expect(server.hits.get('/page')).toBe(1);
  });
});

describe('feed encodings', () => {
  it('decodes a Latin-1 feed by its XML declaration', async () => {
    const { decodeHtmlBytes } = await import('../../src/ingest/html/charset.js');
    const xml = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Café</title></channel></rss>',
      'latin1',
    );
    expect(parseFeed(decodeHtmlBytes(xml).html).title).toBe('Café');
  });
});
