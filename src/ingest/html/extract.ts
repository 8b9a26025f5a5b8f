/**
 * One HTML page → the article: text (headline first, then captions, headings
 * and paragraphs, one per line), blocks with offsets into that text, and the
 * page's metadata. Pure (no I/O): the caller decodes bytes (charset.ts).
 */
import type { BlockDraft, BuiltText } from './blocks.js';
import { buildText } from './blocks.js';
import { type Content, findContent, parseDocument } from './content.js';
import { readJsonLd } from './json-ld.js';
import { classifyLines } from './lines.js';
import { limitMarkup } from './markup-limits.js';
import { type PageMeta, readMetadata } from './metadata.js';
import { cleanName } from './page-authors.js';
import { stripNonContent } from './prepare.js';
import { markStreamingSlots } from './streaming.js';

/** Below this share of the content's characters, the text without clutter is taken to have lost the article. */
const MIN_KEPT_SHARE = 0.2;

/** A heading that is the title plus at most this many words before or after it is the headline with a label, site or date part. */
const REPEATED_TITLE_EXTRA_WORDS = 4;

/**
 * Readability re-walks every node's ancestors and retries with fewer rules, so its time grows with the square
 * of the nesting depth (200 levels: 2 s on a 2 KB page). Real pages nest at most ~60 deep (WCXB dev and the
 * trafilatura set: 55); deeper pages are read by the own scorer and the container fallback only.
 */
const READABILITY_MAX_DEPTH = 100;
/**
 * Readability also slows down on wide pages whose scoring fails (no paragraphs of text): it retries with
 * fewer rules, re-serialising the page each time (4,000 empty paragraphs: 5 s; 16,000: 33 s). Pages that
 * reach it in WCXB dev and the trafilatura set have at most 1,780 elements (the largest page: 4,975);
 * pages with more are read by the scorer and the container fallback only.
 */
const READABILITY_MAX_ELEMENTS = 3000;

export interface ExtractOptions {
  /** The page's URL (from fetching, or a benchmark's record), for dates in paths and the site name. */
  readonly url?: string;
}

export interface ExtractedArticle {
  /** Headline + body, blocks separated by `\n`. */
  readonly text: string;
  readonly blocks: readonly BlockDraft[];
  /** Where the body starts in `text` (after the headline line); the body alone is `text.slice(bodyStart)`. */
  readonly bodyStart: number;
  readonly meta: PageMeta;
  readonly via: 'scored' | 'readability' | 'container' | 'body' | 'none';
  /** What reading the page had to give up (markup over the nesting or attribute caps). */
  readonly warnings: readonly string[];
}

export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedArticle {
  const ld = readJsonLd(html);
  const limited = limitMarkup(stripNonContent(markStreamingSlots(html)));
  const cleaned = limited.html;
  const doc = parseDocument(cleaned);
  const meta = readMetadata(doc, ld, options.url);
  const readability = limited.depth <= READABILITY_MAX_DEPTH && limited.elements <= READABILITY_MAX_ELEMENTS;
  const content = findContent(doc, () => parseDocument(cleaned), { readability });
  if (content?.byline && !meta.authors) {
    // Readability's byline, cleaned as a printed byline is (lead-ins, dates, non-names dropped).
    const name = cleanName(content.byline);
    if (name) meta.authors = [name];
  }
  const built = content ? buildContent(content, meta.title) : buildText(doc.createElement('div'), meta.title);
  const blocks = classifyLines(built.text, dropRepeatedTitle(built.blocks, built.text, meta.title));
  const headline = blocks[0]?.kind === 'headline' ? blocks[0] : undefined;
  const bodyStart = headline ? Math.min(headline.end + 1, built.text.length) : 0;
  const warnings = [...limited.warnings];
  if (!readability && content?.via !== 'scored') {
    warnings.push(
      limited.depth > READABILITY_MAX_DEPTH
        ? `markup nested ${limited.depth} elements deep: the Readability fallback was skipped (its time grows with depth), the page read by scoring only`
        : `page of ${limited.elements} elements with little scored text: the Readability fallback was skipped (its time grows with the page), the page read by scoring only`,
    );
  }
  return { text: built.text, blocks, bodyStart, meta, via: content?.via ?? 'none', warnings };
}

/**
 * The content's text without the link lists and furniture the scorer found;
 * when that leaves less than a fifth of the text (the article itself sat in
 * a link-heavy or negatively named wrapper), the whole content instead.
 */
function buildContent(content: Content, title?: string): BuiltText {
  const skipped = content.skip ? buildText(content.root, title, content.skip) : undefined;
  if (skipped && skipped.text.length >= MIN_KEPT_SHARE * contentChars(content.root)) return skipped;
  return buildText(content.root, title);
}

function contentChars(root: Element | readonly Element[]): number {
  const roots: readonly Element[] = Array.isArray(root) ? root : [root as Element];
  return roots.reduce((n, r) => n + (r.textContent?.length ?? 0), 0);
}

/** A label, site or date part set off by a separator (`Blog:`, `| Site`, `– Section`), of at most a few words. */
function isLabelPart(rest: string): boolean {
  return (
    /^[|\u2013\u2014:•·»-]|[|\u2013\u2014:•·»-]$/.test(rest) &&
    rest.split(/\s+/).length <= REPEATED_TITLE_EXTRA_WORDS
  );
}

/** The content often repeats the headline as its first heading; that copy becomes boilerplate, not a second title. */
function dropRepeatedTitle(blocks: readonly BlockDraft[], text: string, title?: string): BlockDraft[] {
  if (!title) return [...blocks];
  const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const t = norm(title);
  // The page's h1 may carry a label, site or date part the title leaves out (title.ts): still the headline.
  const repeats = (line: string): boolean =>
    line === t || ((line.startsWith(t) || line.endsWith(t)) && isLabelPart(line.replace(t, ' ').trim()));
  return blocks.map((b, i) =>
    i > 0 && i < 4 && b.kind !== 'paragraph' && repeats(norm(text.slice(b.start, b.end)))
      ? { ...b, kind: 'boilerplate' as const, reason: 'repeated headline' }
      : b,
  );
}
