/** One test per extraction rule of session 3, on pages written for the test. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/html/extract.js';
import { classifyFurnitureHeading, classifyFurnitureLine } from '../../src/ingest/html/furniture-lines.js';
import { repairMojibake } from '../../src/ingest/html/meta-text.js';
import { articleBody } from '../helpers/article-body.js';

const STORY = [
  'The council voted on Tuesday to close the old bridge for repairs, after engineers found cracks in two of its pillars.',
  'Repairs are expected to take eight months, and a ferry will carry pedestrians across the river in the meantime, officials said.',
  'Shop owners near the bridge said they feared losing customers, but welcomed the promise of a temporary footbridge by spring.',
];
const storyHtml = (): string => STORY.map((p) => `<p>${p}</p>`).join('\n');

const body = articleBody;

describe('hidden content', () => {
  it('keeps React streamed content (<div hidden id="S:0">) and drops other hidden elements', () => {
    const html = `<html><body><main><template id="B:0"></template><p>Loading…</p></main>
      <div hidden id="S:0"><article><h1>Bridge closes</h1>${storyHtml()}</article></div>
      <div hidden><p>A hidden promotional paragraph that no reader ever sees on the page at all.</p></div></body></html>`;
    const text = body(html);
    for (const p of STORY) expect(text).toContain(p);
    expect(text).not.toContain('hidden promotional');
  });
});

describe('furniture recognised by what a line says', () => {
  it.each([
    ['Möchten Sie den Artikel teilen?', 'call to action'],
    ['Wie bewerten Sie diesen Artikel?', 'call to action'],
    ['Sign up for our weekly newsletter to get the best stories.', 'call to action'],
    ['Follow The Daily Planet on Twitter and Instagram for more.', 'call to action'],
    ['Czytaj także', 'call to action'],
    ['Lea también: El puente cerrará durante ocho meses', 'teaser'],
    ['Schon gelesen? Die Brücke bleibt gesperrt', 'teaser'],
    ['Kategorie: Lokales, Verkehr', 'post meta'],
    ['Tags: bridge, council', 'post meta'],
    ['Erstellt am Dienstag 6. Mai 2014', 'date stamp'],
    ['27.01.2022', 'date stamp'],
    ['3:59 PM', 'date stamp'],
    ['- Anzeige -', 'advertisement label'],
    ['AFP / Jane Doe', 'media credit'],
    ['Foto: Max Muster', 'media credit'],
    ['Bridge at dusk, iStock.com', 'media credit'],
    ['The old bridge at dusk, seen from the ferry landing. © AFP / Jane Doe', 'media credit'],
    ['(© City Archive)', 'media credit'],
    ['Le puede interesar: El puente cerrará durante ocho meses', 'teaser'],
    ['Síguenos en Telegram, Instagram y Facebook para recibir las noticias', 'call to action'],
    ['Jede kleine Spende hilft den Menschen vor Ort!', 'call to action'],
    ['Inhaltsverzeichnis', 'call to action'],
  ])('%s → %s', (line, reason) => {
    expect(classifyFurnitureLine(line, line.split(/\s+/).length)?.reason).toBe(reason);
  });

  it.each([
    ['Related articles', 'related label'],
    ['Weitere Artikel:', 'related label'],
    ['Temas relacionados', 'related label'],
    ['Mehr aus Thüringen', 'related label'],
    ['Rezept drucken Bei Pinterest speichern', 'call to action'],
  ])('headings too: %s → %s', (line, reason) => {
    expect(classifyFurnitureHeading(line, line.split(/\s+/).length)?.reason).toBe(reason);
  });

  it.each(['Related work', 'Themen', 'Weitere Artikel über die Brücke und ihre Geschichte im Überblick'])(
    'keeps headings that are content: %s',
    (line) => {
      expect(classifyFurnitureHeading(line, line.split(/\s+/).length)).toBeUndefined();
    },
  );

  it('drops a related label heading from the body', () => {
    // Mid-article, where the end-of-article cut does not reach.
    const html = `<html><body><article><h1>Bridge closes</h1><p>${STORY[0]}</p><h2>Zum Weiterlesen</h2><p>${STORY[1]}</p><p>${STORY[2]}</p></article></body></html>`;
    const text = body(html);
    expect(text).not.toContain('Zum Weiterlesen');
    for (const p of STORY) expect(text).toContain(p);
  });

  it.each([
    'The newsletter industry has never been healthier, on paper.',
    'Overview:',
    'Full EV / BEV: Runs only on electricity, with no engine at all.',
    'The council said the photos would be published once the repairs had started next spring.',
    'Photo Jane Doe on https://unsplash.com/photos/bridge',
    'The © sign marks a copyright, which the council holds for the bridge photos it published.',
    'Mira el puente desde la orilla, dijo el alcalde a los vecinos que esperaban el ferry.',
  ])('keeps prose and labels that belong to the article: %s', (line) => {
    expect(classifyFurnitureLine(line, line.split(/\s+/).length)).toBeUndefined();
  });

  it('leaves such lines out of the article body but keeps them in the text', () => {
    const html = `<html><body><article><h1>Bridge closes</h1>${storyHtml()}
      <p>Möchten Sie den Artikel teilen?</p><p>Kategorie: Lokales</p></article></body></html>`;
    const a = extractArticle(html);
    expect(body(html)).not.toMatch(/teilen|Kategorie/);
    expect(a.text).toContain('Möchten Sie den Artikel teilen?');
  });
});

describe('publication date', () => {
  const dated = (head: string, url?: string): string | undefined =>
    extractArticle(
      `<html><head>${head}</head><body><article><h1>Bridge closes</h1>${storyHtml()}</article></body></html>`,
      url ? { url } : {},
    ).meta.publishedAt?.slice(0, 10);

  it.each([
    // Posted at 21:46 in New York: stamped 02:46Z the next day; the URL keeps the local day.
    ['2025-12-19T02:41:41+00:00', 'https://example.org/2025/12/18/bridge-closes', '2025-12-18'],
    ['2025-12-18T23:30:00Z', 'https://example.org/2025/12/19/bridge-closes', '2025-12-19'],
    // The URL names another day altogether: the stamp stands.
    ['2025-12-19T02:41:41+00:00', 'https://example.org/2025/12/10/bridge-closes', '2025-12-19'],
    // A stamp with the page's own offset is already local.
    ['2025-12-19T02:41:41+01:00', 'https://example.org/2025/12/18/bridge-closes', '2025-12-19'],
  ])('a UTC stamp %s with URL %s → %s', (stamp, url, expected) => {
    expect(dated(`<meta property="article:published_time" content="${stamp}">`, url)).toBe(expected);
  });
});

describe('title', () => {
  it.each([
    ['Bridge closes for repairs • Jane Doe', 'Bridge closes for repairs'],
    ['Bridge closes for repairs | Daily Planet', 'Bridge closes for repairs'],
  ])('strips the site or author part of <title> %s', (declared, expected) => {
    const html = `<html><head><title>${declared}</title></head><body><article>${storyHtml()}</article></body></html>`;
    expect(extractArticle(html).meta.title).toBe(expected);
  });
});

describe('title cascade (session 5)', () => {
  const page = (head: string, bodyHtml: string): string =>
    `<html><head>${head}</head><body>${bodyHtml}<article>${storyHtml()}</article></body></html>`;
  it.each([
    [
      'an h1 carrying an extra part after a bar: the declared title',
      '<meta property="og:title" content="Bridge closes for eight months">',
      '<h1>Bridge closes for eight months | Local Roads</h1>',
      'Bridge closes for eight months',
    ],
    [
      'an h1 repeating the whole <title> with its site part',
      '<title>Bridge closes for eight months | Roads | City Paper</title>',
      '<h1>Bridge closes for eight months | Roads | City Paper</h1>',
      'Bridge closes for eight months',
    ],
    [
      'a one-word label before the h1',
      '<meta property="og:title" content="Bridge closes for eight months">',
      '<h1>Blog: Bridge closes for eight months</h1>',
      'Bridge closes for eight months',
    ],
    [
      'a post date run into the h1',
      '<title>Bridge closes for eight months | Jane Doe</title>',
      '<h1>Dec 18 2025 Bridge closes for eight months</h1>',
      'Bridge closes for eight months',
    ],
    [
      'a masthead h1 found inside the declared title, then the article h1',
      '<meta property="og:title" content="River crossing: bridge closes for eight months"><title>River crossing: bridge closes for eight months - Planet Magazine</title>',
      '<h1>Planet</h1><h1>River crossing: bridge closes for eight months</h1>',
      'River crossing: bridge closes for eight months',
    ],
    [
      'a blog-name h1 when <title> is "Blog: post" and og:title the post',
      '<meta property="og:title" content="Notes on a closed bridge"><title>Harbour Diary: Notes on a closed bridge</title>',
      '<h1>Harbour Diary</h1><h2>Something else</h2>',
      'Notes on a closed bridge',
    ],
    [
      'an h1 whose og:title is only the site name',
      '<meta property="og:site_name" content="Planet"><meta property="og:title" content="Planet"><title>Which bridge will close next year? | Planet</title>',
      '<h1>Which bridge will close next year?</h1>',
      'Which bridge will close next year?',
    ],
    [
      'an h1 over two lines keeps a space between them',
      '<title>Bridge closes: what it means for you</title>',
      '<h1>Bridge closes<br>What it means for you</h1>',
      'Bridge closes What it means for you',
    ],
    [
      'a longer lead part is part of the title',
      '<meta property="og:title" content="A Beginner Guide">',
      '<h1>Zero Waste - A Beginner Guide</h1>',
      'Zero Waste - A Beginner Guide',
    ],
    [
      'an h1 whose CMS turned characters into ? yields to the declared title it copies',
      '<meta property="og:title" content="Bridge Works: A Cyclist’s Guide">',
      '<h1>Bridge Works? A Cyclist? Guide</h1>',
      'Bridge Works: A Cyclist’s Guide',
    ],
    [
      'an h1 that is a real question stays',
      '<meta property="og:title" content="Will the bridge close? What we know">',
      '<h1>Will the bridge close? What we know so far</h1>',
      'Will the bridge close? What we know so far',
    ],
    [
      'UTF-8 read as Latin-1 in the declared title is repaired',
      '<title>A Cyclistâ\u0080\u0099s Guide to the Bridge</title>',
      '',
      'A Cyclist’s Guide to the Bridge',
    ],
  ])('%s', (_name, head, h1, expected) => {
    expect(extractArticle(page(head, h1)).meta.title).toBe(expected);
  });
});

describe('title details (session 6)', () => {
  const page = (head: string, bodyHtml: string): string =>
    `<html><head>${head}</head><body>${bodyHtml}<article>${storyHtml()}</article></body></html>`;
  it.each([
    [
      'curly quotes of the h1 yield to the plain quotes two declared titles agree on',
      `<meta property="og:title" content="Why the bridge won't close"><title>Why the bridge won't close | Planet</title>`,
      '<h1>Why the bridge won\u2019t close</h1>',
      "Why the bridge won't close",
    ],
    [
      'one declared title with plain quotes is not enough',
      `<title>Why the bridge won't close | Planet</title>`,
      '<h1>Why the bridge won\u2019t close</h1>',
      'Why the bridge won\u2019t close',
    ],
    [
      'a declared title with curly quotes keeps them',
      `<meta property="og:title" content="Why the bridge won't close"><meta name="twitter:title" content="Why the bridge won\u2019t close"><title>Why the bridge won't close</title>`,
      '<h1>Why the bridge won\u2019t close</h1>',
      'Why the bridge won\u2019t close',
    ],
    [
      "an all-capitals h1 takes each word's case from a declared title holding its words",
      '<meta property="og:title" content="Plan for the Bridge Closure">',
      '<h1>BRIDGE CLOSURE PLAN</h1>',
      'Bridge Closure Plan',
    ],
    [
      'an all-capitals h1 worded apart from the declared title yields to it',
      '<meta property="og:title" content="Bridge Closure Plan: What Drivers Need">',
      '<h1>BRIDGE CLOSURE PLAN: WHAT DRIVERS NEED TO KNOW</h1>',
      'Bridge Closure Plan: What Drivers Need',
    ],
    [
      'an all-capitals h1 stays when a declared title is in capitals too',
      '<meta property="og:title" content="BRIDGE CLOSURE PLAN"><title>Bridge closure plan | Planet</title>',
      '<h1>BRIDGE CLOSURE PLAN</h1>',
      'BRIDGE CLOSURE PLAN',
    ],
  ])('%s', (_name, head, h1, expected) => {
    expect(extractArticle(page(head, h1)).meta.title).toBe(expected);
  });
});

describe('repeated headline', () => {
  it('an h1 with a label the title leaves out is still the repeated headline, not body text', () => {
    const html = `<html><head><meta property="og:title" content="Bridge closes for eight months"></head><body><article><h1>Blog: Bridge closes for eight months</h1>${storyHtml()}</article></body></html>`;
    const a = extractArticle(html);
    expect(a.meta.title).toBe('Bridge closes for eight months');
    expect(body(html)).not.toContain('Blog:');
  });
});

describe('page-builder widgets', () => {
  it('keeps text widgets of page builders and drops sidebar widgets and post lists', () => {
    const html = `<html><body><div class="elementor elementor-location-single">
      <div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${storyHtml()}</div></div>
      <div class="elementor-element elementor-widget elementor-widget-posts"><div class="elementor-widget-container">
        <article><h3><a href="/a">Another story about the old harbour and its cranes</a></h3><p>A teaser paragraph for a different story that should not be in this one.</p></article></div></div>
      </div><div class="widget widget_recent_entries"><p>Recent entries: a sidebar paragraph that lists other articles of the blog.</p></div></body></html>`;
    const text = body(html);
    for (const p of STORY) expect(text).toContain(p);
    expect(text).not.toMatch(/teaser paragraph|sidebar paragraph/);
  });
});

describe('clutter skipping', () => {
  const linked = (p: string): string => {
    const cut = Math.floor(p.length / 2.5);
    return `<p><a href="/x">${p.slice(0, cut)}</a>${p.slice(cut)}</p>`;
  };

  it('drops a link list inside the article', () => {
    const html = `<html><body><article><h1>Bridge closes</h1>${storyHtml()}
      <div><a href="/1">Harbour cranes to go</a> <a href="/2">Ferry timetable changes</a> <a href="/3">New tram line</a></div></article></body></html>`;
    expect(body(html)).not.toContain('Harbour cranes');
  });

  it('keeps the article when skipping clutter would leave almost nothing', () => {
    const html = `<html><body><article><h1>Bridge closes</h1><div class="media-wrap">${[...STORY, ...STORY.map((p) => p.replace('The', 'Again, the'))].map(linked).join('')}</div></article></body></html>`;
    const text = body(html);
    for (const p of STORY) expect(text).toContain(p);
  });
});

describe('repairMojibake', () => {
  it.each([
    ['Investorâ\u0080\u0099s Guide', 'Investor’s Guide'],
    ['CafÃ© culture', 'Café culture'],
    ['Café culture', 'Café culture'],
    ['Âge Ã  part', 'Âge Ã  part'],
    ['plain text', 'plain text'],
  ])('%s → %s', (input, expected) => {
    expect(repairMojibake(input)).toBe(expected);
  });
});
