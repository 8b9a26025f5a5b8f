/**
 * Sentences for the quotes stage. With the `sentences` layer present they are
 * taken from it; without it, a light splitter (sentence-final punctuation, an
 * optional closing mark, space, then a capital, digit or opening mark; common
 * abbreviations and initials excepted) stands in behind the same interface.
 * A quotation spanning several sentences (`“A. B. C,” she said.`) is one unit:
 * units merge the sentences a quotation region crosses.
 */
import { type QuoteRegion, regionBefore } from './quote-marks.js';

export interface SentenceRef {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'sen',
  'sens',
  'reps',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'prof',
  'rev',
  'jr',
  'sr',
  'no',
  'vs',
  'v',
  'inc',
  'corp',
  'co',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'pres',
  'gop',
  'mt',
  'ft',
  'fig',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
]);

const BOUNDARY_RE = /[.!?]+["'”’»)\]]*(?=\s+["'“‘«([]{0,2}[\p{Lu}\p{N}])/gu;

/** Splits `text[start, end)` into sentences (fallback when no sentences layer exists). */
export function splitSentences(text: string, start: number, end: number, idBase: number): SentenceRef[] {
  const out: SentenceRef[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(slice); m !== null; m = BOUNDARY_RE.exec(slice)) {
    if (m[0][0] === '.') {
      const before = /([\p{L}.]+)$/u.exec(slice.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
      const word = before.toLowerCase();
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before)) continue;
    }
    const to = m.index + m[0].length;
    out.push({ id: `s${idBase + out.length}`, start: start + from, end: start + to });
    from = to;
    while (from < slice.length && /\s/.test(slice[from] as string)) from++;
  }
  let last = slice.length;
  while (last > from && /\s/.test(slice[last - 1] as string)) last--;
  if (last > from) out.push({ id: `s${idBase + out.length}`, start: start + from, end: start + last });
  return out;
}

/**
 * Most characters of a unit merged across quotations. Work per unit grows faster than its length
 * (each cue looks at the cues after it), so a unit is bounded: PolNeAR's longest is 1,516
 * characters (18 sentences), an unclosed quotation over a 1 MB paragraph would be all of it.
 */
export const MAX_UNIT_CHARS = 4000;

/** A stretch of text analysed as one: one or more sentences, never cutting a closed quotation. */
export interface Unit {
  readonly start: number;
  readonly end: number;
  readonly sentences: readonly SentenceRef[];
}

/**
 * Merges consecutive sentences whenever a quotation region crosses the boundary between them,
 * including a region whose opening mark alone was split off as a sentence (`”` | `Fear. I am…”`).
 */
export function buildUnits(sentences: readonly SentenceRef[], regions: readonly QuoteRegion[]): Unit[] {
  const units: Unit[] = [];
  let current: SentenceRef[] = [];
  for (const s of sentences) {
    const prev = current[current.length - 1];
    // Regions are in text order with growing inner ends: only the last one opening before the
    // boundary can cross it.
    const before = prev ? regionBefore(regions, prev.end) : undefined;
    const crossed = prev !== undefined && before !== undefined && before.innerEnd > s.start;
    // A unit stops growing at MAX_UNIT_CHARS even inside a quotation (one left open over a long paragraph).
    if (prev && (!crossed || s.end - (current[0] as SentenceRef).start > MAX_UNIT_CHARS)) {
      units.push(unitOf(current));
      current = [];
    }
    current.push(s);
  }
  if (current.length) units.push(unitOf(current));
  return units;
}

function unitOf(sentences: readonly SentenceRef[]): Unit {
  const first = sentences[0] as SentenceRef;
  const last = sentences[sentences.length - 1] as SentenceRef;
  return { start: first.start, end: last.end, sentences };
}
