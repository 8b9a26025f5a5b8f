/**
 * Stable identifiers: the same input gives the same IDs on every run and machine.
 * The rules are written down in docs/identity.md.
 *
 * Written by hand rather than with `node:crypto` because the engine must also run
 * in browsers, where no synchronous hash is available; IDs need stability and a
 * low collision rate within one corpus, not cryptographic strength.
 */

/** 53-bit string hash (cyrb53, public domain), returned as 11 base-36 characters. */
export function hash53(input: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return finish53(h1, h2);
}

/** The same hash over bytes (model files): one step per byte instead of per UTF-16 unit. */
export function hash53Bytes(bytes: Uint8Array, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < bytes.length; i++) {
    const ch = bytes[i] as number;
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return finish53(h1, h2);
}

function finish53(a: number, b: number): string {
  const h1 = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  const h2 = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(36).padStart(11, '0');
}

/**
 * One run over an empty input at load, so V8 has seen the code after the loop before it first compiles
 * the loop on stack (OSR) in a long call. Otherwise that code is compiled without type feedback, deopts
 * on every later call (at `finish53`), and each hash of a text runs mostly in the interpreter: 3 % of the
 * pipeline's CPU over PolNeAR texts.
 */
hash53('');
hash53Bytes(new Uint8Array(0));

/** Query parameters that only track a visit; dropped so two links to one article get one ID. */
const TRACKING_PARAM_RE = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ito)$/i;

/** A URL in the one form IDs are made from: no fragment, no tracking parameters, lower-case host, no `www.`, no trailing `/`. */
export function canonicalUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
    for (const k of [...u.searchParams.keys()]) if (TRACKING_PARAM_RE.test(k)) u.searchParams.delete(k);
    return u.href.replace(/\/$/, '');
  } catch {
    return url.trim();
  }
}

/** A source path in the one form IDs are made from: `/` separators, no `./` segments. */
export function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '.' || (part === '' && parts.length > 0)) continue;
    parts.push(part);
  }
  return parts.join('/');
}

/** The text's version: a hash of the exact text, so any change of the text (an extractor change) shows. */
export function textVersion(text: string): string {
  return `v_${hash53(text)}`;
}

/** What identifies a document, best first: a caller's key, the canonical URL, the source path, else the text. */
export interface IdentitySource {
  readonly key?: string | undefined;
  readonly url?: string | undefined;
  readonly source?: string | undefined;
}

/** The identity key a document ID is the hash of (see docs/identity.md). */
export function identityKey(text: string, from: IdentitySource = {}): string {
  if (from.key) return `key:${from.key}`;
  if (from.url) return `url:${canonicalUrl(from.url)}`;
  if (from.source && from.source !== '-') {
    return /^https?:\/\//i.test(from.source)
      ? `url:${canonicalUrl(from.source)}`
      : `path:${normalisePath(from.source)}`;
  }
  return `text:${hash53(text)}`;
}

/**
 * Document ID: survives a change of the extracted text when the document has a URL or a path
 * (the text's hash is then its `version`); for text with neither, it is the text's hash.
 */
export function documentId(text: string, from: IdentitySource = {}): string {
  const key = identityKey(text, from);
  return key.startsWith('text:') ? `doc_${key.slice(5)}` : `doc_${hash53(key)}`;
}

/**
 * The part every record ID of one analysed text shares: a hash of the document ID and the text
 * version, so record IDs are unique across a corpus (two documents with the same text differ) and
 * across versions of one document (offsets only mean something against one text).
 */
export function recordScope(docId: string, version: string): string {
  return hash53(`${docId}\n${version}`);
}

/**
 * Record ID: record kind + record scope + offsets (+ an optional discriminator for records sharing a span).
 * Built with `join`, which makes one flat string: a template literal leaves a chain of four or five
 * V8 cons strings per ID (~220 instead of ~60 bytes), and a large document keeps hundreds of
 * thousands of IDs alive (~30 MB at 2 MB of news).
 */
export function recordId(kind: string, scope: string, start: number, end: number, extra = ''): string {
  return extra ? [kind, scope, start, end, extra].join('_') : [kind, scope, start, end].join('_');
}
