/**
 * Dating statements: which time a clause or sentence happened at.
 *
 * `dateForSpan(doc, start, end)` returns the timex that governs the sentence
 * holding the span (`On Thursday, Putin extended…` → that Thursday) — the first
 * DATE/TIME with a calendar value in the sentence that is not inside the span
 * itself (a quote's own `within 24 hours` says what, not when) — or else the
 * publication date, marked 'reported-on'. Pure: reads the `timexes` and
 * `sentences` layers, never changes the document.
 */
import type { Document } from '../../model/document.js';
import { type DocView, docView } from '../../pipeline/doc-view.js';
import type { SentenceRange } from './tense.js';
import type { Timex } from './types.js';

export interface SpanDate {
  /** TimeML value of the date (`2024-11-07`), the publication date, or undefined when neither is known. */
  readonly value: string | undefined;
  /** 'stated': a timex of the sentence; 'reported-on': the publication date; 'unknown': neither. */
  readonly kind: 'stated' | 'reported-on' | 'unknown';
  /** The governing timex, for 'stated'. */
  readonly timex?: Timex;
}

/** Values that place something on a calendar (resolved, or X'd out for want of a publication date). */
export function isCalendarValue(t: Timex): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && /^(?:\d{4}|XXXX)/.test(t.value);
}

/**
 * The sentence range holding `[start, end)` from the shared view of the `sentences` layer; a span
 * that crosses sentences (a quotation of several) gets the range of the sentences it spans, a span
 * outside every sentence its own range.
 */
export function sentenceRange(doc: Document, start: number, end: number): SentenceRange {
  const { sentences, sentencesOverlapping } = docView(doc);
  const { from, to } = sentencesOverlapping(start, end);
  if (from >= to) return { start, end };
  return { start: sentences[from]!.start, end: sentences[to - 1]!.end };
}

/** The date of one span; to date many spans of a document, make one `spanDater` (it indexes once). */
export function dateForSpan(doc: Document, start: number, end: number): SpanDate {
  return spanDater(doc)(start, end);
}

/**
 * `dateForSpan` for many spans of `doc`: timexes are indexed by offset on the first span (sentences
 * by the document view), so each span costs binary searches and a look at its own sentence's
 * timexes (a scan of every timex per statement grew with the square of the document).
 */
export function spanDater(doc: Document): (start: number, end: number) => SpanDate {
  const timexes = doc.layers.timexes ?? [];
  const published = doc.meta.publishedAt?.slice(0, 10);
  let byStart: Int32Array | undefined;
  let view: DocView | undefined;
  return (start, end) => {
    byStart ??= startOrder(timexes);
    view ??= docView(doc);
    const { sentences, sentenceAt } = view;
    const first = sentences[sentenceAt(start)];
    const holding = first && end <= first.end ? first : undefined;
    const sentence = holding ?? sentenceRange(doc, start, end);
    // A span filling its one sentence is dated by what it says; one crossing sentences (a quotation
    // of several) only by what stands outside it.
    const wholeSentence = holding !== undefined && start <= holding.start && end >= holding.end;
    // The first timex in layer order among those inside the sentence (all start within it).
    let governing = -1;
    for (let i = firstFrom(timexes, byStart, sentence.start); i < byStart.length; i++) {
      const at = byStart[i] as number;
      const t = timexes[at] as Timex;
      if (t.start >= sentence.end) break;
      if (governing >= 0 && at > governing) continue;
      if (t.end <= sentence.end && isCalendarValue(t) && (wholeSentence || t.end <= start || t.start >= end))
        governing = at;
    }
    const timex = governing >= 0 ? timexes[governing] : undefined;
    if (timex) return { value: timex.value, kind: 'stated', timex };
    return published ? { value: published, kind: 'reported-on' } : { value: undefined, kind: 'unknown' };
  };
}

/** Layer positions of `timexes` by start (ties in layer order); the layer is usually in that order already. */
function startOrder(timexes: readonly Timex[]): Int32Array {
  const order = new Int32Array(timexes.length);
  let sorted = true;
  for (let i = 0; i < timexes.length; i++) {
    order[i] = i;
    if (i > 0 && (timexes[i] as Timex).start < (timexes[i - 1] as Timex).start) sorted = false;
  }
  if (!sorted) order.sort((a, b) => (timexes[a] as Timex).start - (timexes[b] as Timex).start || a - b);
  return order;
}

/** Index in `order` of the first timex starting at or after `pos`. */
function firstFrom(timexes: readonly Timex[], order: Int32Array, pos: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((timexes[order[mid] as number] as Timex).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
