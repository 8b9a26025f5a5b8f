/**
 * Only safe values leave the engine:
 *   - URLs in the document's metadata are kept only for http and https (a
 *     `javascript:` or `data:` canonical link or feed link is dropped, with a
 *     warning);
 *   - the human report has control characters, ANSI/OSC escape sequences and
 *     bidi controls made visible (`\x1B`, `<U+202E>`), so input text cannot
 *     drive the terminal or reorder what is shown; JSON keeps the text exact;
 *   - bidi override and isolate controls in the text are flagged in warnings
 *     (they can make text display differently from what it says: CVE-2021-42574).
 * No Node modules here: the browser bundle uses it too.
 */
import type { DocumentMeta } from '../model/document.js';

/** C0 controls but tab and newline, DEL, C1 controls (CSI U+009B, OSC U+009D …). */
const CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Bidi embedding, override and isolate controls (LRE RLE PDF LRO RLO, LRI RLI FSI PDI). */
const BIDI_RE = /[\u202a-\u202e\u2066-\u2069]/g;
/** Offsets listed in a bidi warning; the count is always given. */
const MAX_LISTED_OFFSETS = 5;
/** Characters of a dropped URL shown in its warning. */
const MAX_SHOWN_URL_CHARS = 60;

/** The URL when it is an absolute http(s) URL, else undefined. */
export function webUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A scheme other than http(s) and file: a `source` that names a link, not a path. */
const UNSAFE_SCHEME_RE = /^(?!https?:|file:)[a-z][a-z0-9+.-]+:/i;

/** Drops unsafe URLs from the metadata; returns the kept metadata and a warning per dropped value. */
export function safeMeta(meta: DocumentMeta): { meta: DocumentMeta; warnings: string[] } {
  const warnings: string[] = [];
  const out: DocumentMeta = { ...meta };
  if (out.url !== undefined && !webUrl(out.url)) {
    warnings.push(`dropped the page URL '${shown(out.url)}': only http and https URLs are kept`);
    delete out.url;
  }
  // Windows drive letters (`C:\…`) are paths; a scheme of two or more letters is a link.
  if (out.source !== undefined && UNSAFE_SCHEME_RE.test(out.source)) {
    warnings.push(`dropped the source '${shown(out.source)}': only http and https URLs are kept`);
    delete out.source;
  }
  return { meta: out, warnings };
}

function shown(url: string): string {
  const visible = neutralise(url);
  return visible.length > MAX_SHOWN_URL_CHARS ? `${visible.slice(0, MAX_SHOWN_URL_CHARS)}…` : visible;
}

/** Text for a terminal: control characters and bidi controls made visible; tab and newline kept. */
export function neutralise(text: string): string {
  return text
    .replace(CONTROL_RE, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(BIDI_RE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase()}>`);
}

/** A warning naming the bidi controls in the text (count and first offsets), or undefined. */
export function bidiWarning(text: string): string | undefined {
  const offsets: number[] = [];
  let count = 0;
  for (const m of text.matchAll(BIDI_RE)) {
    count++;
    if (offsets.length < MAX_LISTED_OFFSETS) offsets.push(m.index);
  }
  if (count === 0) return undefined;
  return `text holds ${count} bidi override/isolate control${count === 1 ? '' : 's'} (at ${offsets.join(', ')}${count > offsets.length ? ', …' : ''}): displayed text may read differently from its characters; the report shows them as <U+…>`;
}
