/**
 * The `quotes` layer: statements (direct quotations, reported speech, mixed
 * partial quotes and `according to` attributions), each with its evidence spans
 * and the speaker it is attributed to.
 */
import type { Span } from '../../model/span.js';

export type StatementKind = 'direct' | 'indirect' | 'mixed' | 'according-to';

/** What kind of source the text names; non-person sources are typed as such. */
export type SourceType =
  | 'person'
  | 'pronoun'
  | 'organisation'
  | 'unnamed'
  | 'document'
  | 'poll'
  | 'group'
  | 'unknown';

export interface Speaker {
  /** The actor (actors layer) whose mention covers the source span, when that layer ran. */
  readonly actorId?: string;
  /** Canonical name: the actor's name, or the fullest name the text gives the source. */
  readonly name: string;
}

export interface Statement {
  readonly id: string;
  readonly kind: StatementKind;
  /** The content, possibly discontinuous (`“…,” he said, “…”`), in text order. */
  readonly content: readonly Span[];
  /** The cue (`said`, `according to`, `:`); for a floating quote, its opening mark. */
  readonly cue: Span;
  /** The mention naming the source; for floating quotes and participial cues, the mention they inherit. */
  readonly source?: Span;
  readonly sourceType: SourceType;
  readonly speaker?: Speaker;
  /** The words inside quotation marks (marks excluded), when the content has any. */
  readonly quoted: readonly Span[];
  /** The sentence holding the cue (its sentences layer id). */
  readonly sentenceId: string;
  /** The sentence span, for reports. */
  readonly sentence: Span;
  /** The source was inherited from an earlier statement (floating quote, participial cue, pronoun). */
  readonly inherited: boolean;
}

export interface QuotesLayer {
  readonly statements: readonly Statement[];
}

declare module '../../model/layers.js' {
  interface LayerMap {
    quotes: QuotesLayer;
  }
}
