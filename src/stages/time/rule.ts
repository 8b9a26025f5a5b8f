/**
 * One row of the rule table: a pattern and the function that normalises what it
 * matched. Rules are data — `rules-*.ts` only lists them — and the recogniser
 * (`recognise.ts`) runs them all, keeping the longest non-overlapping matches.
 */
import type { Normalised, RuleContext } from './resolve.js';

export interface Rule {
  /** Stable name, recorded on each timex for error analysis. */
  readonly id: string;
  /**
   * A cheap test every match's surroundings pass (a word the pattern cannot do
   * without): windows failing it skip the rule's full regex. Speed only.
   */
  readonly hint?: RegExp;
  /** Global regex over the text; named groups feed `normalise`. */
  readonly re: RegExp;
  /** Text-only veto, checked before overlap resolution (`May` the modal, `2000 people`). */
  accept?(m: RegExpExecArray): boolean;
  normalise(m: RegExpExecArray, ctx: RuleContext): Normalised;
}

/**
 * A letter, digit or underscore, Latin and Greek/Cyrillic included. Spelled as
 * ranges rather than `\p{L}` because Unicode-mode regexes scan several times slower.
 */
const WORD_CHAR = '[A-Za-z0-9_\\u00C0-\\u024F\\u0370-\\u04FF]';

/** Wraps a pattern with word boundaries that also reject a letter, digit or hyphen just outside it. */
export function rx(source: string): RegExp {
  return new RegExp(`(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`, 'g');
}

/** Group text, lower-cased; '' when the group did not take part. */
export function g(m: RegExpExecArray, name: string): string {
  return (m.groups?.[name] ?? '').toLowerCase();
}

/** The text just before the match (up to `n` characters), lower-cased. */
export function before(m: RegExpExecArray, n = 24): string {
  return m.input.slice(Math.max(0, m.index - n), m.index).toLowerCase();
}

/** The text just after the match (up to `n` characters). */
export function after(m: RegExpExecArray, n = 24): string {
  const end = m.index + m[0].length;
  return m.input.slice(end, end + n);
}
