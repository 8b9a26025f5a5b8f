/** Corpus-wide actors, stories and timelines: the shapes the store's `corpus` API returns. */
import type { Span } from '../model/span.js';
import type { PageQuery } from '../store/core/types.js';

export interface CorpusActorQuery extends PageQuery {
  readonly type?: string;
  /** ISO 3166-1 alpha-3. */
  readonly country?: string;
  /** Part of the name (case-insensitive). */
  readonly name?: string;
}

export interface CorpusActorSummary {
  /** Stable id of the corpus actor. */
  readonly id: number;
  readonly name: string;
  readonly type: string;
  readonly country?: string;
  /** PLOVER/CAMEO sector at the latest article linked (`GOV`, `ELI`…). */
  readonly sector?: string;
  readonly articles: number;
  readonly mentions: number;
  readonly statements: number;
}

/**
 * A role as an article states it: dated by a timex of its sentence (`stated`, with that timex) or
 * else by the article's date (`reported-on`).
 */
export interface RoleOverTime {
  readonly role: string;
  readonly title?: string;
  readonly date?: string;
  readonly basis: 'stated' | 'reported-on' | 'unknown';
  /** The timex that dates a `stated` role. */
  readonly statedBy?: Span;
  /** The article's date. */
  readonly reportedOn?: string;
  readonly articleId: number;
  readonly articleTitle?: string;
  readonly span: Span;
}

/** One article actor linked to the corpus actor, with the link's score and evidence. */
export interface CorpusLink {
  readonly articleId: number;
  /** The actor's record id in its article's analysis. */
  readonly actorId: string;
  readonly name: string;
  readonly date?: string;
  readonly score: number;
  readonly evidence: Record<string, unknown>;
  /** Codes at the article's date. */
  readonly country?: string;
  readonly sector?: string;
  readonly mentions: number;
  readonly statements: number;
}

export interface CorpusActorDetail {
  readonly id: number;
  readonly name: string;
  readonly type: string;
  readonly country?: string;
  readonly sector?: string;
  /** The knowledge-base entry it is linked to, when known. */
  readonly kbName?: string;
  /** Names as written, with the number of article actors using each. */
  readonly names: readonly { readonly name: string; readonly articles: number }[];
  readonly roles: readonly RoleOverTime[];
  readonly links: readonly CorpusLink[];
}

/** One line of a timeline: a statement, a stated role or an act, with its article and span. */
export interface TimelineEntry {
  readonly kind: 'statement' | 'role' | 'act';
  /** `YYYY-MM-DD`: when it was said or done (stated) or, failing that, the article's day. */
  readonly date?: string;
  /** The TimeML value of a stated date. */
  readonly value?: string;
  /** 'stated' (a date in the text), 'reported-on' (the article's date) or 'unknown'. */
  readonly basis: string;
  /** The article's publication day. */
  readonly reportedOn?: string;
  readonly articleId: number;
  readonly recordId?: string;
  readonly actor?: string;
  readonly text: string;
  readonly span?: Span;
  readonly detail?: string;
}

export interface StoryQuery extends PageQuery {
  /** Only stories with at least this many articles (default 1). */
  readonly minArticles?: number;
}

export interface StorySummary {
  readonly id: number;
  /** Key actors and place. */
  readonly label: string;
  readonly firstDay?: string;
  readonly lastDay?: string;
  readonly articles: number;
}

/** One story: its articles in time order and its key actors (most mentioned across its articles). */
export interface StoryDetail extends StorySummary {
  readonly articleList: readonly {
    readonly id: number;
    readonly title?: string;
    readonly site?: string;
    readonly url?: string;
    readonly publishedAt?: string;
    readonly statementCount: number;
  }[];
  readonly keyActors: readonly {
    readonly id: number;
    readonly name: string;
    readonly type: string;
    readonly articles: number;
    readonly mentions: number;
  }[];
}
