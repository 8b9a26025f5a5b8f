/**
 * The article's authors (its byline), sources best first: JSON-LD `author`,
 * author metas, then the byline the page prints (`rel=author`,
 * `itemprop=author`, byline and author classes). A JSON-LD or meta author
 * that is the publishing organisation (schema.org `Organization`, or the
 * site's own name) gives way to a person named in the printed byline.
 * Names are cleaned of what bylines wrap them in: "By", "Von", "Posted by",
 * "View all posts by", a trailing date or clock time, separators and quotes.
 * Hand-written: byline conventions are markup and wording, no library reads them.
 */
import { parseHTML } from 'linkedom';
import { datesInText } from './dates.js';
import type { LdArticle } from './json-ld.js';
import { clean } from './meta-text.js';

const AUTHOR_METAS = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'byl',
  'og:article:author',
  'cxenseparse:author',
  'shareaholic:article_author_name',
];
/** Printed byline elements, best first. */
const BYLINE_SELECTORS = [
  '[rel="author"]',
  '[itemprop="author"]',
  '.byline',
  '.author-name',
  '.author',
  '[class*="byline"]',
  '[class*="author-name"]',
  '[class*="author"]',
];
/** Byline elements looked at per selector (comment authors and author boxes come later on the page). */
const MAX_BYLINE_ELEMENTS = 6;
/** A byline's name part is short; longer text is an author box or a bio. */
const MAX_NAME_CHARS = 60;
/** Words a person's name (or several joined by "and") is made of, at most. */
const MAX_NAME_WORDS = 8;
/** Lead-ins bylines put before the name, in the languages the date rules read ("Written by", "Veröffentlicht von", "Autor:"). */
const LEAD_IN_RE =
  /^(?:(?:view|see) all posts by|(?:zeige )?alle (?:beiträge|artikel) von|(?:written|authored|posted|published|updated|reviewed|edited|text|words|story|interview|article|recipe|insights|photos?|post author)(?: (?:and|und|&) \p{L}+)?\s*(?:by|von|from|:)|(?:geschrieben|veröffentlicht|eingestellt|verfasst|erstellt|gepostet)\s*von|autor(?:in|en)?(?:\s*:|\s+)|authors?(?:\s*:|\s+)|auteurs?\s*:|artikel von\s*:?|beitrag\s*von|by\s*:|(?:by|von|par|por|door)\s+|[~|·:,&–—-])\s*/iu;
/** "BySummer Swann": the lead-in run into a capitalised name (no `i` flag, so the capital is a real one). */
const GLUED_BY_RE = /^(?:By|BY|Von|VON)(?=\p{Lu}\p{Ll})/u;
/** What follows the name: a date, a clock time, "am …", "at 18:52", a separator and the rest. */
const TAIL_RE =
  /\s*(?:[|·•—–»›]|\s+on behalf of\b|\s-\s|,\s*(?=\d)|\s(?:am|on|at|le|el|il)\s+\d|\s\d{1,2}[.:/]).*$/u;
/** Class or id tokens of containers whose names are not the article's byline (comment authors, related posts, quotes). */
const NOT_BYLINE_TOKEN_RE = /^(?:comments?|comment[-_]|reply|respond|related|testimonial)/i;
/** Text of a byline element that names no one. */
const NOT_A_NAME_RE =
  /^(?:name|author|autor|sign in|log ?in|anmelden|admin|administrator|no author|written by|posted by|posted|updated|aktualisiert|authored by|view more posts|more posts|post author|updated by|the author|stand|follow|folgen|beitrag|auteur|artikel von|by|von|(?:mon|tue|wed|thu|fri|sat|sun)\.?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|par|por|about the author|über den autor|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez)\.?|january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember)$/i;
/** Words a date starts with, left at the end of a name when the date is cut off at its first digit. */
const TRAILING_DATE_WORDS_RE =
  /(?:[\s,]+(?:am|on|le|el|il|the|(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez)[\p{L}]*\.?))+[\s,.]*$|[\s,]+$/iu;
/** A chunk that only joins names ("and" between two linked names). */
const CONJUNCTION_RE = /^(?:and|und|&|y|et|e)$|\s(?:and|und|&)$/i;
/** An element with more text than this is an author box or an article, not a byline. */
const MAX_BYLINE_CHARS = 150;

export function pickAuthors(
  doc: Document,
  metas: Map<string, string>,
  ld: LdArticle | undefined,
  site: string | undefined,
): string[] {
  const declared = declaredAuthors(metas, ld);
  if (declared.length > 1) {
    // Several declared authors that the byline prints together ("Ann Lee and Bo Chen"): the byline as printed.
    const printed = printedByline(doc);
    if (printed.length === 1 && declared.every((n) => printed[0]!.includes(n))) return printed;
  }
  if (declared.length && !isOrganisation(declared, ld, site) && !isHandle(declared)) return declared;
  const printed = printedByline(doc);
  if (printed.length) return printed;
  const written = bylineUnderHeadline(doc);
  return written ? [written] : declared;
}

/** Text nodes after the h1 searched for a "By Name" line (the header: byline, date, lead). */
const MAX_HEADER_NODES = 12;
/** A text node that opens a byline ("By", "Von Jan Muster"), and the rest of it. */
const BY_NODE_RE = /^(?:by|von)(?:\s*:)?(?:\s+(.*))?$/iu;
/** A person's name written out: 2–4 capitalised words (particles such as "van", "de" allowed). */
const PERSON_RE =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:van|von|de|der|den|da|del|di|le|la|\p{Lu}[\p{L}'’.-]*)){1,3}$/u;

/**
 * A byline written without byline markup: a text node just under the h1 that
 * reads "By Ann Lee" (or "By" followed by a node "Ann Lee"). Only a written-out
 * person's name is taken, so "By clicking…" or "by the river" never are.
 */
function bylineUnderHeadline(doc: Document): string | undefined {
  const h1 = doc.querySelector('h1');
  if (!h1) return undefined;
  const nodes: string[] = [];
  let node: Node | null = h1;
  while (node && !node.nextSibling) node = node.parentNode;
  node = node?.nextSibling ?? null;
  while (node && nodes.length < MAX_HEADER_NODES) {
    if (node.nodeType === 3) {
      const v = (node.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      if (v) nodes.push(v);
    }
    if (
      node.firstChild &&
      node.nodeType === 1 &&
      !['script', 'style', 'noscript'].includes((node as Element).localName)
    )
      node = node.firstChild;
    else {
      while (node && !node.nextSibling) node = node.parentNode;
      node = node?.nextSibling ?? null;
    }
  }
  for (let i = 0; i < nodes.length; i++) {
    const m = BY_NODE_RE.exec(nodes[i]!);
    if (!m) continue;
    const name = cleanName(m[1] ?? nodes[i + 1]);
    if (name && PERSON_RE.test(name)) return name;
  }
  return undefined;
}

function declaredAuthors(metas: Map<string, string>, ld: LdArticle | undefined): string[] {
  const fromLd = (ld?.authors ?? []).map(cleanName).filter((s): s is string => !!s);
  if (fromLd.length) return dedupe(fromLd);
  for (const key of AUTHOR_METAS) {
    const v = metas.get(key);
    if (!v || !isName(v)) continue;
    // Commas and semicolons separate authors; "Ann Lee and Bo Chen" stays as the page writes it, one byline.
    const names = v
      .split(/\s*[,;]\s*/)
      .map(cleanName)
      .filter((s): s is string => !!s);
    if (names.length) return dedupe(names);
  }
  return [];
}

/**
 * True when the declared author is the publisher rather than a person: a
 * JSON-LD `Organization`, or the site's or publisher's own name. Sites set
 * that when the CMS has no author field, while the page prints the writer.
 */
function isOrganisation(
  names: readonly string[],
  ld: LdArticle | undefined,
  site: string | undefined,
): boolean {
  if (names.length !== 1) return false;
  const key = squash(names[0]!);
  if (ld?.authorOrganisations?.some((o) => squash(o) === key)) return true;
  return [site, ld?.publisher].some((s) => s && squash(s) === key);
}

/**
 * True when the declared author is a login name (`jane.doe`, `jane-doe`,
 * `janedoe`): CMS account names stand in for the writer's name, which the
 * printed byline then gives (when it prints the handle, the handle stays).
 */
function isHandle(names: readonly string[]): boolean {
  return names.length === 1 && /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/.test(names[0]!) && names[0]!.length > 3;
}

/** The name the page prints in its byline, cleaned of lead-ins and trailing dates. */
function printedByline(doc: Document): string[] {
  for (const sel of BYLINE_SELECTORS) {
    let seen = 0;
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      if (seen++ >= MAX_BYLINE_ELEMENTS) break;
      if (el.localName === 'meta' || el.localName === 'link' || el.localName === 'img') continue;
      if (insideFurniture(el)) continue;
      const nameEl = el.querySelector('[itemprop="name"]') ?? el;
      if ((nameEl.textContent?.length ?? 0) > MAX_BYLINE_CHARS) continue;
      const name = bylineName(textChunks(nameEl));
      if (name) return [name];
    }
  }
  return [];
}

/**
 * The name part of a byline's text chunks: lead-in chunks ("By", "Written by")
 * are skipped, then the first chunk is joined with those that continue it
 * (an "and" between linked names, a ", Title" credential), and the run ends at
 * the next separate field (a job title, a date, the publication's name).
 */
function bylineName(chunks: readonly string[]): string | undefined {
  let i = 0;
  while (i < chunks.length && !cleanName(chunks[i]) && isLeadIn(chunks[i]!)) i++;
  if (i >= chunks.length) return undefined;
  let run = chunks[i]!;
  for (let j = i + 1; j < chunks.length; j++) {
    const part = chunks[j]!;
    const prev = chunks[j - 1]!;
    if (!(/^[,&]/.test(part) || CONJUNCTION_RE.test(part) || CONJUNCTION_RE.test(prev) || /,$/.test(prev)))
      break;
    run += part.startsWith(',') ? part : ` ${part}`;
  }
  return cleanName(run) ?? chunks.slice(i).map(cleanName).find(Boolean);
}

function isLeadIn(chunk: string): boolean {
  const rest = chunk.replace(LEAD_IN_RE, '').replace(GLUED_BY_RE, '').trim();
  return rest === '' || /^(?:by|von|par|por|author|autor(?:in)?)\s*:?$/i.test(chunk.trim());
}

/** The text nodes of an element, trimmed (markup often runs a name into the next field without a space). */
function textChunks(el: Element): string[] {
  const out: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) {
      const v = (n.nodeValue ?? '').trim();
      if (v) out.push(v);
    } else if (n.nodeType === 1 && !['script', 'style', 'noscript'].includes((n as Element).localName)) {
      for (const c of Array.from(n.childNodes)) walk(c);
    }
  };
  walk(el);
  return out;
}

function insideFurniture(el: Element): boolean {
  for (let p: Element | null = el; p && p.localName !== 'body'; p = p.parentElement) {
    if (p.localName === 'form') return true;
    const tokens = `${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`.split(/\s+/);
    if (tokens.some((t) => NOT_BYLINE_TOKEN_RE.test(t))) return true;
  }
  return false;
}

/** A byline text → the name(s) it gives, or undefined when it names no one. */
export function cleanName(raw: string | null | undefined): string | undefined {
  let s = decodeEntities(clean(raw));
  if (!s) return undefined;
  s = s.replace(/^["'“”‘’«»]+|["'“”‘’«»]+$/gu, '').trim();
  for (let i = 0; i < 3; i++) {
    const next = s.replace(LEAD_IN_RE, '').replace(GLUED_BY_RE, '').trim();
    if (next === s) break;
    s = next;
  }
  // "Posted on March 4, 2021 by Ann Lee": the name follows a later "by".
  const byLater = /\s(?:by|von)\s+(\p{Lu}.*)$/u.exec(s);
  if (byLater && datesInText(s.slice(0, byLater.index)).length) s = byLater[1]!;
  // A date run into the name ("Ann Lee 4 August 2010", "Ann Lee, 07 Dezember, 2022").
  if (datesInText(s).length) {
    const digit = s.search(/(?<![\p{L}\d])\d/u);
    // Cut at the date's first digit, then drop what led into it: a weekday ("Fr,"), a month ("March"), "am"/"on".
    if (digit > 0) s = s.slice(0, digit).replace(TRAILING_DATE_WORDS_RE, '');
  }
  s = s
    .replace(TAIL_RE, '')
    .replace(/[\s,;:|·•–—*-]+$/u, '')
    .trim();
  return isName(s) && looksLikeName(s) ? s : undefined;
}

function looksLikeName(s: string): boolean {
  if (s.length > MAX_NAME_CHARS || NOT_A_NAME_RE.test(s)) return false;
  // Digits belong to dates and counts, except in a one-word user name ("mike42").
  if (/\d/.test(s) && !/^(?=.*\p{L}{2})[\p{L}\d._-]+$/u.test(s)) return false;
  return s.split(/\s+/).length <= MAX_NAME_WORDS;
}

export function isName(s: string): boolean {
  return s.length > 1 && s.length < 80 && !/^https?:|\/|@|\.(?:com|org|net)\b/i.test(s);
}

/** Named entities beyond the few `clean` decodes (`&oacute;` in JSON-LD names). */
function decodeEntities(s: string | undefined): string | undefined {
  if (!s || !/&[a-z]+;/i.test(s)) return s;
  const { document } = parseHTML('<html><body><b></b></body></html>');
  const b = document.querySelector('b')!;
  b.innerHTML = s.replace(/</g, '&lt;');
  return b.textContent ?? s;
}

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function dedupe(list: string[]): string[] {
  return [...new Set(list.map((s) => s.trim()))];
}
