/**
 * Author furniture inside the article container, recognised by structure
 * rather than by class names or phrases:
 *   - an avatar card: a short block whose only text is the name its image's
 *     `alt` gives (a staff photo above the author's name);
 *   - a bio footer: a paragraph set wholly in italics that reads
 *     "<Name> is a/the …" (contributor notes under columns).
 * Both slip past link-density rules (no links) and class rules (anonymous
 * markup). Hand-written: no library classifies these on a linkedom DOM.
 */

/** An avatar card's text is a name: at most this many characters. */
const MAX_CARD_CHARS = 60;
/** Share of a paragraph's text that must sit in `em`/`i` for it to be set in italics. */
const MIN_ITALIC_SHARE = 0.9;
/** Bio footers are short. */
const MAX_BIO_CHARS = 600;
/** "Jane Doe is a …", "Jane Doe was the …", "Jane Doe ist …": a capitalised name of 2–4 words, then a copula. */
const BIO_RE =
  /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*,?\s+(?:is|was|has been|ist|war|est|es)\s+(?:an?|the|ein|eine|un|une|una|el|la|le|der|die|co-?founder|founder|professor|senior|associate|assistant|director|editor)\b/u;

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** True for a block that is an author's avatar with their name, or an italic bio note; `chars` is its text length when known. */
export function isAuthorFurniture(el: Element, chars?: number): boolean {
  const tag = el.localName;
  if (tag === 'p') return (chars ?? 0) <= MAX_BIO_CHARS && isBioFooter(el);
  if (tag !== 'div' && tag !== 'section' && tag !== 'span') return false;
  // `chars` (the scorer's text count, when known) spares reading the text of every large block.
  if (chars !== undefined && (chars === 0 || chars > MAX_CARD_CHARS)) return false;
  const img = el.querySelector('img[alt]');
  if (!img) return false;
  const text = norm(el.textContent);
  if (!text || text.length > MAX_CARD_CHARS) return false;
  if (el.closest('figure') || el.querySelector('figcaption')) return false;
  return norm(img.getAttribute('alt')).toLowerCase() === text.toLowerCase();
}

function isBioFooter(p: Element): boolean {
  if (!p.querySelector('em, i')) return false;
  const text = norm(p.textContent);
  if (!text || text.length > MAX_BIO_CHARS || !BIO_RE.test(text)) return false;
  let italic = 0;
  for (const e of Array.from(p.querySelectorAll('em, i'))) {
    if (!e.parentElement?.closest('em, i') || e.parentElement === p) italic += norm(e.textContent).length;
  }
  return italic >= MIN_ITALIC_SHARE * text.length;
}
