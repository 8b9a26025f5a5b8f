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
import { docView } from '../../pipeline/doc-view.js';
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

/** The sentence holding all of `[start, end)`, or undefined when the span crosses sentences. */
function sentenceHolding(doc: Document, start: number, end: number): SentenceRange | undefined {
  const { sentences, sentenceAt } = docView(doc);
  const s = sentences[sentenceAt(start)];
  return s && end <= s.end ? s : undefined;
}

export function dateForSpan(doc: Document, start: number, end: number): SpanDate {
  const holding = sentenceHolding(doc, start, end);
  const sentence = holding ?? sentenceRange(doc, start, end);
  // A span filling its one sentence is dated by what it says; one crossing sentences (a quotation of
  // several) only by what stands outside it.
  const wholeSentence = holding !== undefined && start <= holding.start && end >= holding.end;
  const timexes = doc.layers.timexes ?? [];
  const governing = timexes.find(
    (t) =>
      t.start >= sentence.start &&
      t.end <= sentence.end &&
      isCalendarValue(t) &&
      (wholeSentence || t.end <= start || t.start >= end),
  );
  if (governing) return { value: governing.value, kind: 'stated', timex: governing };
  const published = doc.meta.publishedAt?.slice(0, 10);
  return published ? { value: published, kind: 'reported-on' } : { value: undefined, kind: 'unknown' };
}
