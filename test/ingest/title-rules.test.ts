/** Title rules of session 7 (kicker lines, mastheads, declared-title parts), on pages written for the test. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/html/content.js';
import { extractArticle } from '../../src/ingest/html/extract.js';
import { headlineText } from '../../src/ingest/html/heading-parts.js';

const STORY = [
  'The council voted on Tuesday to close the old bridge for repairs, after engineers found cracks in two of its pillars.',
  'Repairs are expected to take eight months, and a ferry will carry pedestrians across the river in the meantime, officials said.',
  'Shop owners near the bridge said they feared losing customers, but welcomed the promise of a temporary footbridge by spring.',
];
const page = (head: string, bodyHtml: string): string =>
  `<html><head>${head}</head><body>${bodyHtml}<article>${STORY.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
const titleOf = (head: string, bodyHtml: string): string | undefined =>
  extractArticle(page(head, bodyHtml)).meta.title;
const h1Of = (html: string): string => {
  const h = parseDocument(`<html><body>${html}</body></html>`).querySelector('h1');
  return headlineText(h!).replace(/\s+/g, ' ').trim();
};

describe('headline inside a heading (kicker lines)', () => {
  it.each([
    [
      'a kicker span named by its class',
      '<h1><span class="article-kicker">Roadworks</span> <span>Bridge closes for eight months</span></h1>',
      'Bridge closes for eight months',
    ],
    [
      'a German Dachzeile and a headline span',
      '<h1><span class="dachzeile">Nach dem Gutachten</span><span class="headline">Brücke wird gesperrt</span></h1>',
      'Brücke wird gesperrt',
    ],
    [
      'a kicker with a visually hidden colon',
      '<h1><span class="heading__overline">Roadworks</span><span class="sr-only">:</span><span>Bridge closes for eight months</span></h1>',
      'Bridge closes for eight months',
    ],
    [
      'a hidden dash between two unnamed parts',
      '<h1><span class="a1">River crossing</span><span class="a2">–</span><span class="a3">Bridge closes for eight months</span></h1>',
      'Bridge closes for eight months',
    ],
    [
      'a bar before a short site name is not a kicker split',
      '<h1><span>Bridge closes for eight months</span><span>|</span><span>City Paper</span></h1>',
      'Bridge closes for eight months|City Paper',
    ],
    [
      'a <small> line',
      '<h1><small>Roadworks</small><br>Bridge closes for eight months</h1>',
      'Bridge closes for eight months',
    ],
    [
      'the element named as the headline beside a subtitle',
      '<h1><span class="entry-title-primary">Bridge closes for eight months from June</span> <span class="entry-subtitle">What drivers need to know</span></h1>',
      'Bridge closes for eight months from June',
    ],
    [
      'a named first line holding fewer words than the rest is not the whole headline',
      '<h1><span class="pf-title">Bridge row:</span><br><span class="big">Council and engineers disagree on repairs</span></h1>',
      'Bridge row: Council and engineers disagree on repairs',
    ],
    [
      'a date line named "…-title" is not the headline',
      '<h1>Bridge closes for eight months <span class="date-info-title">Posted on May 2, 2024</span></h1>',
      'Bridge closes for eight months Posted on May 2, 2024',
    ],
    [
      'a topic label before the headline',
      '<h1><div class="topic-label">Roadworks</div>Bridge closes for eight months</h1>',
      'Bridge closes for eight months',
    ],
    [
      'a plain heading is kept whole',
      '<h1>Bridge closes: what it means</h1>',
      'Bridge closes: what it means',
    ],
    ['a kicker-only heading keeps its text', '<h1><span class="kicker">Roadworks</span></h1>', 'Roadworks'],
  ])('%s', (_, html, expected) => {
    expect(h1Of(html)).toBe(expected);
  });

  it('the page title drops the kicker the declared titles carry', () => {
    const head = '<meta property="og:title" content="Roadworks: Bridge closes for eight months">';
    const h1 =
      '<h1><span class="kicker">Roadworks</span><span class="visually-hidden">:</span> <span>Bridge closes for eight months</span></h1>';
    expect(titleOf(head, h1)).toBe('Bridge closes for eight months');
  });
});

describe('an h1 that is the authored title keeps its dash parts', () => {
  it.each([
    [
      'a topic lead before a dash',
      '<meta property="og:title" content="Roadworks – Bridge closes for eight months"><title>Roadworks – Bridge closes for eight months | City Paper</title>',
      '<h1>Roadworks – Bridge closes for eight months</h1>',
      'Roadworks – Bridge closes for eight months',
    ],
    [
      'a second clause after a dash',
      '<meta property="og:title" content="Bridge closes for eight months – ferry replaces it"><title>Bridge closes for eight months – ferry replaces it - City Paper</title>',
      '<h1>Bridge closes for eight months – ferry replaces it</h1>',
      'Bridge closes for eight months – ferry replaces it',
    ],
    [
      'a part after a bar is still cut',
      '<meta property="og:title" content="Bridge closes for eight months | Top 5 Detours"><title>Bridge closes for eight months</title>',
      '<h1>Bridge closes for eight months | Top 5 Detours</h1>',
      'Bridge closes for eight months',
    ],
    [
      'a part naming the site is still cut',
      '<meta property="og:site_name" content="Planet"><meta property="og:title" content="Bridge closes for eight months – Planet"><title>Bridge closes for eight months</title>',
      '<h1>Bridge closes for eight months – Planet</h1>',
      'Bridge closes for eight months',
    ],
  ])('%s', (_, head, h1, expected) => {
    expect(titleOf(head, h1)).toBe(expected);
  });
});

describe('masthead h1 (a link to the home page)', () => {
  it.each([
    [
      'the blog name in an h1 home link yields to the <title> without that name',
      '<title>Notes on a closed bridge | Harbour Diary</title>',
      '<h1><a href="https://harbour.example/">Harbour Diary</a></h1>',
      'Notes on a closed bridge',
    ],
    [
      'a leading part of the <title> is kept once the blog name is gone',
      '<title>Walks 2024 – the closed bridge | Harbour Diary</title>',
      '<h1><a href="/">Harbour Diary</a></h1>',
      'Walks 2024 – the closed bridge',
    ],
    [
      "WordPress's default `Blog name » Blog Archive » Post` title",
      '<title>Harbour Diary » Blog Archive » Notes on a closed bridge</title>',
      '<h1><a href="/index.php">Harbour Diary</a></h1>',
      'Notes on a closed bridge',
    ],
    [
      'an archived home link (Wayback Machine) is a home link too',
      '<title>Harbour Diary » Blog Archiv » Notes on a closed bridge</title>',
      '<h1><a href="https://web.archive.org/web/20140226054445/http://harbour.example/">Harbour Diary</a></h1>',
      'Notes on a closed bridge',
    ],
    [
      'an h1 linking to the article itself is the headline',
      '<title>Notes on a closed bridge | Harbour Diary</title>',
      '<h1><a href="/2024/05/notes-on-a-closed-bridge/">Notes on a closed bridge today</a></h1>',
      'Notes on a closed bridge today',
    ],
  ])('%s', (_, head, h1, expected) => {
    expect(titleOf(head, h1)).toBe(expected);
  });
});

describe('choosing among h1s, h2s and declared titles', () => {
  it.each([
    [
      'a short h1 closing a declared title after a colon is the headline',
      '<meta property="og:title" content="Jane Doe: Bridge closes soon - Planet">',
      '<h1>Bridge closes soon</h1>',
      'Bridge closes soon',
    ],
    [
      'an h1 equal to og:title beats an earlier h1 that only starts <title>',
      '<meta property="og:title" content="Bridge closes for eight months"><title>News - Planet</title>',
      '<h1>News</h1><h1>Bridge closes for eight months</h1>',
      'Bridge closes for eight months',
    ],
    [
      'without an h1, an h2 equal to og:title keeps its short lead part',
      '<meta property="og:title" content="EP12 – Bridge closes for eight months"><title>EP12 – Bridge closes for eight months | Planet</title>',
      '<h2>EP12 – Bridge closes for eight months</h2>',
      'EP12 – Bridge closes for eight months',
    ],
    [
      'an og:title that <title> wraps with the site name is whole',
      '<meta property="og:title" content="[Review] Harbour Lights - A quiet novel"><title>Book Nook: [Review] Harbour Lights - A quiet novel</title>',
      '',
      '[Review] Harbour Lights - A quiet novel',
    ],
    [
      'a part after a bar in that og:title is not the title',
      '<meta property="og:title" content="08.11.2021 | Bridge closes for eight months"><title>Planet: 08.11.2021 | Bridge closes for eight months</title>',
      '',
      'Bridge closes for eight months',
    ],
  ])('%s', (_, head, h, expected) => {
    expect(titleOf(head, h)).toBe(expected);
  });
});

describe('a declared part followed by another part is no site name', () => {
  it('the headline after a kicker stays the title when <title> adds the site after it', () => {
    const head =
      '<meta property="og:title" content="Roadworks – Bridge closes for eight months"><title>Roadworks – Bridge closes for eight months | Planet</title>';
    const h1 =
      '<h1><span class="a">Roadworks</span><span class="b">–</span><span class="c">Bridge closes for eight months</span></h1>';
    expect(titleOf(head, h1)).toBe('Bridge closes for eight months');
  });
});

describe('h1 details (session 7)', () => {
  it.each([
    [
      "an aggregator's source domain after the headline is dropped",
      '<meta property="og:title" content="Bridge closes for eight months - Newsfeed">',
      '<h1>Bridge closes for eight months (example.com)</h1>',
      'Bridge closes for eight months',
    ],
    [
      'a lower-case h1 takes the letter case of the declared title',
      '<meta property="og:title" content="Bridge of Sighs | History, Facts | Encyclopedia">',
      '<h1>bridge of sighs</h1>',
      'Bridge of Sighs',
    ],
    [
      'a lower-case h1 does not take capitals from a declared title in capitals',
      '<title>BRIDGE Definition &amp; Meaning | Dictionary</title>',
      '<h1>bridge</h1>',
      'bridge',
    ],
    [
      'an h2 equal to og:title beats an h1 sharing nothing with it',
      '<meta property="og:title" content="Why the old bridge must close | City Blog">',
      '<h1>But what residents fear most is the detour through town</h1><h2>Why the old bridge must close</h2>',
      'Why the old bridge must close',
    ],
    [
      "an h1 using only the declared title's words keeps its place over the h2",
      '<meta property="og:title" content="Closing the bridge - Bridge Works 15 Plan for the City">',
      '<h1>Bridge Works 15 for the City</h1><h2>Closing the bridge</h2>',
      'Bridge Works 15 for the City',
    ],
  ])('%s', (_, head, h, expected) => {
    expect(titleOf(head, h)).toBe(expected);
  });
});

describe('a page without declared titles or h1', () => {
  it('takes its first h2 longer than a section name', () => {
    expect(titleOf('', '<h2>Archive</h2><h2>Spring walks along the closed bridge</h2>')).toBe(
      'Spring walks along the closed bridge',
    );
  });
});

describe('headlineText on arbitrary headings', () => {
  const part = fc.record({
    tag: fc.constantFrom('span', 'small', 'div', 'b'),
    cls: fc.constantFrom('', 'kicker', 'headline', 'title', 'sr-only', 'date-title', 'label'),
    text: fc.string({ maxLength: 20 }).map((t) => t.replace(/[<>&]/g, ' ')),
  });
  it('keeps only words of the heading, and some text when the heading has letters', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 4 }), (parts) => {
        const html = `<h1>${parts.map((p) => `<${p.tag} class="${p.cls}">${p.text}</${p.tag}>`).join('')}</h1>`;
        const h = parseDocument(`<html><body>${html}</body></html>`).querySelector('h1')!;
        const whole = (h.textContent ?? '').replace(/\s+/g, ' ');
        const out = headlineText(h).replace(/\s+/g, ' ').trim();
        for (const w of out.split(' ').filter(Boolean)) expect(whole).toContain(w);
        if (/[\p{L}\p{N}]/u.test(whole)) expect(out).toMatch(/[\p{L}\p{N}]/u);
      }),
      { numRuns: 200 },
    );
  });
});
