/**
 * Article DOM → text + blocks. Each block-level element (paragraph, heading,
 * list item, table row, caption, quote) becomes one line of the text; inline
 * elements join their text as a browser would render it (white space collapsed).
 * Offsets are computed while the text is assembled, so every block's
 * `text.slice(start, end)` is exactly its text.
 */
import type { BlockKind } from '../../model/document.js';

export interface BlockDraft {
  readonly kind: BlockKind;
  readonly start: number;
  readonly end: number;
  /** Boilerplate and byline blocks: which rule recognised them. */
  readonly reason?: string;
}

export interface BuiltText {
  readonly text: string;
  readonly blocks: readonly BlockDraft[];
}

/** Elements whose content is never article text. */
const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'select',
  'input', 'textarea', 'button', 'video', 'audio', 'map', 'head', 'math',
]); // biome-ignore format: tag list
/** Elements that start and end a line; their kind when they hold text directly. */
const BLOCK_KIND: Readonly<Record<string, BlockKind>> = {
  p: 'paragraph', div: 'paragraph', section: 'paragraph', article: 'paragraph', main: 'paragraph',
  li: 'paragraph', dd: 'paragraph', dt: 'paragraph', blockquote: 'paragraph', pre: 'paragraph',
  tr: 'paragraph', ul: 'paragraph', ol: 'paragraph', dl: 'paragraph', table: 'paragraph', tbody: 'paragraph',
  thead: 'paragraph', tfoot: 'paragraph', figure: 'paragraph', header: 'paragraph', footer: 'paragraph',
  aside: 'paragraph', address: 'paragraph', center: 'paragraph', form: 'paragraph', fieldset: 'paragraph',
  details: 'paragraph', summary: 'paragraph', hr: 'paragraph', nav: 'paragraph',
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  figcaption: 'caption', caption: 'caption',
}; // biome-ignore format: tag table
/** Table cells: inline within their row, separated by a space. */
const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);
const CAPTION_CLASS_RE =
  /(?:^|[\s_-])(?:caption|credit|wp-caption-text|image-caption|photo-credit)(?:$|[\s_-])/i;

/** A line at most this long made (almost) only of link text is navigation, not content. */
const LINK_LINE_MAX_CHARS = 60;
/** Share of a line's non-space characters inside links for it to count as link-only. */
const LINK_LINE_MIN_SHARE = 0.9;

/**
 * White space a line collapses to one space: runs of two or more, or one character other than a space
 * (`/[\s\u00a0]+/g` to `' '` gives the same line). A single space is left alone rather than replaced by
 * itself: a page of 8 MB of prose then makes a few replacements instead of one per word.
 */
const COLLAPSIBLE_SPACE_RE = /[\s\u00a0]{2,}|[^\S ]/g;

const NODE_ELEMENT = 1;
const NODE_TEXT = 3;

class Builder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly blocks: BlockDraft[] = [];
  private buffer = '';
  private linkChars = 0;
  /** Depth of open links (`<a>`): text inside counts as link text. */
  links = 0;

  /** Appends collapsed inline text to the open line. */
  inline(s: string): void {
    this.buffer += s;
    if (this.links > 0) this.linkChars += s.trim().length;
  }

  /**
   * Closes the open line as a block of `kind` (nothing when it is blank). A
   * short line that is all link text ("Read more", "Check price at …") is
   * navigation, kept as boilerplate.
   */
  flush(kind: BlockKind): void {
    const line = this.buffer.replace(COLLAPSIBLE_SPACE_RE, ' ').trim();
    // Counted only for a line with link text: without, a line with text is never link-only, and a
    // paragraph of 8 MB (a page nested past the depth cap) is not copied once more to be counted.
    const linkOnly = this.linkChars > 0 && this.linkChars >= nonSpaceChars(line) * LINK_LINE_MIN_SHARE;
    this.buffer = '';
    this.linkChars = 0;
    if (!line) return;
    const navigation = linkOnly && kind !== 'heading' && line.length <= LINK_LINE_MAX_CHARS;
    this.push(line, navigation ? 'boilerplate' : kind, navigation ? 'link-only line' : undefined);
  }

  push(line: string, kind: BlockKind, reason?: string): void {
    if (this.length > 0) {
      this.parts.push('\n');
      this.length += 1;
    }
    this.blocks.push({
      kind,
      start: this.length,
      end: this.length + line.length,
      ...(reason ? { reason } : {}),
    });
    this.parts.push(line);
    this.length += line.length;
  }

  text(): string {
    return this.parts.join('');
  }
}

/** The characters of a line with its spaces collapsed (`line.replace(/\s+/g, '').length`, without the copy). */
function nonSpaceChars(line: string): number {
  let spaces = 0;
  for (let i = line.indexOf(' '); i >= 0; i = line.indexOf(' ', i + 1)) spaces++;
  return line.length - spaces;
}

/** Elements the caller wants left out (link lists and furniture found by scoring). */
export type SkipElement = (el: Element) => boolean;

/** Builds the article text: the headline (when given) first, then the content elements' blocks. */
export function buildText(
  roots: Element | readonly Element[],
  headline?: string,
  skip?: SkipElement,
): BuiltText {
  const b = new Builder();
  if (headline) b.push(headline.replace(/\s+/g, ' ').trim(), 'headline');
  for (const root of Array.isArray(roots) ? roots : [roots]) {
    const tag = root.localName;
    const kind =
      BLOCK_KIND[tag] === 'heading' || BLOCK_KIND[tag] === 'caption' ? BLOCK_KIND[tag]! : 'paragraph';
    b.flush('paragraph');
    walk(root, kind, b, skip);
    b.flush(kind);
  }
  return { text: b.text(), blocks: b.blocks };
}

/** What closing an element does once its children are walked. */
type Exit = 'none' | 'cell' | 'link' | 'block';

interface Frame {
  next: ChildNode | null;
  readonly kind: BlockKind;
  readonly exit: Exit;
}

/** Depth-first walk with an explicit stack (a recursive one overflows on deeply nested pages). */
function walk(node: Node, kind: BlockKind, b: Builder, skip?: SkipElement): void {
  const stack: Frame[] = [{ next: node.firstChild, kind, exit: 'none' }];
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    const child = f.next;
    if (!child) {
      stack.pop();
      if (f.exit === 'cell') b.inline(' ');
      else if (f.exit === 'link') b.links--;
      else if (f.exit === 'block') b.flush(f.kind);
      continue;
    }
    f.next = child.nextSibling;
    if (child.nodeType === NODE_TEXT) {
      b.inline(child.nodeValue ?? '');
      continue;
    }
    if (child.nodeType !== NODE_ELEMENT) continue;
    const el = child as Element;
    const tag = el.localName;
    if (SKIP_TAGS.has(tag) || skip?.(el)) continue;
    if (tag === 'br') {
      b.flush(f.kind);
      continue;
    }
    if (CELL_TAGS.has(tag)) {
      b.inline(' ');
      stack.push({ next: el.firstChild, kind: f.kind, exit: 'cell' });
      continue;
    }
    const blockKind = BLOCK_KIND[tag];
    if (blockKind === undefined) {
      if (tag === 'img') continue;
      if (tag === 'a') b.links++;
      stack.push({ next: el.firstChild, kind: f.kind, exit: tag === 'a' ? 'link' : 'none' });
      continue;
    }
    b.flush(f.kind);
    const inner = innerKind(el, tag, blockKind, f.kind);
    stack.push({ next: el.firstChild, kind: inner, exit: 'block' });
  }
}

function innerKind(el: Element, tag: string, blockKind: BlockKind, outer: BlockKind): BlockKind {
  if (outer === 'caption' || outer === 'heading') return outer;
  if (blockKind !== 'paragraph') return blockKind;
  if (tag !== 'p' && tag !== 'div' && tag !== 'span') return blockKind;
  const cls = el.getAttribute('class');
  return cls && CAPTION_CLASS_RE.test(cls) ? 'caption' : blockKind;
}
