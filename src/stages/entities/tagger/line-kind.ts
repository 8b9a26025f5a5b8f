/**
 * The kind of a line for the entity tagger. News wires mix running text with lines that read differently:
 * ALL CAPS and Title Case headlines, and results tables and score lines (`Barnsley 2 Charlton 1`,
 * `Newcastle 4 3 1 0 9 4 10`), where CoNLL-2003 errors concentrate and where a city names a club (ORG) and a
 * country a national team (LOC). The tagger gives tokens of such lines features of their own (features.ts).
 */
import type { WordInfo } from './word-info.js';

export const LINE_RUNNING = 0;
export const LINE_CAPS = 1;
export const LINE_TITLE = 2;
export const LINE_TABLE = 3;

/** A number written with digits only, with inner separators (`3`, `1-0`, `10.5`, `2:30`). */
export const NUMBER = /^[+-]?\d+(?:[.,:/-]\d+)*$/;
/** A table or score line has at least this many numbers… */
const TABLE_MIN_NUMBERS = 2;
/** …making up at least this share of its tokens (a score line `Barnsley 2 Charlton 1` has half). */
const TABLE_MIN_SHARE = 0.3;

/** The line's kind from its words and its case kind (0 running, 1 ALL CAPS, 2 Title Case). */
export function lineKind(words: readonly WordInfo[], sentKind: number): number {
  let numbers = 0;
  for (const x of words) if (x.isNumber) numbers++;
  if (numbers >= TABLE_MIN_NUMBERS && numbers >= TABLE_MIN_SHARE * words.length) return LINE_TABLE;
  return sentKind === 1 ? LINE_CAPS : sentKind === 2 ? LINE_TITLE : LINE_RUNNING;
}
