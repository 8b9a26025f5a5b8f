/**
 * HTML and feed bytes → text. The charset is taken, in the order browsers use: a BOM,
 * the HTTP `Content-Type` charset, the XML declaration, a `<meta charset>` or `http-equiv` in the
 * first bytes, then sniffing (valid UTF-8, else Windows-1252). A declared
 * charset that the bytes contradict (declared Latin-1 but valid multi-byte
 * UTF-8, or declared UTF-8 but invalid) is overridden with a warning.
 *
 * Decoding itself is the platform's WHATWG TextDecoder (full ICU in Node 20).
 */
import { VerbatimError } from '../../model/errors.js';

export interface DecodedHtml {
  readonly html: string;
  readonly encoding: string;
  readonly warnings: readonly string[];
}

export interface DecodeHtmlOptions {
  /** HTTP Content-Type header value, when the page came over HTTP. */
  readonly contentType?: string;
  /** Encoding label forced by the user. */
  readonly encoding?: string;
  readonly source?: string;
}

/** How far a `<meta charset>` is looked for: the HTML standard's prescan reads 1024 bytes; pages often put it later. */
const META_PRESCAN_BYTES = 4096;
/** Leading bytes checked for NUL bytes to refuse binary served as HTML. */
const BINARY_SNIFF_BYTES = 4096;
/** NUL bytes tolerated in the sniffed prefix before calling the input binary (stray NULs occur in real pages). */
const BINARY_MAX_NULS = 8;

const META_CHARSET_RE = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const HEADER_CHARSET_RE = /charset\s*=\s*["']?([\w.:-]+)/i;
/** Feeds declare their encoding in the XML declaration. */
const XML_ENCODING_RE = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i;

export function decodeHtmlBytes(bytes: Uint8Array, options: DecodeHtmlOptions = {}): DecodedHtml {
  const where = options.source ? { file: options.source } : {};
  if (bytes.length === 0) throw new VerbatimError('E_INPUT_EMPTY', 'page is empty (0 bytes)', where);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode(bytes, 'utf-8', []);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes, 'utf-16le', []);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes, 'utf-16be', []);
  if (looksBinary(bytes)) {
    throw new VerbatimError('E_INPUT_BINARY', 'content looks binary, not HTML (NUL bytes)', where);
  }
  if (options.encoding) return decode(bytes, checkLabel(options.encoding, where), []);

  const head = latin1(bytes.subarray(0, META_PRESCAN_BYTES));
  const declared =
    labelOf(HEADER_CHARSET_RE.exec(options.contentType ?? '')?.[1]) ??
    labelOf(XML_ENCODING_RE.exec(head)?.[1]) ??
    labelOf(META_CHARSET_RE.exec(head)?.[1]);
  const utf8 = tryUtf8(bytes);
  if (declared === 'utf-8' || declared === undefined) {
    if (utf8 !== undefined) return { html: utf8, encoding: 'utf-8', warnings: [] };
    const warning =
      declared === 'utf-8'
        ? 'declared UTF-8 but the bytes are not: decoded as Windows-1252'
        : 'no charset declared and not UTF-8: decoded as Windows-1252';
    return decode(bytes, 'windows-1252', [warning]);
  }
  // UTF-16 declared in a meta tag of an ASCII-compatible file is a known lie (HTML standard: treat as UTF-8).
  if (declared.startsWith('utf-16')) return decode(bytes, 'utf-8', []);
  if (utf8 !== undefined && hasMultiByte(bytes) && isSingleByteLabel(declared)) {
    return { html: utf8, encoding: 'utf-8', warnings: [`declared ${declared} but the bytes are UTF-8`] };
  }
  return decode(bytes, declared, []);
}

function decode(bytes: Uint8Array, label: string, warnings: string[]): DecodedHtml {
  const decoder = new TextDecoder(label);
  return { html: decoder.decode(bytes), encoding: decoder.encoding, warnings };
}

/** Normalised WHATWG label, or undefined when the platform does not know it. */
function labelOf(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    return new TextDecoder(raw.toLowerCase()).encoding;
  } catch {
    return undefined;
  }
}

function checkLabel(raw: string, where: { file?: string }): string {
  const label = labelOf(raw);
  if (!label) throw new VerbatimError('E_OPTION_INVALID', `unknown encoding '${raw}'`, where);
  return label;
}

function isSingleByteLabel(label: string): boolean {
  return label.startsWith('windows-125') || label.startsWith('iso-8859') || label === 'koi8-r';
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  let nuls = 0;
  for (let i = 0; i < head.length; i++) if (head[i] === 0 && ++nuls > BINARY_MAX_NULS) return true;
  return false;
}

function hasMultiByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}
