/**
 * A linear pre-scan of the markup before DOM parsing that bounds what the
 * parser and every tree walk after it can cost:
 *   - nesting depth: the HTML parser (htmlparser2 under linkedom) searches its
 *     open-element stack on every tag, and Readability re-walks ancestors per
 *     node, so time grows with depth × size (1,000 nested divs: 34 s, 2,000:
 *     208 s). Elements opened deeper than MAX_NESTING_DEPTH are dropped (their
 *     text is kept, in place), with their end tags;
 *   - attributes per element: the DOM's attribute list is searched on every
 *     insertion, so one element with 320,000 attributes took 40 s and 1.5 GB.
 *     Attributes after the first MAX_ATTRIBUTES of an element are dropped.
 * Each cap that fires adds a warning; the page is still read.
 *
 * The scan follows htmlparser2's tree building (void elements, end tags that
 * close to the nearest open element of their name, start tags that imply an
 * end such as `<p>` closing an open `p`), so depth here is the DOM's depth.
 * Hand-written: a tokenizer pass that only counts needs no library, and the
 * parser's own callbacks run only after the costly work has started.
 * The input is returned unchanged (the same string) when no cap fires.
 */

/** Real pages nest at most ~60 elements deep (WCXB dev: max 57); 400 leaves room and keeps the parser's per-tag stack search cheap. */
export const MAX_NESTING_DEPTH = 400;
/** Real elements carry tens of attributes; more is generated markup, and costs the parser the square of the count. */
export const MAX_ATTRIBUTES = 256;

/** Elements that never hold content (htmlparser2's list). */
const VOID_TAGS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]); // biome-ignore format: tag list
const P_CLOSERS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre',
  'section', 'table', 'ul', 'p',
]; // biome-ignore format: tag list
const FORM_TAGS = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
/** Start tags that close open elements on top of the stack first (htmlparser2's openImpliesClose). */
const IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ...P_CLOSERS.map((t) => [t, new Set(['p'])] as const),
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map(
    (t) => [t, new Set(FORM_TAGS)] as const,
  ),
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
]);
/** Foreign content, where `<x/>` closes itself. */
const FOREIGN_TAGS: ReadonlySet<string> = new Set(['svg', 'math']);

const TAG_NAME_RE = /[a-zA-Z][^\s/>]*/y;
const SPACE_RE = /[\s/]*/y;
const ATTR_NAME_RE = /[^\s/>=][^\s/>=]*/y;
const UNQUOTED_RE = /[^\s>]*/y;

export interface LimitedMarkup {
  readonly html: string;
  readonly warnings: readonly string[];
  /** Deepest nesting seen (after the cap). */
  readonly depth: number;
  /** Start tags read (elements the parser will build, near enough). */
  readonly elements: number;
}

interface Tag {
  /** Lower-case name. */
  readonly name: string;
  /** Index just past the tag's `>` (or the end of the input). */
  readonly end: number;
  /** Where to cut when attributes are dropped (after the last kept one), else undefined. */
  readonly cutAt?: number;
  readonly attributes: number;
  readonly selfClosing: boolean;
}

/** Reads a start tag's name and attributes from `<` at `at`; undefined when `<` does not open a tag. */
function readStartTag(html: string, at: number): Tag | undefined {
  TAG_NAME_RE.lastIndex = at + 1;
  const m = TAG_NAME_RE.exec(html);
  if (!m) return undefined;
  const name = m[0].toLowerCase();
  let i = TAG_NAME_RE.lastIndex;
  let attributes = 0;
  let cutAt: number | undefined;
  for (;;) {
    SPACE_RE.lastIndex = i;
    SPACE_RE.exec(html);
    i = SPACE_RE.lastIndex;
    if (i >= html.length) return { name, end: html.length, attributes, selfClosing: false, ...cut(cutAt) };
    if (html[i] === '>') {
      return { name, end: i + 1, attributes, selfClosing: html[i - 1] === '/', ...cut(cutAt) };
    }
    ATTR_NAME_RE.lastIndex = i;
    if (!ATTR_NAME_RE.exec(html)) ATTR_NAME_RE.lastIndex = i + 1;
    i = ATTR_NAME_RE.lastIndex;
    while (i < html.length && isSpace(html.charCodeAt(i))) i++;
    if (html[i] === '=') {
      i++;
      while (i < html.length && isSpace(html.charCodeAt(i))) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        i = close < 0 ? html.length : close + 1;
      } else {
        UNQUOTED_RE.lastIndex = i;
        UNQUOTED_RE.exec(html);
        i = UNQUOTED_RE.lastIndex;
      }
    }
    attributes++;
    if (attributes === MAX_ATTRIBUTES) cutAt = i;
  }
}

/** HTML white space (tab, newline, form feed, carriage return, space). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

function cut(cutAt: number | undefined): { cutAt?: number } {
  return cutAt === undefined ? {} : { cutAt };
}

/** Bounds nesting depth and attributes per element; see the module comment. */
export function limitMarkup(html: string): LimitedMarkup {
  const stack: string[] = [];
  /** How many elements of each name are open (so an end tag with none open costs nothing). */
  const open = new Map<string, number>();
  /** Start tags dropped per name, so their end tags are dropped too. */
  const droppedOpen = new Map<string, number>();
  const parts: string[] = [];
  let copied = 0;
  let droppedTags = 0;
  let trimmedElements = 0;
  let maxDepth = 0;
  let elements = 0;
  let foreign = 0;

  const pop = (): void => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
    if (FOREIGN_TAGS.has(name)) foreign--;
  };
  const drop = (from: number, to: number, replacement = ''): void => {
    parts.push(html.slice(copied, from), replacement);
    copied = to;
  };

  // Past the last `>` no tag can end: searching for one from every later `<` would be quadratic.
  const lastGt = html.lastIndexOf('>');
  for (let i = html.indexOf('<'); i >= 0 && i < html.length; i = html.indexOf('<', i)) {
    const next = html[i + 1];
    if (next === '!' || next === '?') {
      const end = i < lastGt ? html.indexOf('>', i + 1) : -1;
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    if (next === '/') {
      TAG_NAME_RE.lastIndex = i + 2;
      const m = TAG_NAME_RE.exec(html);
      const close = i + 2 <= lastGt ? html.indexOf('>', i + 2) : -1;
      const end = close < 0 ? html.length : close + 1;
      if (!m) {
        i = end;
        continue;
      }
      const name = m[0].toLowerCase();
      if ((open.get(name) ?? 0) > 0) {
        while (stack.length > 0 && stack[stack.length - 1] !== name) pop();
        pop();
      } else if ((droppedOpen.get(name) ?? 0) > 0) {
        droppedOpen.set(name, droppedOpen.get(name)! - 1);
        drop(i, end);
      }
      i = end;
      continue;
    }
    const tag = readStartTag(html, i);
    if (!tag) {
      i++;
      continue;
    }
    elements++;
    const closes = IMPLIES_CLOSE.get(tag.name);
    if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1]!)) pop();
    const selfClosed = tag.selfClosing && foreign > 0;
    if (!VOID_TAGS.has(tag.name) && !selfClosed) {
      if (stack.length >= MAX_NESTING_DEPTH) {
        droppedTags++;
        droppedOpen.set(tag.name, (droppedOpen.get(tag.name) ?? 0) + 1);
        drop(i, tag.end);
        i = tag.end;
        continue;
      }
      stack.push(tag.name);
      open.set(tag.name, (open.get(tag.name) ?? 0) + 1);
      if (FOREIGN_TAGS.has(tag.name)) foreign++;
      if (stack.length > maxDepth) maxDepth = stack.length;
    }
    if (tag.cutAt !== undefined && tag.attributes > MAX_ATTRIBUTES) {
      trimmedElements++;
      drop(tag.cutAt, tag.end, tag.end <= html.length && html[tag.end - 1] === '>' ? '>' : '');
    }
    i = tag.end;
  }
  if (copied === 0) return { html, warnings: [], depth: maxDepth, elements };
  parts.push(html.slice(copied));
  const warnings: string[] = [];
  if (droppedTags > 0) {
    warnings.push(
      `markup nested deeper than ${MAX_NESTING_DEPTH} elements: ${droppedTags} deeper tags dropped (their text kept)`,
    );
  }
  if (trimmedElements > 0) {
    warnings.push(
      `${trimmedElements} element${trimmedElements === 1 ? '' : 's'} with more than ${MAX_ATTRIBUTES} attributes: the rest dropped`,
    );
  }
  return { html: parts.join(''), warnings, depth: maxDepth, elements };
}
