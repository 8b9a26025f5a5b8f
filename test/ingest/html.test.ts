import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../../src/ingest/html/charset.js';
import { dateFromUrl, parseMachineDate, parseTextDate } from '../../src/ingest/html/dates.js';
import { htmlInput } from '../../src/ingest/html/document.js';
import { extractArticle } from '../../src/ingest/html/extract.js';
import { stripSite } from '../../src/ingest/html/title.js';
import { spanHolds } from '../../src/model/span.js';

const PARAS = [
  'The minister said on Tuesday that the talks would resume next week, according to two officials.',
  'Negotiators have met four times since March, and each round has ended without an agreement.',
  '“We are closer than ever,” the spokeswoman told reporters outside the building in the capital.',
];

function page(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article><h1>Talks to resume next week</h1>${body}</article>
<aside class="related-stories"><h3>Related</h3><ul><li><a href="/x">Other story one</a></li></ul></aside>
<footer>© 2024 Example News. All rights reserved.</footer></body></html>`;
}

const BODY = `<p>${PARAS[0]}</p><figure><img src="a.jpg"><figcaption>Delegates arrive for the talks. REUTERS/Jane Doe</figcaption></figure>
<h2>Four rounds so far</h2><p>${PARAS[1]}</p><ul><li>First point of the plan</li><li>Second point of the plan</li></ul><p>${PARAS[2]}</p>
<div class="newsletter-signup"><p>Sign up for our newsletter</p></div>`;

describe('extractArticle', () => {
  const a = extractArticle(
    page(
      `<title>Talks to resume next week | Example News</title><meta property="og:site_name" content="Example News">
       <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks to resume next week","datePublished":"2024-11-08T09:30:00-05:00","author":[{"@type":"Person","name":"Ann Writer"}]}</script>`,
      BODY,
    ),
  );

  it('finds headline, paragraphs, heading, caption and list items, without furniture', () => {
    const kinds = a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)]);
    expect(kinds[0]).toEqual(['headline', 'Talks to resume next week']);
    expect(kinds).toContainEqual(['caption', 'Delegates arrive for the talks. REUTERS/Jane Doe']);
    expect(kinds).toContainEqual(['heading', 'Four rounds so far']);
    expect(kinds).toContainEqual(['paragraph', 'First point of the plan']);
    for (const p of PARAS) expect(kinds).toContainEqual(['paragraph', p]);
    expect(a.text).not.toMatch(/Home|Other story|newsletter|All rights reserved/);
  });

  it('reads metadata from JSON-LD, keeping the local date', () => {
    expect(a.meta.title).toBe('Talks to resume next week');
    expect(a.meta.authors).toEqual(['Ann Writer']);
    expect(a.meta.publishedAt).toBe('2024-11-08T09:30:00-05:00');
    expect(a.meta.site).toBe('Example News');
    expect(a.meta.language).toBe('en');
  });

  it.each([
    ['<meta property="article:published_time" content="2023-05-01T10:00:00Z">', '', '2023-05-01T10:00:00Z'],
    ['<meta name="date" content="2022/03/04">', '', '2022-03-04'],
    ['', '<time datetime="2021-12-31">Dec 31</time>', '2021-12-31'],
    ['<link rel="canonical" href="https://example.org/2020/07/15/talks-resume/">', '', '2020-07-15'],
    ['', '<p class="post-date">Published 8 November 2019</p>', '2019-11-08'],
    // A modified-time meta yields to a printed date, and is used only when nothing else dates the page.
    [
      '<meta property="article:modified_time" content="2026-01-12T10:00:00Z">',
      '<p class="post-date">Published 8 November 2019</p>',
      '2019-11-08',
    ],
    ['<meta property="article:modified_time" content="2026-01-12T10:00:00Z">', '', '2026-01-12T10:00:00Z'],
    // JSON-LD published vs modified: the printed one wins, else the first publication.
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-02","dateModified":"2021-03-04"}</script>',
      '<p>Updated March 4, 2021</p>',
      '2021-03-04',
    ],
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-02","dateModified":"2021-03-04"}</script>',
      '<p>Published January 2, 2020; updated March 4, 2021</p>',
      '2020-01-02',
    ],
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-02","dateModified":"2021-03-04"}</script>',
      '',
      '2020-01-02',
    ],
  ])('date from %s %s', (head, extra, expected) => {
    const b = extractArticle(page(`<title>Talks</title>${head}`, `${extra}${BODY}`));
    expect(b.meta.publishedAt).toBe(expected);
  });

  it('gives blocks whose offsets hold their text', () => {
    const input = htmlInput(page('<title>T</title>', BODY), { source: 'x.html' });
    for (const b of input.blocks ?? []) expect(spanHolds(input.text, b)).toBe(true);
    const caption = input.blocks?.find((b) => b.kind === 'caption');
    expect(caption?.credit?.agency).toBe('Reuters');
    expect(input.meta?.publishedAtSource).toBeUndefined();
  });

  it('keeps offsets exact for arbitrary Unicode paragraphs', () => {
    const word = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 12 })
      .filter((s) => !/[<>&\s]/.test(s));
    const para = fc.array(word, { minLength: 3, maxLength: 30 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(para, { minLength: 1, maxLength: 6 }), (paras) => {
        const html = page('<title>Unicode</title>', paras.map((p) => `<p>${p}</p>`).join('\r\n'));
        const input = htmlInput(html);
        for (const b of input.blocks ?? []) expect(spanHolds(input.text, b)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a page with no text', () => {
    expect(() =>
      htmlInput('<html><body><div><img src="a.png"><script>var x = 1;</script></div></body></html>'),
    ).toThrow(expect.objectContaining({ code: 'E_INPUT_EMPTY' }));
  });

  it('survives malformed and truncated HTML', () => {
    const broken = page(
      '<title>Broken',
      `<p>${PARAS[0]}<div><p>${PARAS[1]}</b></i><table><tr><td>cell`,
    ).slice(0, -40);
    const b = extractArticle(broken);
    expect(b.text).toContain(PARAS[0]);
  });
});

describe('decodeHtmlBytes', () => {
  const latin1 = Buffer.from(
    '<html><head><meta charset="iso-8859-1"></head><body>Café</body></html>',
    'latin1',
  );
  it.each([
    ['meta charset', latin1, {}, 'Café', 'windows-1252'],
    [
      'header charset',
      Buffer.from('<p>Café</p>', 'latin1'),
      { contentType: 'text/html; charset=ISO-8859-1' },
      'Café',
      'windows-1252',
    ],
    [
      'UTF-8 BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Café</p>')]),
      {},
      'Café',
      'utf-8',
    ],
    [
      'wrong declared charset',
      Buffer.from('<meta charset="iso-8859-1"><p>Café €</p>'),
      {},
      'Café €',
      'utf-8',
    ],
    ['undeclared Latin-1', Buffer.from('<p>Café</p>', 'latin1'), {}, 'Café', 'windows-1252'],
  ])('%s', (_name, bytes, options, contains, encoding) => {
    const d = decodeHtmlBytes(bytes, options);
    expect(d.html).toContain(contains);
    expect(d.encoding).toBe(encoding);
  });

  it.each([
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), 'E_INPUT_BINARY'],
    ['empty', Buffer.alloc(0), 'E_INPUT_EMPTY'],
  ])('refuses %s', (_name, bytes, code) => {
    expect(() => decodeHtmlBytes(bytes)).toThrow(expect.objectContaining({ code }));
  });
});

describe('dates and titles', () => {
  it.each([
    ['2024-11-08T23:30:00-0500', '2024-11-08T23:30:00-05:00'],
    ['2024-11-08', '2024-11-08'],
    ['08.11.2024', '2024-11-08'],
    ['November 8, 2024', '2024-11-08'],
    ['not a date', undefined],
    ['2024-13-40', undefined],
  ])('parseMachineDate(%s)', (raw, expected) => {
    expect(parseMachineDate(raw)).toBe(expected);
  });

  it.each([
    ['Posted on 3rd March 2021 by admin', '2021-03-03'],
    ['8. November 2024', '2024-11-08'],
  ])('parseTextDate(%s)', (raw, expected) => {
    expect(parseTextDate(raw)).toBe(expected);
  });

  it.each([
    ['https://x.org/2024/11/08/story', '2024-11-08'],
    ['https://x.org/news/20240203-story', '2024-02-03'],
    ['https://x.org/story-2024', undefined],
  ])('dateFromUrl(%s)', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });

  it.each([
    ['Story title | Example News', 'Example News', 'Story title'],
    ['Story title - Example', undefined, 'Story title'],
    ['A title: with a colon that is long enough', undefined, 'A title: with a colon that is long enough'],
  ])('stripSite(%s)', (title, site, expected) => {
    expect(stripSite(title, site)).toBe(expected);
  });
});
