/**
 * Plain-text structure of a scraped news article: which line is the headline,
 * the dek, a byline, a photo caption, a sub-heading, a paragraph, boilerplate.
 *
 * Decisions, in order, for each line (the first that applies wins):
 *   1. boilerplate  — a short line matching BOILERPLATE_PATTERNS
 *   2. caption      — a line ending in a photo credit
 *   3. byline       — `By …` or a `Published …` stamp
 *   4. headline     — the first remaining line, when it reads as a title
 *   5. dek          — the line right after the headline, when it is one short
 *                     sentence that is not Title Case and prose follows
 *   6. heading      — short, no final punctuation, Title Case (or a short
 *                     fragment), followed by a paragraph
 *   7. paragraph    — everything else; the first paragraphs may open with a
 *                     dateline, which becomes its own block.
 * Hand-written: readability-style libraries work on HTML, not plain text.
 */
import { type Block, type BlockKind, blockId, type Dateline } from '../../model/document.js';
import { findCredit } from './credit.js';
import { type Line, splitLines } from './lines.js';
import {
  BOILERPLATE_MAX_WORDS,
  BOILERPLATE_PATTERNS,
  BYLINE_AGENCY_WORDS,
  BYLINE_MAX_WORDS,
  BYLINE_RE,
  DATELINE_RE,
  DEK_MAX_WORDS,
  HEADING_MAX_CHARS,
  HEADING_MAX_WORDS,
  STAMP_RE,
  TITLE_CASE_MIN_RATIO,
  TITLE_SMALL_WORDS,
  WRAPPED_LINE_MIN_CHARS,
} from './patterns.js';

/** Datelines are looked for only in the first few paragraphs of a story. */
const DATELINE_MAX_PARAGRAPH = 2;

/** The blocks of `text`, with their IDs in a document of record scope `scope` (model/document.ts blockId). */
export function findBlocks(text: string, scope: string): Block[] {
  const lines = mergeWrappedLines(text, splitLines(text));
  const kinds: (BlockKind | undefined)[] = lines.map(() => undefined);
  const extras: (Partial<Block> | undefined)[] = lines.map(() => undefined);

  lines.forEach((line, i) => {
    const boiler = boilerplateReason(line.text);
    if (boiler) {
      kinds[i] = 'boilerplate';
      extras[i] = { reason: boiler };
      return;
    }
    const credit = findCredit(text, line.start, line.end);
    if (credit) {
      kinds[i] = 'caption';
      extras[i] = { credit };
      return;
    }
    const authors = bylineAuthors(line.text);
    if (authors) {
      kinds[i] = 'byline';
      extras[i] = authors.length > 0 ? { authors } : {};
    }
  });

  let first: number | undefined;
  for (let i = 0; i < lines.length && first === undefined; i++) if (kinds[i] === undefined) first = i;
  if (first !== undefined && looksLikeTitle(lines[first]!.text)) {
    kinds[first] = 'headline';
    const next = first + 1;
    if (kinds[next] === undefined && lines[next] && isDek(lines[next]!.text, lines[next + 1]?.text)) {
      kinds[next] = 'dek';
    }
  }

  // Each line is tested once: it is asked about as itself and as the line after the one before.
  const headingAt: (boolean | undefined)[] = [];
  const heading = (i: number): boolean => (headingAt[i] ??= isHeading(lines[i]!.text));
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== undefined) continue;
    const next = nextContentLine(lines, kinds, i);
    if (next !== undefined && heading(i) && !heading(next)) kinds[i] = 'heading';
    else kinds[i] = 'paragraph';
  }

  // Blocks are made here directly (one object per line, no draft copied into it): a text of
  // 100,000 short lines is 100,000 blocks, and each extra copy is garbage the collector moves.
  const blocks: Block[] = [];
  // A block over a whole line shares the line's text (one string, not two equal ones).
  const block = (start: number, end: number, kind: BlockKind, extra?: Partial<Block>, whole?: Line): void => {
    const b = {
      id: blockId(scope, start, end),
      kind,
      start,
      end,
      text: whole?.text ?? text.slice(start, end),
    };
    blocks.push(extra ? { ...b, ...extra } : b);
  };
  let paragraphs = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const kind = kinds[i]!;
    if (kind === 'paragraph' && paragraphs++ < DATELINE_MAX_PARAGRAPH) {
      const dateline = findDateline(text, line);
      if (dateline) {
        block(dateline.start, dateline.end, 'dateline', { dateline });
        const rest = skipSpaces(text, dateline.end, line.end);
        if (rest < line.end) block(rest, line.end, 'paragraph');
        continue;
      }
    }
    block(line.start, line.end, kind, extras[i], line);
  }

  return blocks;
}

function boilerplateReason(line: string): string | undefined {
  if (wordCount(line, BOILERPLATE_MAX_WORDS) > BOILERPLATE_MAX_WORDS) return undefined;
  return BOILERPLATE_PATTERNS.find((p) => p.re.test(line))?.reason;
}

/** Author names of a byline line; `[]` for a publication stamp; undefined when not a byline. */
function bylineAuthors(line: string): string[] | undefined {
  if (wordCount(line, BYLINE_MAX_WORDS) > BYLINE_MAX_WORDS) return undefined;
  if (STAMP_RE.test(line)) return [];
  const m = BYLINE_RE.exec(line);
  if (!m) return undefined;
  return m[1]!
    .replace(BYLINE_AGENCY_WORDS, '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((s) => s.trim())
    .filter((s) => /\p{Lu}/u.test(s) && s.length > 1)
    .map(properCase);
}

function properCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

function findDateline(text: string, line: Line): Dateline | undefined {
  const m = DATELINE_RE.exec(line.text);
  if (!m) return undefined;
  const place = m[1]!.trim();
  // An all-caps word alone before a dash is only a dateline with an agency or a known-place shape (≥ 3 letters).
  if (place.replace(/[^\p{Lu}]/gu, '').length < 3) return undefined;
  let end = line.start + m[0].trimEnd().length;
  while (end > line.start && /\s/.test(text[end - 1]!)) end--;
  return {
    start: line.start,
    end,
    text: text.slice(line.start, end),
    place: m[2] ? `${properCase(place)}, ${m[2].trim()}` : properCase(place),
    ...(m[4] ? { agency: m[4].trim() } : {}),
    ...(m[3] ? { dateText: m[3].trim() } : {}),
  };
}

function nextContentLine(lines: Line[], kinds: (BlockKind | undefined)[], i: number): number | undefined {
  for (let k = i + 1; k < lines.length; k++) {
    const kind = kinds[k];
    if (kind === 'boilerplate' || kind === 'caption') continue;
    return k;
  }
  return undefined;
}

/** Most words a first line may have and still be the headline. */
const TITLE_MAX_WORDS = 30;

function looksLikeTitle(line: string): boolean {
  const words = wordCount(line, TITLE_MAX_WORDS);
  if (words > TITLE_MAX_WORDS) return false;
  return !/[.]$/.test(line) || words <= 20;
}

function isDek(line: string, following: string | undefined): boolean {
  if (following === undefined) return false;
  if (titleCaseRatio(line) >= TITLE_CASE_MIN_RATIO && !/[.!?]$/.test(line)) return false;
  if (wordCount(line, DEK_MAX_WORDS) > DEK_MAX_WORDS) return false;
  if (DATELINE_RE.test(line)) return false;
  // One sentence at most: no sentence-internal full stop followed by a capital.
  if (/[.!?]\s+\p{Lu}/u.test(line)) return false;
  // A dek is followed by a byline, a dateline paragraph or prose, and has no final full stop or is short.
  return (
    !/[.]$/.test(line) || BYLINE_RE.test(following) || DATELINE_RE.test(following) || STAMP_RE.test(following)
  );
}

function isHeading(line: string): boolean {
  if (line.length > HEADING_MAX_CHARS) return false;
  const words = wordCount(line, HEADING_MAX_WORDS);
  if (words === 0 || words > HEADING_MAX_WORDS) return false;
  if (/[.,;:…"”’)]$/.test(line)) return false;
  if (DATELINE_RE.test(line)) return false;
  const upper = line.replace(/[^\p{L}]/gu, '');
  if (upper.length >= 3 && upper === upper.toUpperCase() && words <= 8) return true;
  return titleCaseRatio(line) >= TITLE_CASE_MIN_RATIO;
}

function titleCaseRatio(line: string): number {
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const content = words.filter((w, i) => i === 0 || !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  if (content.length === 0) return 0;
  const caps = content.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return caps / content.length;
}

/**
 * The number of words (runs of non-white-space) in `line`, counted up to `max + 1` only: every
 * caller compares it with a small limit, and a line of a million words (one long line with no
 * breaks) then costs a few dozen characters, not a split into a million strings per rule.
 */
function wordCount(line: string, max: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpace(line.charCodeAt(i));
    if (!space && !inWord) {
      words++;
      if (words > max) return words;
    }
    inWord = !space;
  }
  return words;
}

/** `/\s/` for one UTF-16 code unit (ASCII first; the rest from the regular expression). */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITE_SPACE.test(String.fromCharCode(c));
}

const WHITE_SPACE = /\s/;

function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}

/**
 * In text whose paragraphs are separated by blank lines, joins hard-wrapped
 * lines of one paragraph into one line range (the original text is untouched).
 */
function mergeWrappedLines(text: string, lines: Line[]): Line[] {
  if (!lines.some((l, i) => i > 0 && l.afterBlank)) return lines;
  const out: Line[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && !line.afterBlank && isWrapped(prev.text)) {
      out[out.length - 1] = { ...prev, end: line.end, text: text.slice(prev.start, line.end) };
    } else {
      out.push(line);
    }
  }
  return out;
}

function isWrapped(line: string): boolean {
  const lastLine = line.slice(line.lastIndexOf('\n') + 1);
  return lastLine.length >= WRAPPED_LINE_MIN_CHARS && !/[.!?:"”’)\]]$/.test(lastLine);
}
