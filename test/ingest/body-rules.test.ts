/** Session 7 body-text rules, each on a page written for the test. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/html/extract.js';
import { classifyFurnitureHeading, classifyFurnitureLine } from '../../src/ingest/html/furniture-lines.js';
import { articleBody } from '../helpers/article-body.js';

const STORY = [
  'The council voted on Tuesday to close the old bridge for repairs, after engineers found cracks in two of its pillars.',
  'Repairs are expected to take eight months, and a ferry will carry pedestrians across the river in the meantime, officials said.',
  'Shop owners near the bridge said they feared losing customers, but welcomed the promise of a temporary footbridge by spring.',
  'The ferry will run every twenty minutes from six in the morning, and bicycles will be carried free of charge, the operator said.',
  'Engineers said the pillars had been weakened by decades of floods, and that the repairs would add fifty years to the bridge.',
  'The last major repair, in 1987, closed the bridge for a whole year, and many residents still remember the long detours.',
];
const para = (i: number): string => `<p>${STORY[i]}</p>`;

const body = articleBody;

describe('class words that name a state, not the element', () => {
  it.each([['has-sidebar'], ['o-section--has-ads'], ['non-paywall'], ['with-sharing'], ['no-comments']])(
    'keeps a section classed %s',
    (cls) => {
      const html = `<html><body><article><h1>Bridge closes</h1><section class="${cls}">${para(0)}${para(1)}${para(2)}</section>${para(3)}${para(4)}${para(5)}</article>
        <div class="sidebar"><p>A sidebar paragraph about other stories of the week in the region.</p></div></body></html>`;
      const text = body(html);
      for (const p of STORY) expect(text).toContain(p);
      expect(text).not.toContain('sidebar paragraph');
    },
  );
});

describe('widget class names that are layout or content', () => {
  it("keeps HubSpot's grid cells (widget-span, widget-type-*) and Blogger's posts widget", () => {
    const hub = (i: number): string =>
      `<div class="row-fluid-wrapper dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module"><div class="hs_cos_wrapper widget-type-rich_text">${para(i)}</div></div></div></div>`;
    const html = `<html><body><main><h1>Bridge closes</h1>${[0, 1, 2].map(hub).join('')}</main>
      <div class="widget widget_recent_entries"><p>Recent entries: a sidebar paragraph that lists other articles of the blog.</p></div></body></html>`;
    const text = body(html);
    for (const p of STORY.slice(0, 3)) expect(text).toContain(p);
    expect(text).not.toContain('Recent entries');
    const blogger = `<html><body><div class="main"><div class="widget Blog" id="Blog1"><h1>Bridge closes</h1>${para(0)}${para(1)}${para(2)}</div></div>
      <div class="widget HTML" id="HTML1"><p>A sidebar paragraph with links to the blog roll and other friends.</p></div></body></html>`;
    const text2 = body(blogger);
    for (const p of STORY.slice(0, 3)) expect(text2).toContain(p);
    expect(text2).not.toContain('blog roll');
  });
});

describe('an article cut into repeated page-builder blocks', () => {
  it('takes every block with the best block’s markup, not only the best one', () => {
    // Each block sits in its own row/column wrappers, as WPBakery and HubSpot nest them.
    const block = (ps: number[]): string =>
      `<div class="vc_row"><div class="vc_column"><div class="vc_column-inner"><div class="wpb_wrapper"><div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">${ps.map(para).join('')}</div></div></div></div></div></div>`;
    const html = `<html><body><div class="page"><h1>Bridge closes</h1>${block([0, 1])}${block([2])}${block([3, 4, 5])}</div>
      <div class="links"><a href="/1">Home</a> <a href="/2">About</a></div></body></html>`;
    const text = body(html);
    for (const p of STORY) expect(text).toContain(p);
  });

  it('does not widen to a page whose other blocks share the class but most of its text is elsewhere', () => {
    const rich = (inner: string): string => `<div class="w-richtext">${inner}</div>`;
    const html = `<html><body><div class="page"><div class="main"><h1>Bridge closes</h1>${rich(STORY.map((s) => `<p>${s}</p>`).join(''))}</div>
      <div class="cta">${rich('<p>Book a demo with our team today.</p>')}<ul>${Array.from({ length: 12 }, (_, i) => `<li>Our pricing plan number ${i} includes many helpful features for teams of every size and kind.</li>`).join('')}</ul></div></div></body></html>`;
    const text = body(html);
    expect(text).toContain(STORY[0]);
    expect(text).not.toContain('pricing plan number');
  });
});

describe('React streaming', () => {
  it('puts streamed parts where their placeholders stand', () => {
    const html = `<html><body><main><h1>Bridge closes</h1>${para(0)}<template id="B:0"></template><p>Loading…</p>${para(3)}</main>
      <div class="links"><a href="/1">Home</a></div>
      <div hidden id="S:0">${para(1)}${para(2)}</div><script>$RC("B:0","S:0")</script></body></html>`;
    const text = body(html);
    const at = STORY.slice(0, 4).map((p) => text.indexOf(p));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((x, y) => x - y));
  });
});

describe('the standfirst in the headline’s header', () => {
  const DECK = 'Engineers found cracks in two pillars; the crossing will stay shut until the spring.';
  const article = (head: string): string =>
    `<html><body><article>${head}<div class="body">${STORY.map((s) => `<p>${s}</p>`).join('')}</div></article></body></html>`;

  it('takes an unnamed paragraph after the h1 in its <header>', () => {
    expect(body(article(`<header><h1>Bridge closes</h1><p>${DECK}</p></header>`))).toContain(DECK);
  });

  it('takes the h2 of an <hgroup> but not a loose h2 in the header', () => {
    expect(
      body(article(`<header><hgroup><h1>Bridge closes</h1><h2>${DECK}</h2></hgroup></header>`)),
    ).toContain(DECK);
    expect(body(article(`<header><h1>Bridge closes</h1><h2>${DECK}</h2></header>`))).not.toContain(DECK);
  });

  it('leaves out a lead-named note inside a closed <details>', () => {
    const html = article(
      `<h1>Bridge closes</h1><details><summary>Reviewed</summary><div class="intro">${DECK}</div></details>`,
    );
    expect(body(html)).not.toContain(DECK);
    expect(body(article(`<h1>Bridge closes</h1><div class="intro">${DECK}</div>`))).toContain(DECK);
  });
});

describe('furniture phrases that begin or end with a non-ASCII letter', () => {
  it.each([
    ['Zobacz również', 'call to action'],
    ['Czytaj też', 'call to action'],
    ['À lire aussi', 'related label'],
    ['Publié le 12 mars 2021', 'date stamp'],
  ])('%s → %s', (line, reason) => {
    expect(classifyFurnitureLine(line, line.split(/\s+/).length)?.reason).toBe(reason);
  });

  it.each([['À lire aussi'], ['Zobacz również']])('heading %s is furniture', (line) => {
    expect(classifyFurnitureHeading(line, line.split(/\s+/).length)).toBeDefined();
  });

  it('does not take a sentence that merely contains the words', () => {
    const line = 'Zobaczyliśmy również, jak most zamknięto na osiem miesięcy z powodu pęknięć w filarach.';
    expect(classifyFurnitureLine(line, line.split(/\s+/).length)).toBeUndefined();
  });
});

describe('related-content labels with a topic or column', () => {
  it.each([
    ['Weitere Beiträge zum Thema'],
    ['Weitere Beiträge aus der Kolumne:'],
    ['Verwandte Themenbereiche'],
    ['Mehr Themen:'],
  ])('%s', (line) => {
    expect(classifyFurnitureHeading(line, line.split(/\s+/).length)?.reason).toBe('related label');
  });
});

describe('lists of links inside the article', () => {
  const article = (list: string): string =>
    `<html><body><article><h1>Bridge closes</h1>${para(0)}${para(1)}${list}${para(2)}${para(3)}</article></body></html>`;

  it('keeps a list whose items say something besides their link', () => {
    // Link text is about three quarters of each item: above the 0.5 of other containers, below 0.9.
    const items = [
      'Repair plans of the city engineering office',
      'Timetable of the temporary ferry service',
      'Minutes of the council meeting on Tuesday',
    ]
      .map((t) => `<li><a href="/x">${t}</a>, published in May</li>`)
      .join('');
    expect(body(article(`<ul>${items}</ul>`))).toContain(
      'Repair plans of the city engineering office, published in May',
    );
  });

  it('still leaves out a list made only of links', () => {
    const items = [
      'Harbour cranes to go for good',
      'Ferry timetable changes',
      'New tram line opens next year',
    ]
      .map((t) => `<li><a href="/x">${t}</a></li>`)
      .join('');
    expect(body(article(`<ul>${items}</ul>`))).not.toContain('Harbour cranes');
  });
});

describe('class and id words that do not name furniture', () => {
  it('keeps code comments marked by a syntax highlighter', () => {
    const html = `<html><body><article><h1>Bridge closes</h1>${para(0)}${para(1)}${para(2)}
      <pre><code><span class="hljs-comment"># count the cracks in each pillar before the repair starts</span>
cracks = survey(pillars)</code></pre>${para(3)}</article></body></html>`;
    expect(body(html)).toContain('count the cracks in each pillar');
  });

  it('ignores a heading id made from the heading’s text, but not a furniture id of its own', () => {
    const html = `<html><body><article><h1>Bridge closes</h1>${para(0)}${para(1)}
      <h2 id="h-why-the-social-cost-matters">Why the social cost matters</h2>${para(2)}${para(3)}
      <h3 id="comments-title">12 Antworten</h3></article></body></html>`;
    const text = body(html);
    expect(text).toContain('Why the social cost matters');
    expect(text).not.toContain('12 Antworten');
  });

  it('reads `sidebar-enabled--false` as a state and keeps SiteOrigin panels', () => {
    // The rest of the article stands outside, so the page reads well even when the marked block is dropped.
    const rest = [2, 3, 4, 5].map(para).join('');
    const state = `<html><body><main><h1>Bridge closes</h1><div class="blog-article__main sidebar-enabled--false">${para(0)}${para(1)}</div>${rest}</main></body></html>`;
    expect(body(state)).toContain(STORY[0]);
    const panels = `<html><body><main><h1>Bridge closes</h1><div class="so-panel widget widget_text"><div class="textwidget">${para(0)}${para(1)}</div></div>${rest}</main></body></html>`;
    expect(body(panels)).toContain(STORY[0]);
  });
});

describe('forms', () => {
  it('drops a short form with fields inside the article but keeps a page-wide form', () => {
    const signup = `<form action="/subscribe"><label>First Name*</label><input type="text" name="first"><label>Work email address*</label><input type="email" name="email"><p>This field is for validation purposes and should be left unchanged.</p><input type="submit" value="Send"></form>`;
    const html = `<html><body><article><h1>Bridge closes</h1>${para(0)}${para(1)}${signup}${para(2)}${para(3)}</article></body></html>`;
    const text = body(html);
    expect(text).toContain(STORY[3]);
    expect(text).not.toMatch(/First Name|validation purposes/);
    // ASP.NET wraps the whole page in one form, with a search field somewhere in it.
    const page = `<html><body><form id="aspnetForm" action="/page.aspx"><input type="text" name="q"><article><h1>Bridge closes</h1>${[...STORY, ...STORY, ...STORY].map((s) => `<p>${s}</p>`).join('')}</article></form></body></html>`;
    expect(body(page)).toContain(STORY[0]);
  });
});

describe('bylines in other languages', () => {
  const kindOf = (line: string): string => {
    const html = `<html><body><article><h1>Bridge closes</h1><p>${line}</p>${STORY.map((s) => `<p>${s}</p>`).join('')}</article></body></html>`;
    const a = extractArticle(html);
    return a.blocks.find((b) => a.text.slice(b.start, b.end) === line)?.kind ?? 'missing';
  };

  it.each([
    ['von Jana Beispiel-Muster am 14. Mai 2014, 15:40 Uhr'],
    ['Von Max Muster, Berlin'],
    ['Par Jeanne Exemple'],
    ['Por Ana Ejemplo y Luis Modelo'],
  ])('%s is a byline', (line) => {
    expect(kindOf(line)).toBe('byline');
  });

  it.each([['Von der Planung bis zum Bau vergingen zwei Jahre.'], ['Von Barzahler-Rabatten profitieren']])(
    '%s is text',
    (line) => {
      expect(kindOf(line)).toBe('paragraph');
    },
  );
});

describe('image credits', () => {
  it.each([
    ['(Credit: Jane Doe / City Archive)'],
    ['Photograph by Jane Doe, Friends of the River Society International'],
  ])('%s is a media credit', (line) => {
    expect(classifyFurnitureLine(line, line.split(/\s+/).length)?.reason).toBe('media credit');
  });

  it('does not take a sentence about photographs', () => {
    const line = 'Photographs by local residents show the cracks widening over the winter.';
    expect(classifyFurnitureLine(line, line.split(/\s+/).length)).toBeUndefined();
  });
});
