/**
 * The tokenizer: one left-to-right scan over a range of the text, emitting
 * `[start, end)` pairs that follow Universal Dependencies English (EWT)
 * tokenisation where it matters for tagging: clitics (`'s`, `n't`, `'ll`) and
 * hyphens split, URLs, e-mail addresses, numbers with separators, initials and
 * abbreviations kept whole, punctuation one token per mark (ellipses and dash
 * runs as one).
 *
 * Hand-written rather than a library: the tagger needs EWT's conventions and
 * exact UTF-16 offsets, and every character is looked at a bounded number of
 * times, so a megabyte without a space still takes linear time.
 */
import { ABBREVIATION_MAX_LENGTH, ABBREVIATIONS } from '../../lang/en/abbreviations.js';
import { classAt, isWordClass, LOWER, MARK, SEP, UPPER, unitsAt } from './char-class.js';
import { APOSTROPHE_CLITICS, HYPHEN_PREFIX_MAX_LENGTH, HYPHEN_PREFIXES, SPLIT_WORDS } from './constants.js';

/** Receives token boundaries in text order. */
export interface TokenSink {
  push(start: number, end: number): void;
}

const APOS = 0x27;
const RSQUO = 0x2019;
const DOT = 0x2e;
const HYPHEN = 0x2d;

function isApostrophe(c: number): boolean {
  return c === APOS || c === RSQUO;
}

/** Marks whose runs UD English keeps as one token (`...`, `--`, `***`, `===`, `___`, `<<`, `$$$`). */
function isRunMark(c: number): boolean {
  return (
    c === DOT ||
    c === HYPHEN ||
    c === 0x2026 ||
    c === 0x2a ||
    c === 0x3d ||
    c === 0x5f ||
    c === 0x2b ||
    c === 0x7e ||
    c === 0x23 ||
    c === 0x3c ||
    c === 0x3e ||
    c === 0x24
  );
}

/**
 * Lower-case first letters of SPLIT_WORDS: an ASCII word starting with any other letter is not
 * one of them, without slicing and lower-casing it (that cost ~20 % of the tokens stage).
 */
const SPLIT_WORD_INITIALS: ReadonlySet<number> = new Set([...SPLIT_WORDS.keys()].map((w) => w.charCodeAt(0)));

/** Whether `text[i, j)` may be one of SPLIT_WORDS (a cheap test before the exact lookup). */
function maySplit(text: string, i: number, j: number): boolean {
  if (j - i < 5 || j - i > 6) return false;
  const c = text.charCodeAt(i);
  // Non-ASCII letters can lower-case to ASCII ones (K, the Kelvin sign, to k): left to the lookup.
  return c >= 0x80 || SPLIT_WORD_INITIALS.has(c | 0x20);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Tokenises `text[start, end)` into `sink`. */
export function tokenizeRange(text: string, start: number, end: number, sink: TokenSink): void {
  let i = start;
  while (i < end) {
    if (classAt(text, i) === SEP) {
      i++;
      continue;
    }
    let j = i;
    let mayLink = false;
    do {
      mayLink ||= mayMarkLink(text.charCodeAt(j));
      j++;
    } while (j < end && classAt(text, j) !== SEP);
    if (mayLink) tokenizeChunk(text, i, j, sink);
    else scanPieces(text, i, j, sink);
    i = j;
  }
}

/** `@`, `:` or `w`: a chunk without any of them holds no e-mail address, `scheme://` or `www.` link. */
function mayMarkLink(c: number): boolean {
  return c === 0x40 || c === 0x3a || c === 0x77;
}

/** A run of non-space characters. */
function tokenizeChunk(text: string, start: number, end: number, sink: TokenSink): void {
  const link = findLink(text, start, end);
  if (link) {
    scanPieces(text, start, link[0], sink);
    sink.push(link[0], link[1]);
    scanPieces(text, link[1], end, sink);
    return;
  }
  scanPieces(text, start, end, sink);
}

/** A URL or e-mail address inside the chunk, without surrounding quotes, brackets and final punctuation. */
function findLink(text: string, start: number, end: number): [number, number] | undefined {
  let at = -1;
  let scheme = -1;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x40 && at < 0) at = k;
    else if (c === 0x3a && scheme < 0 && text.charCodeAt(k + 1) === 0x2f && text.charCodeAt(k + 2) === 0x2f)
      scheme = k;
  }
  let s = start;
  while (s < end && !isWordClass(classAt(text, s))) s++;
  if (s >= end) return undefined;
  const www = end - s > 4 && text.charCodeAt(s) === 0x77 && text.startsWith('www.', s);
  const isUrl = (scheme > s && scheme - s <= 10) || www;
  const isMail = !isUrl && at > s && hasDotAfter(text, at, end);
  if (!isUrl && !isMail) return undefined;
  let e = end;
  while (e > s && isLinkTrail(text.charCodeAt(e - 1))) e--;
  return e > s ? [s, e] : undefined;
}

function hasDotAfter(text: string, at: number, end: number): boolean {
  for (let k = at + 2; k < end - 1; k++)
    if (text.charCodeAt(k) === DOT) return isWordClass(classAt(text, k + 1));
  return false;
}

function isLinkTrail(c: number): boolean {
  // . , ; : ! ? ) ] } " ' ” ’ » >
  return (
    c === DOT ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x7d ||
    c === 0x22 ||
    c === APOS ||
    c === 0x201d ||
    c === RSQUO ||
    c === 0xbb ||
    c === 0x3e
  );
}

/** Splits a chunk (or part of one) into words and punctuation. */
function scanPieces(text: string, start: number, end: number, sink: TokenSink): void {
  let i = start;
  while (i < end) {
    const cls = classAt(text, i);
    if (isWordClass(cls) && cls !== MARK) {
      i = scanWord(text, i, end, sink);
      continue;
    }
    const c = text.charCodeAt(i);
    let j = i + unitsAt(text, i);
    if (c === 0x21 || c === 0x3f) {
      // `!!`, `?!`, `???` are one token.
      while (j < end && (text.charCodeAt(j) === 0x21 || text.charCodeAt(j) === 0x3f)) j++;
    } else if (isRunMark(c)) {
      // Runs of one mark are one token: ellipses, `--`, `****`, `=====`, `<<`.
      while (j < end && text.charCodeAt(j) === c) j++;
    } else if (c === APOS || c === RSQUO) {
      const k = cliticEnd(text, i, end);
      if (k > i) j = k;
    }
    // Marks, joiners and emoji modifiers stay with the symbol before them.
    while (j < end && classAt(text, j) === MARK) {
      const joiner = text.charCodeAt(j) === 0x200d;
      j += unitsAt(text, j);
      if (joiner && j < end && classAt(text, j) !== SEP) j += unitsAt(text, j);
    }
    sink.push(i, j);
    i = j;
  }
}

/** End of a clitic (`'s`, `’ll`) starting at the apostrophe `i`, or `i` when none starts there. */
function cliticEnd(text: string, i: number, end: number): number {
  let k = i + 1;
  while (k < end && k - i <= 3 && isLetterCode(text, k)) k++;
  if (k === i + 1 || (k < end && isWordClass(classAt(text, k)))) return i;
  return APOSTROPHE_CLITICS.has(text.slice(i + 1, k).toLowerCase()) ? k : i;
}

function isLetterCode(text: string, k: number): boolean {
  const cls = classAt(text, k);
  return cls === LOWER || cls === UPPER;
}

/**
 * A word from `i`: letters, digits and marks, joined across `.` `,` `:` `/` `-`
 * `&` and apostrophes where UD English keeps them inside one token. Emits the
 * word (split in two for `n't` and SPLIT_WORDS) and returns where it ended.
 */
function scanWord(text: string, i: number, end: number, sink: TokenSink): number {
  let j = i;
  let innerDots = false;
  while (j < end) {
    const c = text.charCodeAt(j);
    const cls = classAt(text, j);
    if (isWordClass(cls)) {
      j += isHighSurrogate(c) ? unitsAt(text, j) : 1;
      continue;
    }
    if (!mayJoin(c)) break;
    const next = j + 1 < end ? classAt(text, j + 1) : SEP;
    const prevDigit = isDigitCode(text.charCodeAt(j - 1));
    const nextDigit = j + 1 < end && isDigitCode(text.charCodeAt(j + 1));
    if (c === DOT && isWordClass(next) && next !== MARK) {
      innerDots = true;
      j++;
    } else if ((c === 0x2c || c === 0x3a || c === 0x2f) && prevDigit && nextDigit) {
      j++;
    } else if (
      c === HYPHEN &&
      isWordClass(next) &&
      next !== MARK &&
      keepsHyphen(text, i, j, prevDigit, nextDigit)
    ) {
      j++;
    } else if (c === 0x26 && j + 1 < end && isLetterCode(text, j + 1) && isUpperRun(text, i, j)) {
      j++;
    } else if (isApostrophe(c) && isWordClass(next) && next !== MARK) {
      const clitic = cliticEnd(text, j, end);
      if (clitic > j || isNtAt(text, j, end)) break;
      j++;
    } else {
      break;
    }
  }
  // A final period belongs to initials, dotted abbreviations and listed abbreviations.
  if (j < end && text.charCodeAt(j) === DOT && (j + 1 === text.length || text.charCodeAt(j + 1) !== DOT)) {
    if (innerDots || isInitial(text, i, j) || isAbbreviation(text, i, j)) j++;
  }
  return emitWord(text, i, j, end, sink);
}

/** The characters that can join two parts of one word (each has its own condition in scanWord). */
function mayJoin(c: number): boolean {
  return c === DOT || c === 0x2c || c === 0x3a || c === 0x2f || c === HYPHEN || c === 0x26 || isApostrophe(c);
}

function keepsHyphen(text: string, i: number, j: number, prevDigit: boolean, nextDigit: boolean): boolean {
  if (prevDigit && nextDigit) return true;
  if (j - i > HYPHEN_PREFIX_MAX_LENGTH) return false;
  // Only the first hyphen of a word can follow a prefix.
  for (let k = i; k < j; k++) if (text.charCodeAt(k) === HYPHEN) return false;
  return HYPHEN_PREFIXES.has(text.slice(i, j).toLowerCase());
}

function isUpperRun(text: string, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (classAt(text, k) !== UPPER) return false;
  return j - i <= 4;
}

/** `n't` starting one letter before the apostrophe at `j`: `do|n't`, `ca|n't`. */
function isNtAt(text: string, j: number, end: number): boolean {
  if (j + 1 >= text.length) return false;
  const n = text.charCodeAt(j - 1) | 0x20;
  const t = text.charCodeAt(j + 1) | 0x20;
  return n === 0x6e && t === 0x74 && (j + 2 >= end || !isWordClass(classAt(text, j + 2)));
}

function isInitial(text: string, i: number, j: number): boolean {
  return j - i === 1 && classAt(text, i) === UPPER;
}

function isAbbreviation(text: string, i: number, j: number): boolean {
  return j - i <= ABBREVIATION_MAX_LENGTH && ABBREVIATIONS.has(text.slice(i, j));
}

/** Emits `text[i, j)`, splitting `don't` before `n't` and SPLIT_WORDS at their seam; returns where it ended. */
function emitWord(text: string, i: number, j: number, end: number, sink: TokenSink): number {
  if (j < end && isApostrophe(text.charCodeAt(j)) && j - i >= 2 && isNtAt(text, j, end)) {
    sink.push(i, j - 1);
    sink.push(j - 1, j + 2);
    return j + 2;
  }
  if (maySplit(text, i, j)) {
    const seam = SPLIT_WORDS.get(text.slice(i, j).toLowerCase());
    if (seam !== undefined) {
      sink.push(i, i + seam);
      sink.push(i + seam, j);
      return j;
    }
  }
  sink.push(i, j);
  return j;
}
