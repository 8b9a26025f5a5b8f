/**
 * The article's lead (standfirst, intro, deck): news and magazine templates
 * set it in the article header next to the headline, outside the container
 * that holds the body paragraphs, so the scorer's body leaves it out. A lead
 * is recognised by where it stands (after the last h1 before the body, before
 * the body) and by what the template calls it (`lead`, `intro`, `standfirst`,
 * `excerpt`, `deck`, `chapo`, `perex`, `summary`, `subtitle`, …). Readability
 * drops it for the same reason; trafilatura keeps it by XPath on these names.
 */
import type { NodeStats } from './score.js';

/** Class or id words a template gives its lead; matched on whole words (split at space, -, _). */
const LEAD_WORDS = new Set([
  'lead',
  'leadin',
  'lede',
  'intro',
  'introtext',
  'standfirst',
  'excerpt',
  'deck',
  'dek',
  'chapo',
  'perex',
  'summary',
  'subtitle',
  'subheadline',
  'abstract',
  'strapline',
  'description',
  'documentdescription',
  // German, French, Spanish template names for the lead.
  'vorspann',
  'chapeau',
  'entradilla',
  'bajada',
  'sumario',
]);
/** `teaser` names lists of other stories as often as a lead; only with one of these words is it the lead. */
const TEASER_LEAD_PARTNERS = new Set(['text', 'intro', 'article']);
/** Words that make a named element a caption, credit or author note, not the lead (`image-description`). */
const NOT_LEAD_WORDS = new Set([
  'image',
  'img',
  'photo',
  'picture',
  'caption',
  'media',
  'video',
  'figure',
  'author',
  'meta',
  'site',
]);
/** Lists and tables named `summary` or `description` are boxes of their own (a price table's item descriptions). */
const NOT_LEAD_TAGS = new Set(['table', 'ul', 'ol', 'li', 'dl', 'tr', 'td', 'th']);
/** A lead is one or two elements; more elements named so are item descriptions of a list, not a lead. */
const MAX_LEADS = 2;
/** The lead sits near the body: inside the body's ancestor at most this many levels up. */
const LEAD_MAX_LEVELS = 4;
/** A lead is a sentence or a short paragraph or two, not a headline fragment nor a whole section. */
const LEAD_MIN_CHARS = 40;
const LEAD_MAX_CHARS = 1500;
/** A lead is prose: little of its text is link text. */
const LEAD_MAX_LINK_DENSITY = 0.3;

/** Lead elements between the headline and the body (document order) and near it, or none. */
export function findLead(
  body: Element,
  roots: readonly Element[],
  stats: ReadonlyMap<Element, NodeStats>,
): Element[] {
  const first = roots[0];
  if (!first) return [];
  let scope: Element = first;
  for (let i = 0; i < LEAD_MAX_LEVELS && scope.parentElement && scope !== body; i++)
    scope = scope.parentElement;
  let leads: Element[] = [];
  // The headline's own `<header>` or `<hgroup>`: templates set the deck there with the h1, unnamed
  // (`<header><h1/><p>…</p></header>`, `<hgroup><h1/><h2>…</h2></hgroup>`); a paragraph after the h1 in
  // its header, or the h2 of its hgroup (HTML's heading group: a subtitle), is the standfirst.
  let header: Element | null = null;
  // Only the scope's elements can qualify; an h1 before the scope precedes all of them.
  const all = scope.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (el === first) break;
    if (el.localName === 'h1') {
      // Only what follows the last h1 before the body is the article's header.
      leads = [];
      header = el.closest('header, hgroup');
      continue;
    }
    const standfirst =
      !!header?.contains(el) &&
      (el.localName === 'p' || (el.localName === 'h2' && header.localName === 'hgroup'));
    if (
      NOT_LEAD_TAGS.has(el.localName) ||
      !(standfirst || isLeadNamed(el)) ||
      el.contains(first) ||
      !scope.contains(el) ||
      el.closest('figure') ||
      // A lead is shown under the headline; a closed `<details>` (an "expert reviewed" note) is not.
      el.closest('details')
    )
      continue;
    if (leads.some((l) => l.contains(el)) || el.querySelector('h1')) continue;
    const s = stats.get(el);
    const text = s?.text ?? (el.textContent ?? '').trim().length;
    const links = s?.links ?? 0;
    if (text < LEAD_MIN_CHARS || text > LEAD_MAX_CHARS || links > text * LEAD_MAX_LINK_DENSITY) continue;
    leads.push(el);
  }
  return leads.length <= MAX_LEADS ? leads : [];
}

function isLeadNamed(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  if (!names.trim()) return false;
  const words = names.split(/[\s_-]+/);
  if (words.some((w) => NOT_LEAD_WORDS.has(w))) return false;
  if (words.some((w) => LEAD_WORDS.has(w))) return true;
  return words.includes('teaser') && words.some((w) => TEASER_LEAD_PARTNERS.has(w));
}
