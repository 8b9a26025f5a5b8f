/**
 * Quotation regions of one paragraph: straight and curly, double and single,
 * guillemets and low-9 marks. Nested quotes stay inside their outer region. A
 * region left open at the paragraph end runs to that end (`open: true`): news
 * repeats the opening mark on each paragraph of a long quote instead of closing it.
 * A hand-written scanner because apostrophes and quote marks share characters and
 * no library separates them by context.
 */

import { CLOSING_DOUBLE_MARKS, OPENING_DOUBLE_MARKS, QUOTE_CHARACTERS } from '../../lang/en/quote-marks.js';

export interface QuoteRegion {
  /** The opening mark. */
  readonly start: number;
  /** After the closing mark, or the paragraph end when `open`. */
  readonly end: number;
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly open: boolean;
}

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function isSpaceOrStart(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{\u2014\u2013-]/.test(ch);
}

/**
 * A flag per char code up to the highest of `chars`: the scanners below test every character of a
 * paragraph, and an array read is several times cheaper than a `Set` lookup per character.
 */
function codeTable(chars: Iterable<string>): Uint8Array {
  const codes = [...chars].map((c) => c.charCodeAt(0));
  const table = new Uint8Array(Math.max(...codes) + 1);
  for (const c of codes) table[c] = 1;
  return table;
}

function inTable(table: Uint8Array, c: number): boolean {
  return c < table.length && table[c] === 1;
}

/** Any character that may open or close a quotation (by char code). */
const QUOTE_CHARS = codeTable(QUOTE_CHARACTERS);

/** Opening double marks (by char code): a paragraph with one is not text rebuilt from tokens. */
const OPENING_DOUBLE_CODES = codeTable(OPENING_DOUBLE_MARKS);

/**
 * Regions of a paragraph whose straight double marks all stand apart from the words, as in text
 * rebuilt from tokens (`" I think … living " , said Gustafon`, treebanks and their joined
 * tokens): the marks pair up in order. Undefined when a mark touches a word, their count is odd,
 * or the paragraph has curly or other opening double marks.
 */
function spacedRegions(text: string, start: number, end: number): QuoteRegion[] | undefined {
  // A scan of the paragraph only (indexOf could run on to the end of the document per paragraph).
  const marks: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x22) {
      if (inTable(OPENING_DOUBLE_CODES, c)) return undefined;
      continue;
    }
    const prev = i > start ? text[i - 1] : undefined;
    const next = i + 1 < end ? text[i + 1] : undefined;
    if ((prev !== undefined && !/\s/.test(prev)) || (next !== undefined && !/\s/.test(next)))
      return undefined;
    marks.push(i);
  }
  if (marks.length === 0 || marks.length % 2 === 1) return undefined;
  const regions: QuoteRegion[] = [];
  for (let k = 0; k < marks.length; k += 2) {
    const [a, b] = [marks[k] as number, marks[k + 1] as number];
    regions.push({ start: a, end: b + 1, innerStart: a + 1, innerEnd: b, open: false });
  }
  return regions;
}

/** Top-level quotation regions of `text[start, end)`. */
export function findQuoteRegions(text: string, start: number, end: number): QuoteRegion[] {
  const spaced = spacedRegions(text, start, end);
  if (spaced) return spaced;
  const regions: QuoteRegion[] = [];
  let open = -1;
  let openSingle = false;
  let nested = 0;
  let openWidth = 1;
  for (let i = start; i < end; i++) {
    // Jump to the next quotation mark or apostrophe (within the paragraph: a regex search would
    // run on to the end of the document for each paragraph).
    while (i < end && !inTable(QUOTE_CHARS, text.charCodeAt(i))) i++;
    if (i >= end) break;
    let ch = text[i] as string;
    // Two apostrophes stand for a straight double quote in some wire copy (`''Quote,'' he said`).
    const width = ch === "'" && text[i + 1] === "'" ? 2 : 1;
    if (width === 2) ch = '"';
    if (
      ch !== '"' &&
      ch !== "'" &&
      !OPENING_DOUBLE_MARKS.has(ch) &&
      !CLOSING_DOUBLE_MARKS.has(ch) &&
      ch !== '‘' &&
      ch !== '’'
    ) {
      continue;
    }
    const prev = i > start ? text[i - 1] : undefined;
    const next = i + width < end ? text[i + width] : undefined;
    const single = ch === "'" || ch === '‘' || ch === '’';
    if (open < 0) {
      const opens =
        OPENING_DOUBLE_MARKS.has(ch) ||
        // A right mark opening a paragraph (or a line of it) is a typo for the left one (`”Fear. I am…`).
        (ch === '”' && (i === start || prev === '\n') && isLetterOrDigit(next)) ||
        ch === '‘' ||
        ((ch === '"' || ch === "'") && isSpaceOrStart(prev) && next !== undefined && !/\s/.test(next));
      if (opens && !(single && isLetterOrDigit(prev))) {
        open = i;
        openSingle = single;
        nested = 0;
        openWidth = width;
      }
      i += width - 1;
      continue;
    }
    // Inside a region: track nested quotes of the other kind, close on the matching kind.
    // A left double mark inside a region opened by a left double mark opens a nested quotation
    // of the same kind (`“…what he calls “hell” than live…”`): its right mark does not close the
    // outer one. (Not inside a straight-quote region: there the curly pair is the inner quotation.)
    if (!openSingle && OPENING_DOUBLE_MARKS.has(ch) && OPENING_DOUBLE_MARKS.has(text[open] as string)) {
      nested++;
      continue;
    }
    if (!openSingle && nested > 0 && CLOSING_DOUBLE_MARKS.has(ch)) {
      nested--;
      continue;
    }
    if (single !== openSingle) {
      i += width - 1;
      continue;
    }
    if (single && (ch === "'" || ch === '’') && isLetterOrDigit(next)) continue; // apostrophe
    if (
      single &&
      ch === '’' &&
      isLetterOrDigit(prev) &&
      text[i - 1] === 's' &&
      next === ' ' &&
      nested === 0
    ) {
      // `the Clintons’ house`: a plural possessive, unless a closing mark is plausible here.
      if (!/[.,;:!?]/.test(text[i + 2] ?? '')) continue;
    }
    // A straight double mark with space on both sides can only close (`…outreach,' " he told`).
    const closes =
      CLOSING_DOUBLE_MARKS.has(ch) ||
      ch === '’' ||
      ((ch === '"' || ch === "'") && !isSpaceOrStart(prev)) ||
      (ch === '"' && width === 1 && prev === ' ' && (next === undefined || /\s/.test(next)));
    const reopens =
      OPENING_DOUBLE_MARKS.has(ch) ||
      ch === '‘' ||
      ((ch === '"' || ch === "'") && isSpaceOrStart(prev) && next !== undefined && !/\s/.test(next));
    if (closes && !(reopens && !CLOSING_DOUBLE_MARKS.has(ch) && ch !== '’' && isSpaceOrStart(prev))) {
      regions.push({ start: open, end: i + width, innerStart: open + openWidth, innerEnd: i, open: false });
      open = -1;
    }
    i += width - 1;
  }
  if (open >= 0 && !openSingle) {
    regions.push({ start: open, end, innerStart: open + openWidth, innerEnd: end, open: true });
  }
  return regions;
}

// Lookups over a paragraph's regions. Regions are disjoint and in text order, so their starts,
// inner ends and ends all increase: each lookup is a binary search, not a scan per word.

/** Index of the first region starting at or after `pos` (`regions.length` when none does). */
export function firstRegionFrom(regions: readonly QuoteRegion[], pos: number): number {
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((regions[mid] as QuoteRegion).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The region opening at `pos`, if any. */
export function regionStartingAt(regions: readonly QuoteRegion[], pos: number): QuoteRegion | undefined {
  const r = regions[firstRegionFrom(regions, pos)];
  return r && r.start === pos ? r : undefined;
}

/** The region ending at `pos` (after its closing mark), if any. */
export function regionEndingAt(regions: readonly QuoteRegion[], pos: number): QuoteRegion | undefined {
  let lo = 0;
  let hi = regions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((regions[mid] as QuoteRegion).end < pos) lo = mid + 1;
    else hi = mid;
  }
  const r = regions[lo];
  return r && r.end === pos ? r : undefined;
}

/** The last region starting before `pos` (the only one that may hold `pos`), if any. */
export function regionBefore(regions: readonly QuoteRegion[], pos: number): QuoteRegion | undefined {
  const i = firstRegionFrom(regions, pos);
  // Not `regions[i - 1]` at 0: a read at -1 is a slow generic property lookup, not an array read.
  return i > 0 ? regions[i - 1] : undefined;
}
