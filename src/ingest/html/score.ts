/**
 * Fast main-content scoring: Readability's paragraph scoring, computed in one
 * pass over the DOM.
 *
 * Readability's algorithm is sound but its implementation re-reads the DOM many
 * times (`textContent` per candidate, `getElementsByTagName` per cleaning
 * step, a serialisation of the whole body per attempt), which on linkedom is
 * most of its run time. Here every element's text length, link-text length
 * and comma count are gathered in a single post-order walk; paragraphs (p, pre,
 * td, and divs holding only inline content) add their score to five levels of
 * ancestors as Readability does; the best candidate, scaled by
 * (1 - link density), wins, and its qualifying siblings join it. Cleaning
 * (link lists, furniture) happens in the same stats: `isClutter` tells the
 * text builder what to skip.
 */

export interface NodeStats {
  /** Characters of text (trimmed per text node). */
  text: number;
  /** Characters of text inside links. */
  links: number;
  commas: number;
  /** Readability-style content score (candidates only). */
  score: number;
  /** Paragraph-like elements directly inside (p, pre, td, inline-only div). */
  paragraphs: number;
}

export interface Scored {
  /** The content elements, in document order (the top candidate and joined siblings). */
  readonly roots: readonly Element[];
  readonly stats: ReadonlyMap<Element, NodeStats>;
  /** The top candidate's final score. */
  readonly score: number;
}

/** Paragraphs shorter than this (characters) are not scored (Readability: 25). */
const MIN_PARAGRAPH_CHARS = 25;
/** Candidates compared when looking for a shared ancestor (Readability's nbTopCandidates). */
const TOP_CANDIDATES = 5;
/** A candidate scoring at least this share of the best is an alternative. */
const ALTERNATIVE_RATIO = 0.75;
/** Alternatives that must share an ancestor for it to become the article. */
const MIN_ALTERNATIVES = 3;
/** Ancestor levels a paragraph's score reaches (Readability: 5). */
const SCORE_LEVELS = 5;
const POSITIVE_RE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/i;
const NEGATIVE_RE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
/** Elements scored as paragraphs (Readability's DEFAULT_TAGS_TO_SCORE), besides inline-only divs. */
const SCORED_TAGS: ReadonlySet<string> = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);
/** Tags whose content counts as inline (a div holding only these is a paragraph). */
const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'img', 'kbd', 'mark',
  'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'del', 'ins', 'label',
]); // biome-ignore format: tag list
const SKIP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'embed', 'canvas', 'select',
  'textarea', 'button', 'head', 'math', 'video', 'audio',
]); // biome-ignore format: tag list
const TAG_BASE: Readonly<Record<string, number>> = {
  div: 5, article: 8, section: 3, main: 5, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
}; // biome-ignore format: score table
/** Containers (never paragraphs) that the cleaner may drop when they are mostly links. */
const CLUTTER_TAGS: ReadonlySet<string> = new Set([
  'ul',
  'ol',
  'div',
  'section',
  'table',
  'dl',
  'nav',
  'aside',
  'form',
  'header',
  'footer',
  'figure',
]);
/** Link density above which a container inside the article is a link list, not prose. */
const CLUTTER_LINK_DENSITY = 0.5;
/**
 * A list inside the article is a link list only when (almost) all of it is links: items that also say
 * something of their own ("Name – what it does", "Title: a line about it") are the article's list of
 * resources, tools or sources. On WCXB such lists (link density 0.5–0.9) were article text 97 times to 26.
 */
const CLUTTER_LIST_LINK_DENSITY = 0.9;
/** Negative-class containers inside the article are dropped above this link density. */
const CLUTTER_NEGATIVE_LINK_DENSITY = 0.2;

const ELEMENT = 1;
const TEXT = 3;

function classWeight(el: Element): number {
  let w = 0;
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (cls) {
    if (NEGATIVE_RE.test(cls)) w -= 25;
    if (POSITIVE_RE.test(cls)) w += 25;
  }
  if (id) {
    if (NEGATIVE_RE.test(id)) w -= 25;
    if (POSITIVE_RE.test(id)) w += 25;
  }
  return w;
}

function commaCount(s: string): number {
  let n = 0;
  for (let i = s.indexOf(','); i >= 0; i = s.indexOf(',', i + 1)) n++;
  return n;
}

export function scoreContent(body: Element): Scored | undefined {
  const stats = new Map<Element, NodeStats>();
  const paragraphs: Element[] = [];

  // Post-order walk with an explicit stack (a recursive one overflows on deeply nested pages).
  interface Frame {
    readonly el: Element;
    readonly s: NodeStats;
    /** Inside a link (this element or an ancestor is `<a>`). */
    readonly link: boolean;
    blockChild: boolean;
    next: ChildNode | null;
  }
  const frame = (el: Element, link: boolean): Frame => ({
    el,
    s: { text: 0, links: 0, commas: 0, score: 0, paragraphs: 0 },
    link,
    blockChild: false,
    next: el.firstChild,
  });
  const stack: Frame[] = [frame(body, body.localName === 'a')];
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    const s = f.s;
    let child: Frame | undefined;
    for (let c = f.next; c; c = c.nextSibling) {
      if (c.nodeType === TEXT) {
        const v = c.nodeValue ?? '';
        const t = v.trim().length;
        if (t === 0) continue;
        s.text += t;
        s.commas += commaCount(v);
        if (f.link) s.links += t;
      } else if (c.nodeType === ELEMENT) {
        const el = c as Element;
        const tag = el.localName;
        if (SKIP_TAGS.has(tag)) continue;
        if (!INLINE_TAGS.has(tag)) f.blockChild = true;
        f.next = c.nextSibling;
        child = frame(el, f.link || tag === 'a');
        break;
      }
    }
    if (child) {
      stack.push(child);
      continue;
    }
    stack.pop();
    const tag = f.el.localName;
    const paragraphLike = SCORED_TAGS.has(tag) || (tag === 'div' && !f.blockChild);
    if (paragraphLike && s.text >= MIN_PARAGRAPH_CHARS) paragraphs.push(f.el);
    stats.set(f.el, s);
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.s.text += s.text;
      parent.s.links += s.links;
      parent.s.commas += s.commas;
    }
  }

  const candidates = new Set<Element>();
  for (const p of paragraphs) {
    const ps = stats.get(p)!;
    const score = 1 + ps.commas + Math.min(Math.floor(ps.text / 100), 3);
    let node = p.parentNode as Element | null;
    for (let level = 0; node && node.nodeType === ELEMENT && level < SCORE_LEVELS; level++) {
      const ns = stats.get(node);
      if (!ns) break;
      if (!candidates.has(node)) {
        candidates.add(node);
        ns.score = (TAG_BASE[node.localName] ?? 0) + classWeight(node);
      }
      if (level === 0) ns.paragraphs++;
      ns.score += level === 0 ? score : level === 1 ? score / 2 : score / (level * 3);
      node = node.parentNode as Element | null;
    }
  }

  const ranked: Element[] = [];
  for (const c of candidates) {
    const cs = stats.get(c)!;
    cs.score *= 1 - (cs.text ? cs.links / cs.text : 0);
    ranked.push(c);
  }
  if (ranked.length === 0) return undefined;
  ranked.sort((a, b) => stats.get(b)!.score - stats.get(a)!.score);
  let top = gatherRepeated(widen(promote(ranked, stats), stats), stats);
  const topScore = stats.get(top)!.score;

  // A lone child wrapper says nothing: its parent holds the same content plus possible siblings.
  while (top.parentNode && top.parentNode !== body && (top.parentNode as Element).children?.length === 1) {
    top = top.parentNode as Element;
  }
  return { roots: joinSiblings(top, topScore, stats), stats, score: topScore };
}

/**
 * Readability's two climbs: when several near-best candidates (≥ 75 % of the
 * best score) share an ancestor, the article is that ancestor (content split
 * into sections); else climb while a parent scores higher than the child.
 */
function promote(ranked: readonly Element[], stats: ReadonlyMap<Element, NodeStats>): Element {
  let top = ranked[0]!;
  const best = stats.get(top)!.score;
  const alternatives = ranked
    .slice(1, TOP_CANDIDATES)
    .filter((c) => best > 0 && stats.get(c)!.score / best >= ALTERNATIVE_RATIO);
  if (alternatives.length >= MIN_ALTERNATIVES) {
    for (let p = top.parentNode as Element | null; p && stats.has(p); p = p.parentNode as Element | null) {
      let sharing = 0;
      for (const a of alternatives) if (p.contains(a)) sharing++;
      if (sharing >= MIN_ALTERNATIVES) return p;
    }
  }
  let last = best;
  const floor = best / 3;
  for (let p = top.parentNode as Element | null; p && stats.has(p); p = p.parentNode as Element | null) {
    const ps = stats.get(p)!;
    if (ps.score === 0) continue;
    if (ps.score < floor) break;
    if (ps.score > last) {
      top = p;
      break;
    }
    last = ps.score;
  }
  return top;
}

/** Ancestor levels `widen` looks up. */
const WIDEN_LEVELS = 3;
/** An ancestor must hold this many times the candidate's text to be the article the candidate is part of. */
const WIDEN_TEXT_RATIO = 1.5;
/** … and at most this much more link density. */
const WIDEN_LINK_SLACK = 0.05;

/**
 * A candidate that is only part of the article (a table cell, one of several
 * sections) yields to a near ancestor that holds paragraphs of its own, much
 * more text and no more links: the article split across sibling containers.
 */
function widen(top: Element, stats: ReadonlyMap<Element, NodeStats>): Element {
  const ts = stats.get(top)!;
  const density = ts.text ? ts.links / ts.text : 0;
  let best = top;
  let p = top.parentNode as Element | null;
  for (let level = 0; p && level < WIDEN_LEVELS; level++, p = p.parentNode as Element | null) {
    const ps = stats.get(p);
    if (!ps || p.localName === 'body') break;
    if (
      ps.paragraphs >= 2 &&
      ps.text >= WIDEN_TEXT_RATIO * ts.text &&
      ps.links / ps.text <= density + WIDEN_LINK_SLACK
    )
      best = p;
  }
  return best;
}

/** Ancestor levels `gatherRepeated` looks up. */
const REPEAT_LEVELS = 6;
/** The repeated blocks must hold at least this share of the ancestor's text … */
const REPEAT_MIN_SHARE = 0.6;
/** … and this many times the candidate's own text (else nothing is gained). */
const REPEAT_MIN_GAIN = 1.3;
/** Link density the ancestor may add over the candidate's. */
const REPEAT_LINK_SLACK = 0.1;

/**
 * Page builders (WPBakery's `wpb_text_column`, HubSpot's `rich_text` modules, TYPO3's `csc-textpic-text`)
 * cut one article into many blocks of the same markup, each in its own stack of row and column wrappers:
 * the best block is a fraction of the article and its siblings are not the other parts. When an ancestor
 * a few levels up is made mostly of blocks with the candidate's tag and class, the article is that ancestor.
 */
function gatherRepeated(top: Element, stats: ReadonlyMap<Element, NodeStats>): Element {
  const cls = top.getAttribute('class');
  if (!cls?.trim()) return top;
  const ts = stats.get(top)!;
  const density = ts.text ? ts.links / ts.text : 0;
  let best = top;
  // The blocks with the candidate's markup, gathered once (one walk) and counted per ancestor below.
  let blocks: Element[] | undefined;
  let p = top.parentElement;
  for (let level = 0; p && level < REPEAT_LEVELS; level++, p = p.parentElement) {
    const ps = stats.get(p);
    if (!ps || p.localName === 'body' || !ps.text) break;
    if (ps.links / ps.text > density + REPEAT_LINK_SLACK) break;
    blocks ??= Array.from(top.ownerDocument.getElementsByTagName(top.localName)).filter(
      (el) => el.getAttribute('class') === cls,
    );
    let repeated = 0;
    let count = 0;
    let spread = false;
    let last: Element | undefined;
    for (const el of blocks) {
      if (last?.contains(el) || !p.contains(el)) continue;
      last = el;
      count++;
      repeated += stats.get(el)?.text ?? 0;
      if (el.parentNode !== top.parentNode) spread = true;
    }
    // What the ancestor adds must be mostly more of the same blocks, not the page around them.
    const added = ps.text - ts.text;
    if (repeated < REPEAT_MIN_SHARE * ps.text || repeated - ts.text < REPEAT_MIN_SHARE * added) break;
    // Blocks that are all siblings of the candidate are joined by `joinSiblings`.
    if (count >= 2 && spread && repeated >= REPEAT_MIN_GAIN * ts.text) best = p;
  }
  return best;
}

/** The top candidate plus siblings that score well or read as prose (Readability's sibling rule). */
function joinSiblings(top: Element, topScore: number, stats: ReadonlyMap<Element, NodeStats>): Element[] {
  const parent = top.parentNode as Element | null;
  if (!parent) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.getAttribute('class') ?? '';
  const out: Element[] = [];
  for (let c = parent.firstChild; c; c = c.nextSibling) {
    if (c.nodeType !== ELEMENT) continue;
    const el = c as Element;
    if (el === top) {
      out.push(el);
      continue;
    }
    const s = stats.get(el);
    if (!s || s.text === 0) continue;
    const bonus = topClass && el.getAttribute('class') === topClass ? topScore * 0.2 : 0;
    const density = s.links / s.text;
    if (s.score + bonus >= threshold && s.score !== 0) out.push(el);
    else if (
      el.localName === 'p' ||
      el.localName === 'blockquote' ||
      el.localName === 'ul' ||
      el.localName === 'ol'
    ) {
      if (s.text > 80 && density < 0.25) out.push(el);
      else if (s.text <= 80 && s.text > 0 && density === 0 && /[.!?:]\s*$/.test(el.textContent ?? ''))
        out.push(el);
    }
  }
  return out;
}

/** Headings that may label the container after them. */
const LABEL_TAGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/** A label is short. */
const MAX_LABEL_CHARS = 80;

/** A short heading whose next element is clutter is that clutter's label ("Related stories" over a closing link list), unless it ends in a colon. */
function isClutterLabel(el: Element, stats: ReadonlyMap<Element, NodeStats>): boolean {
  const s = stats.get(el);
  if (!s || s.text === 0 || s.text > MAX_LABEL_CHARS) return false;
  // "Sources:", "Top picks:" introduce what follows as part of the article.
  if (/:\s*$/.test(el.textContent ?? '')) return false;
  // Only a label over the container's trailing furniture: a heading over a product box mid-article names a section.
  let clutter = 0;
  for (let n = el.nextElementSibling; n; n = n.nextElementSibling) {
    if (!stats.get(n)?.text) continue;
    if (!CLUTTER_TAGS.has(n.localName) || !isClutter(n, stats)) return false;
    clutter++;
  }
  return clutter > 0;
}

/** True for a container inside the article that is a link list or negative-class furniture. */
export function isClutter(el: Element, stats: ReadonlyMap<Element, NodeStats>): boolean {
  if (LABEL_TAGS.has(el.localName)) return isClutterLabel(el, stats);
  if (!CLUTTER_TAGS.has(el.localName)) return false;
  const s = stats.get(el);
  if (!s || s.text === 0) return false;
  const density = s.links / s.text;
  const list = el.localName === 'ul' || el.localName === 'ol';
  if (density > (list ? CLUTTER_LIST_LINK_DENSITY : CLUTTER_LINK_DENSITY)) return true;
  return density > CLUTTER_NEGATIVE_LINK_DENSITY && classWeight(el) < 0;
}
