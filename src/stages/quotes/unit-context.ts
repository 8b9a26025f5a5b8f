/**
 * Shared vocabulary of statement extraction: the raw statement record, the per-unit context
 * (words, quotation regions, lexicon), cue shapes, and small word/offset helpers every
 * extraction module uses.
 */
import type { CueLexicon } from './lexicon.js';
import type { QuoteRegion } from './quote-marks.js';
import type { WordRange } from './source-words.js';
import type { StatementKind } from './types.js';
import type { SentenceRef, Unit } from './units.js';
import type { Word } from './words.js';

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface RawStatement {
  readonly kind: StatementKind;
  readonly content: readonly Range[];
  readonly cue: Range;
  readonly source?: Range;
  readonly inherited: boolean;
  readonly sentence: SentenceRef;
  readonly quoted: readonly Range[];
  /** A quotation with no cue of its own (it inherits its source). */
  readonly floating?: boolean;
  /** Too short to stand alone: kept only when joined to the quotation statement before it. */
  readonly joinOnly?: boolean;
  /** The content ends in a quotation left open at the paragraph end. */
  readonly openEnd?: boolean;
  /** Made by a construction rather than a lexicon cue: the statement yield does not filter it. */
  readonly construction?: boolean;
  /** An interview transcript turn (`PENCE: …`): its content runs to the paragraph end. */
  readonly transcript?: boolean;
}

/** The fields every raw statement is made with; the flags are optional. */
export type RawStatementInit = Pick<
  RawStatement,
  'kind' | 'content' | 'cue' | 'inherited' | 'sentence' | 'quoted'
> &
  Partial<RawStatement>;

/**
 * A raw statement with every field present, in one order (`undefined` for the absent flags): the
 * statements of every rule share one object shape, so the filters and the speaker rules reading
 * them stay monomorphic (speed only; no reader tells a missing field from an undefined one).
 */
export function rawStatement(r: RawStatementInit): RawStatement {
  return {
    kind: r.kind,
    content: r.content,
    cue: r.cue,
    source: r.source,
    inherited: r.inherited,
    sentence: r.sentence,
    quoted: r.quoted,
    floating: r.floating,
    joinOnly: r.joinOnly,
    openEnd: r.openEnd,
    construction: r.construction,
    transcript: r.transcript,
  };
}

export interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly sentences: readonly SentenceRef[];
}

export type CueType = 'verb' | 'participle' | 'coordinated' | 'according' | 'colon';

export interface Cue {
  readonly type: CueType;
  readonly from: number;
  readonly to: number;
}

export interface UnitContext {
  readonly text: string;
  readonly words: readonly Word[];
  readonly from: number;
  readonly to: number;
  readonly unit: Unit;
  readonly regions: readonly QuoteRegion[];
  readonly lexicon: CueLexicon;
}

/** A form in the lexicon's core (`isCore` alone is also true of forms not in the lexicon). */
export function isCoreCue(ctx: UnitContext, form: string): boolean {
  return ctx.lexicon.get(form) !== undefined && ctx.lexicon.isCore(form);
}

export function range(ws: readonly Word[], r: WordRange): Range {
  return { start: (ws[r.from] as Word).start, end: (ws[r.to - 1] as Word).end };
}

/** Index of the first `,` among words `[from, to)`, or -1. */
export function firstComma(ws: readonly Word[], from: number, to: number): number {
  for (let i = from; i < to; i++) if ((ws[i] as Word).text === ',') return i;
  return -1;
}

/** Index of the first word starting at or after `pos` in `[from, to)`, or -1. */
export function firstWordAt(ws: readonly Word[], pos: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if ((ws[i] as Word).start >= pos) return i;
  return -1;
}

export function sentenceAt(unit: Unit, pos: number): SentenceRef {
  return unit.sentences.find((s) => pos >= s.start && pos < s.end) ?? (unit.sentences[0] as SentenceRef);
}

export function wrap(ws: readonly Word[], r: WordRange | undefined): Range | undefined {
  return r ? range(ws, r) : undefined;
}

export function span(ws: readonly Word[], a: number, b: number): Range {
  if (b <= a) return { start: 0, end: 0 };
  return { start: (ws[a] as Word).start, end: (ws[b - 1] as Word).end };
}

/** Index of the first word of `ws` (sorted by offset) starting at or after `start` (binary search). */
export function firstWordFrom(ws: readonly Word[], start: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ws[mid] as Word).start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words of `ws` (sorted by offset) lying within `[start, end)`. */
export function wordsWithin(ws: readonly Word[], start: number, end: number): readonly Word[] {
  const lo = firstWordFrom(ws, start);
  let e = lo;
  while (e < ws.length && (ws[e] as Word).end <= end) e++;
  return ws.slice(lo, e);
}

export function isWordLike(w: Word): boolean {
  const c = w.text.charCodeAt(0);
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c > 0x7f && /[\p{L}\p{N}]/u.test(w.text))
  );
}
