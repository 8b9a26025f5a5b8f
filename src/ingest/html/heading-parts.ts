/**
 * The headline inside a heading element, without the secondary lines news
 * templates set into the same `<h1>`: a kicker (overline, roofline, German
 * `Dachzeile`) above the headline, a visually hidden separator between them
 * (`Kicker<span class="visually-hidden">:</span>Headline`, so screen readers
 * read "Kicker: Headline"), or a `<small>` line. The markup says which part is
 * which (class names, separator-only elements); the text alone cannot. No
 * library reads this: Readability and trafilatura take the heading's whole text.
 */

/** Block elements whose boundaries separate words in a heading (`Title<br>Subtitle`, `<div>` lines). */
const HEADING_BREAK_TAGS = new Set(['BR', 'DIV', 'P', 'LI', 'TR', 'TD']);
/**
 * Class or id words naming a kicker line set above the headline, in the
 * languages of the pages we read: English `kicker`, `overline`, `eyebrow`,
 * `supertitle`, `pretitle`, `topline`, `toptitle`, `roofline`; German
 * `dachzeile`, `spitzmarke`; French `surtitre`; Spanish `antetitulo`, `volanta`; and `label`, the
 * topic or thread-prefix tag set before a headline (`<span class="label">Patch notes</span> Title`).
 */
const KICKER_WORDS = new Set([
  'kicker',
  'overline',
  'eyebrow',
  'supertitle',
  'pretitle',
  'overtitle',
  'topline',
  'toptitle',
  'roofline',
  'dachzeile',
  'spitzmarke',
  'surtitre',
  'antetitulo',
  'volanta',
  'label',
]);
/** Class or id words naming the headline proper inside a heading that also holds other lines. */
const HEADLINE_WORDS = new Set(['headline', 'title']);
/** Class or id words marking an element as a date or byline line, whatever else its name says (`date-info-title`). */
const STAMP_WORDS = new Set(['date', 'time', 'meta', 'byline', 'author', 'posted']);
/** Text that is only a separator (a hidden `:` or dash between kicker and headline). */
const SEPARATOR_ONLY_RE = /^\s*[:|\u2013\u2014\-·•/]\s*$/;
/** Separators and spaces left at the edges once a kicker is taken out. */
const EDGE_SEPARATORS_RE = /^[\s:|\u2013\u2014\-·•/]+|[\s:|\u2013\u2014\-·•/]+$/g;

/** A heading's text with a space where a line break or block boundary separates its words. */
export function headingText(el: Element, skip?: ReadonlySet<Element>): string {
  let out = '';
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      // A left-out element still separates the words around it.
      else if (child.nodeType === 1 && skip?.has(child as Element)) out += ' ';
      else if (child.nodeType === 1) {
        const br = HEADING_BREAK_TAGS.has((child as Element).tagName);
        if (br) out += ' ';
        walk(child);
        if (br) out += ' ';
      }
    }
  };
  walk(el);
  return out;
}

function words(el: Element): string[] {
  return `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.toLowerCase().split(/[^a-z0-9]+/);
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * The headline of a heading element: its text without kicker lines (named by
 * class or id, or set in `<small>`), then, when one inner element is named the
 * headline (`headline`, `title`) beside other text, that element's text, and
 * when a separator-only element splits the rest, the part after it (when not
 * shorter than the part before: a hidden `:` after a kicker, not a site name
 * after a bar). Falls back to the whole text when a step would leave nothing.
 */
export function headlineText(h: Element): string {
  const all = Array.from(h.querySelectorAll('*'));
  const whole = headingText(h);
  const skip = new Set(all.filter((e) => e.tagName === 'SMALL' || words(e).some((w) => KICKER_WORDS.has(w))));
  let text = skip.size ? headingText(h, skip).replace(EDGE_SEPARATORS_RE, '') : whole;
  if (!/[\p{L}\p{N}]/u.test(text)) text = whole;
  const kept = (e: Element): boolean => ![...skip].some((k) => k === e || k.contains(e));
  const named = all.filter(
    (e) =>
      kept(e) &&
      words(e).some((w) => HEADLINE_WORDS.has(w)) &&
      !words(e).some((w) => STAMP_WORDS.has(w)) &&
      /[\p{L}\p{N}]/u.test(e.textContent ?? '') &&
      !SEPARATOR_ONLY_RE.test(e.textContent ?? ''),
  );
  const outer = named.filter((e) => !named.some((o) => o !== e && o.contains(e)));
  if (outer.length === 1) {
    // The named part must carry most of the words: a first line alone (`Topic:` + a second line) is not the headline.
    const inner = headingText(outer[0]!).trim();
    const rest = wordCount(text) - wordCount(inner);
    if (inner && inner.length < text.trim().length && wordCount(inner) >= rest) return inner;
  }
  // Only element children before the separator (a text node there is part of the headline).
  const nodes = Array.from(h.childNodes).filter((n) => n.nodeType !== 1 || kept(n as Element));
  const sep = nodes.findIndex((n) => n.nodeType === 1 && SEPARATOR_ONLY_RE.test(n.textContent ?? ''));
  if (sep > 0 && nodes.slice(0, sep).every((n) => n.nodeType === 1 || !n.nodeValue?.trim())) {
    const before = nodes
      .slice(0, sep)
      .map((n) => n.textContent ?? '')
      .join(' ');
    const after = headingText(h, new Set([...skip, ...(nodes.slice(0, sep + 1) as Element[])])).trim();
    if (after && wordCount(after) >= wordCount(before)) return after;
  }
  return text;
}

/** Paths of a site's home page. */
const HOME_PATH_RE = /^\/?(?:index\.(?:html?|php))?$/i;
/** A Wayback Machine address wraps the archived one: `/web/20140226054445/http://site/`. */
const WAYBACK_RE = /^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\//i;

/**
 * True when the heading is a link to the site's home page and nothing else:
 * blog themes set the site's name as `<h1><a href="/">Blog name</a></h1>` on
 * every page (the masthead), not the article's headline.
 */
export function isHomeLink(h: Element): boolean {
  const links = h.querySelectorAll('a[href]');
  if (links.length !== 1) return false;
  const a = links[0]!;
  const text = (x: string | null | undefined): string => (x ?? '').replace(/\s+/g, '');
  if (!text(a.textContent) || text(a.textContent) !== text(h.textContent)) return false;
  const href = (a.getAttribute('href') ?? '').trim().replace(WAYBACK_RE, '');
  if (href === '' || href === '#') return false;
  try {
    const url = new URL(href, 'http://relative.invalid/page/');
    return !url.search && HOME_PATH_RE.test(url.pathname) && (!url.hash || url.hash === '#');
  } catch {
    return false;
  }
}
