/**
 * Bytes → text, with the checks a batch of real files needs: empty, binary,
 * BOMs (UTF-8, UTF-16 LE/BE), invalid UTF-8, and a Latin-1 fallback.
 *
 * Uses the platform's WHATWG TextDecoder (full ICU in Node 20 and in browsers),
 * so every WHATWG encoding label is accepted by `encoding`.
 */
import { VerbatimError } from '../model/errors.js';

export interface Decoded {
  readonly text: string;
  readonly encoding: string;
  readonly warnings: readonly string[];
}

export interface DecodeOptions {
  /** WHATWG encoding label forced by the caller; skips detection. */
  readonly encoding?: string;
  /** Path or URL, for error messages. */
  readonly source?: string;
}

/** How many leading bytes are sniffed for NUL bytes when deciding a file is binary. */
const BINARY_SNIFF_BYTES = 8192;

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const file = options.source;
  const where = file ? { file } : {};
  if (bytes.length === 0) throw new VerbatimError('E_INPUT_EMPTY', 'file is empty (0 bytes)', where);

  if (options.encoding) return decodeAs(bytes, options.encoding, file, []);

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeAs(bytes, 'utf-8', file, []);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, 'utf-16le', file, []);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, 'utf-16be', file, []);

  const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
  if (nul >= 0) {
    throw new VerbatimError('E_INPUT_BINARY', `file looks binary (NUL byte at 0x${nul.toString(16)})`, where);
  }

  let utf8: string | undefined;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    utf8 = undefined;
  }
  if (utf8 !== undefined) return finish(utf8, 'utf-8', file, []);
  // Not valid UTF-8. Text with no valid multi-byte UTF-8 sequence at all is
  // legacy 8-bit text (Latin-1 / Windows-1252 is by far the most common in
  // news archives); text mixing valid and invalid sequences is damaged.
  if (hasUtf8MultiByte(bytes)) {
    throw new VerbatimError(
      'E_INPUT_ENCODING',
      'file is not valid UTF-8 (it mixes UTF-8 with other bytes)',
      where,
    );
  }
  return decodeAs(bytes, 'windows-1252', file, [
    'not UTF-8: decoded as Windows-1252 (Latin-1); pass --encoding <label> if that is wrong',
  ]);
}

function decodeAs(bytes: Uint8Array, label: string, file: string | undefined, warnings: string[]): Decoded {
  if (WINDOWS_1252_LABELS.has(label.trim().toLowerCase()))
    return finish(decodeWindows1252(bytes), 'windows-1252', file, warnings);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new VerbatimError('E_OPTION_INVALID', `unknown encoding '${label}'`, {
      ...(file ? { file } : {}),
      hint: 'use a WHATWG encoding label such as utf-8, utf-16le, windows-1252, iso-8859-2',
    });
  }
  try {
    // TextDecoder drops a BOM matching its encoding, which we want: the BOM is not text.
    return finish(decoder.decode(bytes), decoder.encoding, file, warnings);
  } catch {
    throw new VerbatimError(
      'E_INPUT_ENCODING',
      `file is not valid ${decoder.encoding}`,
      file ? { file } : {},
    );
  }
}

function finish(text: string, encoding: string, file: string | undefined, warnings: string[]): Decoded {
  if (text.trim().length === 0) {
    throw new VerbatimError('E_INPUT_EMPTY', 'file holds only white space', file ? { file } : {});
  }
  if (text.includes('\u0000')) {
    throw new VerbatimError(
      'E_INPUT_BINARY',
      'file looks binary (decoded text has NUL characters)',
      file ? { file } : {},
    );
  }
  return { text, encoding, warnings };
}

/** True when the bytes hold at least one well-formed UTF-8 multi-byte sequence. */
function hasUtf8MultiByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length - 1; i++) {
    const b = bytes[i]!;
    if (b < 0xc2 || b > 0xf4) continue;
    const need = b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
    let ok = i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}

/** WHATWG labels that mean Windows-1252 (the WHATWG spec maps latin1 and iso-8859-1 to it too). */
const WINDOWS_1252_LABELS: ReadonlySet<string> = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'latin1',
  'iso-8859-1',
  'iso8859-1',
  'l1',
  'ascii',
  'us-ascii',
]);

/** Windows-1252 code points for bytes 0x80–0x9F (the rest equal their byte value). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Hand-written because Node 20's TextDecoder decodes 'windows-1252' as ISO-8859-1
 * (0x93 becomes U+0093 instead of “), which breaks curly quotes in old news files.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes: number[] = [];
    for (const b of bytes.subarray(i, i + CHUNK))
      codes.push(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b);
    out += String.fromCharCode(...codes);
  }
  return out;
}
