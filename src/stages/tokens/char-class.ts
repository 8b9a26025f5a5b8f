/**
 * Character classes for the tokenizer and the sentence splitter, by UTF-16 code unit.
 *
 * Basic Multilingual Plane characters are classified once each into a table,
 * lazily (Unicode property regexes are too slow per character in the hot loop,
 * and classifying all 65,536 up front would slow start-up); astral code points
 * are classified on demand.
 */

export const SEP = 0;
export const LOWER = 1;
export const UPPER = 2;
/** Letters without case (CJK, Arabic, Hebrew…). */
export const LETTER = 3;
export const DIGIT = 4;
/** Combining marks, variation selectors and joiners: they continue whatever precedes them. */
export const MARK = 5;
export const PUNCT = 6;

const BMP = 0x10000;
/** Not yet classified: the BMP table fills lazily, one regex test per distinct character seen. */
const UNKNOWN = 255;
const TABLE = new Uint8Array(BMP).fill(UNKNOWN);
const LOWER_RE = /\p{Ll}/u;
const UPPER_RE = /\p{Lu}|\p{Lt}/u;
const LETTER_RE = /\p{L}/u;
const DIGIT_RE = /\p{N}/u;
const MARK_RE = /\p{M}/u;
const SPACE_RE = /\s|\p{Cc}|\p{Zs}|\p{Zl}|\p{Zp}/u;

function classifyString(ch: string): number {
  if (SPACE_RE.test(ch)) return SEP;
  if (LOWER_RE.test(ch)) return LOWER;
  if (UPPER_RE.test(ch)) return UPPER;
  if (LETTER_RE.test(ch)) return LETTER;
  if (DIGIT_RE.test(ch)) return DIGIT;
  if (MARK_RE.test(ch)) return MARK;
  return PUNCT;
}

for (let c = 0; c < 0x80; c++) TABLE[c] = classifyString(String.fromCharCode(c));
// Surrogates are classified per code point by `classAt`.
TABLE.fill(PUNCT, 0xd800, 0xe000);
// Joiners and variation selectors glue emoji sequences and scripts together.
for (const c of [0x200c, 0x200d, 0xfe0e, 0xfe0f]) TABLE[c] = MARK;
// Zero-width space, word joiner and BOM separate tokens without being visible.
for (const c of [0x200b, 0x2060, 0xfeff]) TABLE[c] = SEP;

function bmpClass(c: number): number {
  let cls = TABLE[c] as number;
  if (cls === UNKNOWN) {
    cls = classifyString(String.fromCharCode(c));
    TABLE[c] = cls;
  }
  return cls;
}

/** Class of the code unit at `i`; for a surrogate pair, the class of the whole code point; SEP outside the text. */
export function classAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return SEP;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return c < 0x80 ? (TABLE[c] as number) : bmpClass(c);
  const cp = text.codePointAt(i) as number;
  if (cp < BMP) return PUNCT;
  // Emoji skin-tone modifiers and tags continue the preceding emoji.
  if ((cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)) return MARK;
  return classifyString(String.fromCodePoint(cp));
}

/** Code units taken by the code point at `i` (2 for a valid surrogate pair, else 1). */
export function unitsAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

export function isWordClass(cls: number): boolean {
  return cls >= LOWER && cls <= MARK;
}
