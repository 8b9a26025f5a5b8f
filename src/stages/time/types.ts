/** The `timexes` layer: TIMEX3 expressions (TimeML) with normalised values and exact spans. */
import type { Span } from '../../model/span.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TimeML `mod` values the recogniser sets. */
export type TimexMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_AFTER';

/**
 * What a relative value was resolved against: the publication date, an earlier
 * expression of the text (`two days later`), or nothing known — then the value
 * keeps X's (`XXXX-06-14`) and the anchor says the publication date is unknown.
 */
export type TimexAnchor = 'publication' | 'previous' | 'publication-unknown';

export interface Timex extends Span {
  readonly id: string;
  readonly type: TimexType;
  /** TimeML value: `2024-06-14`, `2024-W45`, `PT24H`, `P1D`, `PAST_REF`, `XXXX-06-14`… */
  readonly value: string;
  readonly mod?: TimexMod;
  /** Present when the value depends on another time (relative expressions). */
  readonly anchor?: TimexAnchor;
  /** The timex id an anchor of kind 'previous' refers to. */
  readonly anchorId?: string;
  /** Which rule of the table recognised it (for error analysis). */
  readonly rule: string;
}

declare module '../../model/layers.js' {
  interface LayerMap {
    timexes: readonly Timex[];
  }
}
