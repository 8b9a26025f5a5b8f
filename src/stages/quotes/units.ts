/**
 * Units of the quotes stage: the production sentences (the `sentences` layer, through the shared
 * document view), merged where a quotation spans several of them (`“A. B. C,” she said.` is one
 * unit): units merge the sentences a quotation region crosses.
 */
import { type QuoteRegion, regionBefore } from './quote-marks.js';

export interface SentenceRef {
  readonly id: string;
  readonly start: number;
  readonly end: number;
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
