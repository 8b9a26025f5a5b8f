/** Session 7 rules for the publication date and the authors, each on a small page written for the test. */
import { describe, expect, it } from 'vitest';
import { datesInText } from '../../src/ingest/html/dates.js';
import { extractArticle } from '../../src/ingest/html/extract.js';

const STORY = [
  'The council voted on Tuesday to close the old bridge for repairs, after engineers found cracks in two of its pillars.',
  'Repairs are expected to take eight months, and a ferry will carry pedestrians across the river in the meantime, officials said.',
  'Shop owners near the bridge said they feared losing customers, but welcomed the promise of a temporary footbridge by spring.',
];
const storyHtml = (): string => STORY.map((p) => `<p>${p}</p>`).join('\n');

function page(head: string, header: string, opts: { lang?: string; tail?: string } = {}): string {
  const lang = opts.lang ? ` lang="${opts.lang}"` : '';
  return `<html${lang}><head>${head}</head><body><article><h1>Bridge closes</h1>${header}${storyHtml()}${opts.tail ?? ''}</article></body></html>`;
}
const dateOf = (html: string): string | undefined => extractArticle(html).meta.publishedAt?.slice(0, 10);
const ld = (obj: Record<string, unknown>): string =>
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', ...obj })}</script>`;

describe('datesInText', () => {
  it.each([
    ['Updated on Dec. 09, 2025 by the desk', ['2025-12-09']],
    ['January 20th, 2025 by Ann Lee', ['2025-01-20']],
    ['Last Updated: December 15th 2025', ['2025-12-15']],
    ['Von Jan Muster, 19. Oktober 2019, 19:08 Uhr', ['2019-10-19']],
    ['Stand: 28.04.2020 18:00 Uhr', ['2020-04-28']],
    ['Essay - Published: 2025.12.17 | tags', ['2025-12-17']],
    ['Ann Lee- 2025/4/29', ['2025-04-29']],
    ['9 min read 19/12/2025', ['2025-12-19']],
    ['Last Updated: 2025-02-22 Cite this page', ['2025-02-22']],
    ['8 Oct 2022 and later March 4, 2021', ['2022-10-08', '2021-03-04']],
    ['version 1.2.2020 of the tool', ['2020-02-01']],
    ['no date here, 12345 and 3/4', []],
  ])('%s', (text, expected) => {
    expect(datesInText(text)).toEqual(expected);
  });

  it('reads an ambiguous slash date month first only when asked (US English pages)', () => {
    expect(datesInText('Posted 03/01/2017', true)).toEqual(['2017-03-01']);
    expect(datesInText('Posted 03/01/2017', false)).toEqual(['2017-01-03']);
    // A part above 12 settles the order either way.
    expect(datesInText('Posted 10/31/2024', false)).toEqual(['2024-10-31']);
  });
});

describe('publication date: the header decides between published and modified', () => {
  const both = ld({ datePublished: '2020-01-02T10:00:00Z', dateModified: '2021-03-04T10:00:00Z' });

  it('takes the modified date when the header prints only it, in any written form', () => {
    expect(dateOf(page(both, '<p>By Ann Lee · Last updated: 2021-03-04</p>'))).toBe('2021-03-04');
    expect(dateOf(page(both, '<p>Aktualisiert am 04.03.2021</p>', { lang: 'de' }))).toBe('2021-03-04');
  });

  it('keeps the published date when the header prints it (ordinal days included)', () => {
    expect(dateOf(page(both, '<p>January 2nd, 2020 by Ann Lee · Last updated: March 4th, 2021</p>'))).toBe(
      '2020-01-02',
    );
  });

  it('keeps the published date when the page prints neither', () => {
    expect(dateOf(page(both, '<p>By Ann Lee</p>'))).toBe('2020-01-02');
  });
});

describe('publication date: a plain date meta yields to the header', () => {
  const head = '<meta name="date" content="2020-02-12">';
  it('takes the header date over a plain `date` meta', () => {
    expect(dateOf(page(head, '<p>Stand: 05.02.2020 18:00 Uhr</p>', { lang: 'de' }))).toBe('2020-02-05');
  });
  it('keeps the meta when the header prints it too, or prints no date', () => {
    expect(dateOf(page(head, '<p>Aktualisiert 14.02.2020, zuerst 12.02.2020</p>', { lang: 'de' }))).toBe(
      '2020-02-12',
    );
    expect(dateOf(page(head, '<p>Von Jan Muster</p>', { lang: 'de' }))).toBe('2020-02-12');
  });
  it('keeps a named publication meta whatever the header prints', () => {
    const named = '<meta property="article:published_time" content="2020-02-12T10:00:00+01:00">';
    expect(dateOf(page(named, '<p>Stand: 05.02.2020</p>', { lang: 'de' }))).toBe('2020-02-12');
  });
});

describe('publication date: a date written by the headline, when no metadata dates the page', () => {
  it.each([
    ['<p>Stand: 28.04.2020 18:00 Uhr</p>', 'de', '2020-04-28'],
    ['<p>Essay - Published: 2025.12.17 | programming</p>', 'en', '2025-12-17'],
    ['<p>9 min read 19/12/2025</p>', 'en-GB', '2025-12-19'],
    ['<p>03/01/2017 by Ann Lee</p>', 'en-US', '2017-03-01'],
    ['<p>03/01/2017 by Ann Lee</p>', 'fr', '2017-01-03'],
  ])('%s (lang %s) → %s', (header, lang, expected) => {
    expect(dateOf(page('', header, { lang }))).toBe(expected);
  });
});

describe('publication date: pages titled by an h2', () => {
  const h2Page = (post: string): string =>
    `<html lang="en"><body><div class="blog_post">${post}${storyHtml()}</div></body></html>`;
  it('reads the date under the first h2 when the page has no h1', () => {
    expect(dateOf(h2Page('<h2>Bridge closes</h2><small>January 13, 2020 at 08:45 AM</small>'))).toBe(
      '2020-01-13',
    );
  });
  it("reads the date in the headline's permalink", () => {
    expect(
      dateOf(h2Page('<h2><a href="/blog/2020/01/13/bridge-closes" rel="bookmark">Bridge closes</a></h2>')),
    ).toBe('2020-01-13');
  });
});

describe('authors', () => {
  const authorsOf = (head: string, header: string, tail = ''): string[] | undefined =>
    extractArticle(page(head, header, { tail })).meta.authors;

  it.each([
    ['<p class="byline">By Ann Lee</p>', ['Ann Lee']],
    ['<p class="post-byline">Written by: Ann Lee</p>', ['Ann Lee']],
    ['<span class="author vcard">Veröffentlicht von<a>Jan Muster</a></span>', ['Jan Muster']],
    ['<div class="byline"><span>By</span> <a>Ann Lee</a> <span>March 4, 2021</span></div>', ['Ann Lee']],
    ['<div class="byline">Von Jan Muster, 19. Oktober 2019, 19:08 Uhr</div>', ['Jan Muster']],
    ['<div class="byline">By <a>Ann Lee</a> and <a>Bo Chen</a></div>', ['Ann Lee and Bo Chen']],
    ['<div class="author-box"><a>Ann Lee</a>, Staff Reporter</div>', ['Ann Lee, Staff Reporter']],
    ['<div class="article-author"><a>Ann Lee</a><span>Senior Editor</span></div>', ['Ann Lee']],
    ['<span class="byline">View all posts by Ann Lee</span>', ['Ann Lee']],
    ['<div class="post-author">BySummer Swann</div>', ['Summer Swann']],
  ])('printed byline %s → %s', (header, expected) => {
    expect(authorsOf('', header)).toEqual(expected);
  });

  it('skips comment authors, form labels and months', () => {
    const comments = '<div class="comments"><div class="comment-author">Troll42 says:</div></div>';
    expect(authorsOf('', '', comments)).toBeUndefined();
    expect(authorsOf('', '<form><label class="comment-form-author">Name *</label></form>')).toBeUndefined();
    expect(authorsOf('', '<span class="byline">July</span>')).toBeUndefined();
  });

  it('takes the printed person over a JSON-LD author that is the publisher', () => {
    const org = ld({ author: { '@type': 'Organization', name: 'Daily Planet' } });
    expect(authorsOf(org, '<p class="byline">By Ann Lee</p>')).toEqual(['Ann Lee']);
    // Without a printed byline the organisation stays.
    expect(authorsOf(org, '')).toEqual(['Daily Planet']);
    // A person in JSON-LD wins over the printed byline.
    const person = ld({ author: { '@type': 'Person', name: 'Bo Chen' } });
    expect(authorsOf(person, '<p class="byline">By Ann Lee</p>')).toEqual(['Bo Chen']);
  });

  it('takes the printed person over an author meta naming the site', () => {
    const head =
      '<meta name="author" content="Daily Planet"><meta property="og:site_name" content="Daily Planet">';
    expect(authorsOf(head, '<p class="byline">By Ann Lee</p>')).toEqual(['Ann Lee']);
  });

  it('decodes entities and drops quotes and lead-ins in declared names', () => {
    expect(authorsOf(ld({ author: { '@type': 'Person', name: 'Redacci&oacute;n Central' } }), '')).toEqual([
      'Redacción Central',
    ]);
    expect(authorsOf(ld({ author: { '@type': 'Person', name: '"Ann Lee"' } }), '')).toEqual(['Ann Lee']);
    expect(authorsOf('<meta name="author" content="Von Jan Muster">', '')).toEqual(['Jan Muster']);
  });

  it('takes the printed name over a declared login name', () => {
    expect(authorsOf('<meta name="author" content="ann.lee">', '<p class="byline">By Ann Lee</p>')).toEqual([
      'Ann Lee',
    ]);
    expect(authorsOf('<meta name="author" content="ann.lee">', '')).toEqual(['ann.lee']);
  });

  it('cuts what follows the name in a byline', () => {
    expect(
      authorsOf('', '<div class="byline"><time>Dec. 19, 2025</time> · Ann Lee on behalf of the Team</div>'),
    ).toEqual(['Ann Lee']);
    expect(authorsOf('', '<div class="byline">Sat, 20 Dec, 2025 - 06:36</div>')).toBeUndefined();
  });

  it('reads French and German labels, and leaves bare labels out', () => {
    expect(authorsOf('', '<div class="node-authors">Auteur: Anna Nováková</div>')).toEqual(['Anna Nováková']);
    expect(authorsOf('', '<ul class="article-authors"><li>Artikel von: Jan Muster</li></ul>')).toEqual([
      'Jan Muster',
    ]);
    expect(authorsOf('', '<p class="author">Beitragvon mike42 » 21.01.2009, 05:42</p>')).toEqual(['mike42']);
    expect(authorsOf('', '<div class="post-author">Posted on September 21, 2020</div>')).toBeUndefined();
    expect(
      authorsOf('', '<div class="authors"><span>Updated</span> <span>March 4, 2021</span></div>'),
    ).toBeUndefined();
    expect(authorsOf('', '<p class="article-author">Written By Ann Lee, MD*</p>')).toEqual(['Ann Lee, MD']);
    expect(authorsOf('', '<p class="authors">&amp; Ann Lee</p>')).toEqual(['Ann Lee']);
  });

  it('keeps "A and B" as the page writes it', () => {
    expect(authorsOf('<meta name="author" content="Ann Lee and Bo Chen">', '')).toEqual([
      'Ann Lee and Bo Chen',
    ]);
    expect(authorsOf('<meta name="author" content="Ann Lee, Bo Chen">', '')).toEqual(['Ann Lee', 'Bo Chen']);
    const two = ld({
      author: [
        { '@type': 'Person', name: 'Ann Lee' },
        { '@type': 'Person', name: 'Bo Chen' },
      ],
    });
    expect(authorsOf(two, '<p class="byline">By Ann Lee and Bo Chen</p>')).toEqual(['Ann Lee and Bo Chen']);
    expect(authorsOf(two, '')).toEqual(['Ann Lee', 'Bo Chen']);
  });

  it('reads a "By Name" line under the headline without byline markup', () => {
    expect(
      authorsOf('', '<div><span>By</span> <a href="/a">Ann Lee</a> <span>March 4, 2021</span></div>'),
    ).toEqual(['Ann Lee']);
    expect(authorsOf('', '<p>Von Jan van Muster</p>')).toEqual(['Jan van Muster']);
    // Not a person's name written out: left alone.
    expect(authorsOf('', '<p>By clicking below you agree to our terms.</p>')).toBeUndefined();
    expect(authorsOf('', '<p>by</p><p>the river</p>')).toBeUndefined();
  });

  it('takes the name after a later "by" once a date came first', () => {
    expect(
      authorsOf('', '<div class="post-meta-author">Posted on September 21, 2020 by Ann Lee</div>'),
    ).toEqual(['Ann Lee']);
  });

  it('keeps one-word user names with digits', () => {
    expect(authorsOf('', '<span class="byline">by mike42</span>')).toEqual(['mike42']);
  });
});
