/**
 * Removes page furniture before content scoring: navigation, hidden elements,
 * share bars, related-story lists, newsletter and comment blocks, cookie
 * banners. Readability scores these down but often keeps them when they sit
 * inside the article container (trafilatura removes them by XPath for the same reason).
 */

/** Elements that are never article content. */
const DROP_SELECTOR = [
  'nav', 'aside', 'footer', 'form[role="search"]', '[aria-hidden="true"]', '[role="navigation"]',
  '[role="complementary"]', '[role="contentinfo"]', '[role="banner"]', 'dialog', 'button', 'select',
  'input', 'textarea', 'iframe', 'object', 'embed', 'link', 'meta', 'header nav',
].join(','); // biome-ignore format: selector list
/** Class/id words of furniture; matched on whole words of `class` and `id` (split at -, _, space). */
const FURNITURE_WORDS = new Set([
  'related', 'newsletter', 'comments', 'comment', 'share', 'sharing', 'social', 'sidebar', 'cookie',
  'cookies', 'subscribe', 'subscription', 'promo', 'advert', 'advertisement', 'ad', 'ads', 'breadcrumb',
  'breadcrumbs', 'popup', 'modal', 'signup', 'paywall', 'recommended', 'recirc', 'outbrain', 'taboola',
  'disqus', 'author-bio', 'tags', 'tagcloud', 'pagination', 'pager', 'sharebar', 'menu', 'navbar',
  'consent', 'gdpr', 'banner', 'toolbar', 'more-stories', 'upnext', 'trending',
]); // biome-ignore format: word list
/** With `author`, these class words name an author box (bio, photo, links), not the byline. */
const AUTHOR_BOX_WORDS = new Set([
  'bio',
  'box',
  'info',
  'about',
  'description',
  'profile',
  'card',
  'details',
]);
/** Furniture-named elements holding this much text are kept: a mislabelled article body is worse than a leaked list. */
const FURNITURE_MAX_TEXT = 3000;
const HIDDEN_STYLE_RE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/**
 * React streaming rendering (Next.js and others) sends the page's real content
 * in `<div hidden id="S:0">` and swaps it in by script; those stay.
 */
const STREAMED_ID_RE = /^S:\d+$/;

export function pruneFurniture(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  // Before inputs go: a form is known by its fields.
  for (const el of Array.from(body.querySelectorAll('form'))) if (isFieldForm(el)) el.remove();
  for (const el of Array.from(body.querySelectorAll(DROP_SELECTOR))) el.remove();
  for (const el of Array.from(body.querySelectorAll('[hidden]'))) {
    if (!STREAMED_ID_RE.test(el.getAttribute('id') ?? '')) el.remove();
  }
  for (const el of Array.from(body.querySelectorAll('[class], [id], [style]'))) {
    if (!el.parentNode) continue;
    const style = el.getAttribute('style');
    if (style && HIDDEN_STYLE_RE.test(style)) {
      el.remove();
      continue;
    }
    if (isFurniture(el) && (el.textContent?.length ?? 0) < FURNITURE_MAX_TEXT && !isCode(el)) el.remove();
  }
}

/** A form this short is a sign-up, contact or comment form; ASP.NET pages wrap the whole page, article included, in one `<form>`. */
const FORM_MAX_TEXT = 1500;

/** A short form with fields to fill in: its labels and notes ("First Name*", "Email") are not article text. */
function isFieldForm(form: Element): boolean {
  if ((form.textContent?.length ?? 0) >= FORM_MAX_TEXT) return false;
  return !!form.querySelector('input:not([type="hidden"]):not([type="submit"]), textarea, select');
}

/**
 * A class token starting with "widget" (`widget`, `widget_recent_entries`, `widget-area`) is a sidebar
 * widget; page builders name every content block `elementor-widget-text-editor`, `c-product-widget`.
 */
const WIDGET_TOKEN_RE = /(?:^|\s)widget(?:$|[\s_-])/;
/** Page-builder widgets that list other posts or hold navigation, sharing, comments or the author box. */
const BUILDER_FURNITURE_RE =
  /\belementor-widget-(?:posts|archive-posts|loop-grid|loop-carousel|nav-menu|sidebar|post-navigation|share-buttons|author-box|post-comments|post-info|search-form|login|form)\b/;

/**
 * HubSpot's drag-and-drop grid names every cell and module `widget-span`, `widget-type-cell`,
 * `widget-type-rich_text`: layout, like Elementor's `elementor-widget-*`, not sidebar widgets.
 */
const GRID_WIDGET_TOKEN_RE = /^widget-(?:span|type-[\w-]+)$/;
/** Blogger's posts widget is `<div class="widget Blog" id="Blog1">`: the one widget that holds the article. */
const POSTS_WIDGET_RE = /^blog\d*$/;
/** SiteOrigin Page Builder wraps every block of a page in `so-panel widget widget_text`. */
const BUILDER_PANEL_TOKEN = 'so-panel';
/**
 * A furniture word after one of these in the same class token names a state of the element, not
 * the element: `has-sidebar`, `no-comments`, `with-sharing`, `non-paywall`, `o-section--has-ads`
 * (the element has, or lacks, such furniture beside or inside it).
 */
const STATE_PREFIXES: ReadonlySet<string> = new Set(['has', 'no', 'non', 'with', 'without']);
/** … and so does one before these: `sidebar-enabled--false`, `comments-disabled`, `sidebar-none`. */
const STATE_SUFFIXES: ReadonlySet<string> = new Set(['enabled', 'disabled', 'false', 'true', 'none']);
/** Headings whose id is an anchor made from their own text (WordPress `h-why-use-social-shopping`): the id does not name them. */
const HEADING_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** `readmore` names a "read more" link box (short) or a collapsed expander holding the text itself (kept). */
const READMORE_MAX_TEXT = 200;

function isFurniture(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'body' || tag === 'html' || tag === 'article' || tag === 'main' || tag === 'h1') return false;
  const rawId = el.getAttribute('id') ?? '';
  const id = HEADING_TAGS.has(tag) && isTextAnchor(rawId, el) ? '' : rawId;
  const names = `${el.getAttribute('class') ?? ''} ${id}`.toLowerCase();
  if (!names.trim()) return false;
  const words: string[] = [];
  const tokens = names.split(/\s+/).filter(Boolean);
  for (const token of tokens) {
    const parts = token.split(/[_-]+/);
    for (let i = 0; i < parts.length; i++) {
      if (STATE_PREFIXES.has(parts[i - 1] ?? '') || STATE_SUFFIXES.has(parts[i + 1] ?? '')) continue;
      words.push(parts[i]!);
    }
  }
  for (const w of words) if (FURNITURE_WORDS.has(w)) return true;
  if (words.includes('readmore') && (el.textContent?.length ?? 0) < READMORE_MAX_TEXT) return true;
  if (BUILDER_FURNITURE_RE.test(names)) return true;
  if (isSidebarWidget(tokens)) return true;
  return words.includes('author') && words.some((w) => AUTHOR_BOX_WORDS.has(w));
}

/** Syntax highlighters name code spans `hljs-comment`, `token comment`: code, not a comment section. */
function isCode(el: Element): boolean {
  return el.localName === 'span' && !!el.closest('pre, code');
}

/** An id made from the element's own text (`h-why-use-social-shopping` on "Why use social shopping?"). */
function isTextAnchor(id: string, el: Element): boolean {
  if (!id) return false;
  const text = (el.textContent ?? '').toLowerCase();
  const words = id
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter((w) => w.length > 1 && !/^\d+$/.test(w));
  return words.length > 0 && words.every((w) => text.includes(w));
}

/** A `widget…` class token outside page-builder grids and Blogger's posts widget. */
function isSidebarWidget(tokens: readonly string[]): boolean {
  if (!tokens.some((t) => WIDGET_TOKEN_RE.test(t) && !GRID_WIDGET_TOKEN_RE.test(t))) return false;
  return !tokens.some((t) => POSTS_WIDGET_RE.test(t) || t === BUILDER_PANEL_TOKEN);
}
