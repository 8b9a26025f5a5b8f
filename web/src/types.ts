/** The corpus API's rows as the app reads them (see /api/openapi.json). */

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string;
}

export interface ArticleSummary {
  readonly id: number;
  readonly docId: string;
  readonly source: string;
  readonly url?: string;
  readonly title?: string;
  readonly site?: string;
  readonly publishedAt?: string;
  readonly statementCount: number;
  readonly actorCount: number;
  readonly duplicateOf?: number;
}

export interface StatementRow {
  readonly articleId: number;
  readonly id: string;
  readonly kind: string;
  readonly speaker?: { readonly name: string };
  readonly content: readonly { readonly text: string }[];
  readonly cue: { readonly text: string };
  readonly date?: string;
  readonly dateBasis: string;
  readonly articleTitle?: string;
  readonly publishedAt?: string;
}

export interface ActorSummary {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly country?: string;
  readonly articles: number;
  readonly mentions: number;
  readonly statements: number;
}

export interface SearchHit {
  readonly type: 'article' | 'statement';
  readonly articleId: number;
  readonly statementId?: string;
  readonly title?: string;
  readonly publishedAt?: string;
  readonly speaker?: string;
  readonly snippet: string;
}

export interface TimelineRow {
  readonly date: string;
  readonly articleId: number;
  readonly statementId: string;
  readonly speaker?: string;
  readonly kind: string;
  readonly text: string;
}

export interface Stats {
  readonly articles: number;
  readonly statements: number;
  readonly actors: number;
  readonly duplicates: number;
  readonly errors: number;
}

export interface Job {
  readonly id: string;
  readonly state: 'queued' | 'running' | 'done' | 'failed';
  readonly total: number;
  readonly processed: number;
  readonly stored: number;
  readonly skipped: number;
  readonly failed: number;
  readonly articleIds: readonly number[];
  readonly errors: readonly { readonly input: string; readonly code: string; readonly message: string }[];
}

export interface ActParticipant {
  readonly name: string;
  readonly country?: string;
}

/** A stored act (PLOVER) with its article: `/api/acts`. */
export interface ActRow {
  readonly articleId: number;
  readonly id: string;
  readonly type: string;
  readonly mode?: string;
  readonly actors: readonly ActParticipant[];
  readonly recipients: readonly ActParticipant[];
  /** Flags are present only when true (docs/records.md). */
  readonly reciprocal?: boolean;
  readonly negated?: boolean;
  readonly trigger: { readonly text: string };
  readonly evidence: { readonly text: string };
  readonly date?: { readonly value: string; readonly basis: string };
  readonly articleTitle?: string;
  readonly publishedAt?: string;
}

export interface CoActor {
  readonly name: string;
  readonly type: string;
  readonly articles: number;
}
