/**
 * Main content: which element of the page is the article. The sequence:
 *   1. prune furniture (prune.ts), then @mozilla/readability on the pruned DOM;
 *   2. when Readability finds nothing or too little (MIN_CONTENT_CHARS), the
 *      page is parsed again unpruned and the best of Readability's answer and a
 *      semantic container (`[itemprop=articleBody]`, `article`, `main`, …) wins
 *      by text length: pruning by class names sometimes removes the article itself.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isAuthorFurniture } from './author-box.js';
import { findLead } from './lead.js';
import { pruneFurniture } from './prune.js';
import { isClutter, scoreContent } from './score.js';
import { placeStreamedParts } from './streaming.js';

/** The fast scorer's answer is taken when it holds this much text; shorter answers go to Readability. */
const MIN_SCORED_CHARS = 400;

/** Below this many characters of text the first answer is treated as a failure (Readability's own default is 500). */
const MIN_CONTENT_CHARS = 250;
/** Semantic containers tried by the fallback, best first. */
const CONTAINER_SELECTORS = [
  '[itemprop="articleBody"]',
  '.entry-content',
  '.post-content',
  '.article-body',
  '.article-content',
  '.story-body',
  'article',
  '[role="main"]',
  'main',
  '#content',
  '.content',
];

/** A tag that makes markup a document rather than a fragment. */
const DOCUMENT_TAG_RE = /<(?:html|head|body)[\s>]/i;

export interface Content {
  readonly root: Element | readonly Element[];
  /** Elements inside the content to leave out. */
  readonly skip?: (el: Element) => boolean;
  /** Byline Readability found (it removes the byline element from the content). */
  readonly byline?: string;
  readonly via: 'scored' | 'readability' | 'container' | 'body';
}

export function parseDocument(html: string): Document {
  let doc = parseHTML(html).document as unknown as Document;
  // linkedom builds no document element for text without markup, and makes the first tag of a fragment
  // (text with a few inline tags) the document element; a browser wraps both in html and body, and so is
  // it here. Pages with any of html, head or body are left as linkedom reads them.
  if (!doc.documentElement || (doc.documentElement.localName !== 'html' && !DOCUMENT_TAG_RE.test(html)))
    doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  adoptStrays(doc);
  placeStreamedParts(doc);
  return doc;
}

/**
 * linkedom keeps elements written after `</body>` (or before `<body>`) as
 * siblings of the body; a browser's parser moves them into the body (HTML
 * "after body" insertion mode), and pages with a stray `</body>` mid-page
 * have their article there. They are moved into the body, in order.
 */
function adoptStrays(doc: Document): void {
  const html = doc.documentElement;
  const body = doc.body;
  if (!html || !body) return;
  const anchor = body.firstChild;
  let before = true;
  for (const child of Array.from(html.children)) {
    if (child === body) {
      before = false;
      continue;
    }
    if (child.localName === 'head') continue;
    // A second <body> (a page that opens one after stray content) gives its children, not itself.
    const moved = child.localName === 'body' ? Array.from(child.childNodes) : [child];
    for (const node of moved) {
      if (before) body.insertBefore(node, anchor);
      else body.appendChild(node);
    }
    if (child.localName === 'body') child.remove();
  }
}

export interface FindContentOptions {
  /** Run Readability when the scorer's answer is too short (off for pathologically nested pages). */
  readonly readability?: boolean;
}

export function findContent(
  doc: Document,
  reparse: () => Document,
  options: FindContentOptions = {},
): Content | undefined {
  pruneFurniture(doc);
  const body = doc.body;
  const scored = body ? scoreContent(body) : undefined;
  if (scored) {
    const { stats } = scored;
    const length = scored.roots.reduce((n, r) => n + (stats.get(r)?.text ?? 0), 0);
    if (length >= MIN_SCORED_CHARS)
      return {
        root: [...findLead(body, scored.roots, stats), ...scored.roots],
        skip: (el) => isClutter(el, stats) || isAuthorFurniture(el, stats.get(el)?.text),
        via: 'scored',
      };
  }
  const readability = options.readability ?? true;
  const first = readability ? runReadability(doc) : undefined;
  if (first && textLength(first.root) >= MIN_CONTENT_CHARS) return first;
  const second = readability ? runReadability(reparse()) : undefined;
  const fresh = reparse();
  pruneFurniture(fresh);
  const container = bestContainer(fresh);
  const candidates = [first, second, container].filter((c): c is Content => !!c);
  candidates.sort((a, b) => textLength(b.root) - textLength(a.root));
  return candidates[0];
}

function runReadability(doc: Document): Content | undefined {
  try {
    const reader = new Readability<Element>(doc, {
      serializer: (node) => node as Element,
      charThreshold: 300,
    });
    const article = reader.parse();
    if (!article?.content) return undefined;
    return {
      root: article.content,
      via: 'readability',
      ...(article.byline ? { byline: article.byline } : {}),
    };
  } catch {
    return undefined;
  }
}

function bestContainer(doc: Document): Content | undefined {
  for (const sel of CONTAINER_SELECTORS) {
    const els = Array.from(doc.querySelectorAll(sel));
    let best: Element | undefined;
    for (const el of els) if (!best || textLength(el) > textLength(best)) best = el;
    if (best && textLength(best) >= MIN_CONTENT_CHARS) return { root: best, via: 'container' };
  }
  return doc.body ? { root: doc.body, via: 'body' } : undefined;
}

function textLength(el: Element | readonly Element[]): number {
  if (Array.isArray(el)) return el.reduce((n: number, e: Element) => n + textLength(e), 0);
  return ((el as Element).textContent ?? '').replace(/\s+/g, ' ').trim().length;
}
