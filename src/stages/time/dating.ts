/**
 * Dating statements: which time a clause or sentence happened at.
 *
 * `dateForSpan(doc, start, end)` returns the timex that governs the sentence
 * holding the span (`On Thursday, Putin extended…` → that Thursday) — the first
 * DATE/TIME with a calendar value in the sentence that is not inside the span
 * itself (a quote's own `within 24 hours` says what, not when) — or else the
 * publication date, marked 'reported-on'. Pure: reads the `timexes` layer and
 * `sentences` when present, never changes the document.
 */
import type { Document } from '../../model/document.js';
import { docView } from '../../pipeline/doc-view.js';
import { sentenceAround } from './tense.js';
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

/** The sentence range holding `[start, end)`: from the `sentences` layer when computed, else a punctuation split. */
export function sentenceRange(doc: Document, start: number, end: number): { start: number; end: number } {
  if (doc.layers.sentences) {
    const { sentences, sentenceAt } = docView(doc);
    const s = sentences[sentenceAt(start)];
    if (s && end <= s.end) return { start: s.start, end: s.end };
  }
  return sentenceAround(doc.text, start, end);
}

export function dateForSpan(doc: Document, start: number, end: number): SpanDate {
  const sentence = sentenceRange(doc, start, end);
  const wholeSentence = start <= sentence.start && end >= sentence.end;
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
