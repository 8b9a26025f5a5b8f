/**
 * The store's public API: what `openStore(url)` returns, the query shapes and
 * the rows they give back. The same types serve the CLI, the HTTP API and the
 * library; every list query pages with an opaque cursor (`nextCursor`), so an
 * HTTP route passes `?cursor=` through unchanged.
 *
 * Dialect-free: SQLite and PostgreSQL adapters implement `Driver` (driver.ts);
 * the core turns these queries into SQL for either.
 */

import type { Analysis } from '../../analysis/records.js';
import type { ResolvedAct } from '../../analysis/resolve.js';
import type { CorpusApi } from '../../corpus/corpus-store.js';
import type { Span } from '../../model/span.js';
import type { CueClass } from '../../stages/quotes/cue-class.js';
import type { AnalysisJson } from './analysis-blob.js';
import type { ActorPosition, ClaimPage } from './claims.js';
import type { BoardClaim, ClaimsBoardQuery } from './claims-board.js';

export type Dialect = 'sqlite' | 'postgres';

/** A page of results; pass `nextCursor` back as `cursor` for the next page (absent on the last one). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string;
}

/** Paging shared by every list query. */
export interface PageQuery {
  /** Opaque cursor from a previous page. */
  readonly cursor?: string;
  /** Page size (default 50, at most 1000). */
  readonly limit?: number;
}

/** Where an article came from; its identity decides idempotency and versions. */
export interface SourceRef {
  /** URL, file path or `-`: shown to people. */
  readonly input: string;
  /**
   * Identity of the source: the same identity and the same text is the same
   * article (skipped); the same identity with a changed text is a new version.
   * Default: the analysis' URL, else `input`.
   */
  readonly identity?: string;
}

/**
 * An article ready to write: what `prepareArticle` computes from an analysis. Text only, so it crosses threads
 * as a few strings (a structured clone of the object graph cost the analysing thread ~3 ms per article): the
 * writing thread parses the view JSON back for corpus linking and claims, and builds the rows from it.
 */
export interface PreparedArticle {
  readonly input: string;
  readonly identity: string;
  readonly docId: string;
  readonly text: string;
  /** The document record as JSON. */
  readonly meta: string;
  /**
   * The analysis JSON in two parts (analysis-blob.ts), compressed by the write. Its text hash and MinHash
   * signature are computed there too (where that work goes and why: src/store/worker/analysis-task.ts).
   */
  readonly json: AnalysisJson;
}

export type IngestStatus = 'stored' | 'skipped' | 'new-version';

export interface IngestOutcome {
  readonly status: IngestStatus;
  /** The stored article (for 'skipped': the one already there). */
  readonly articleId: number;
  readonly version: number;
  /** When the text is a near-duplicate of an earlier article: that article and the estimated similarity. */
  readonly duplicateOf?: { readonly articleId: number; readonly similarity: number };
}

export interface ArticleSummary {
  readonly id: number;
  /** The analysis' document ID (a hash of the text). */
  readonly docId: string;
  readonly source: string;
  readonly url?: string;
  readonly title?: string;
  readonly site?: string;
  readonly publishedAt?: string;
  readonly ingestedAt: string;
  readonly version: number;
  /** False for an older version of a changed article. */
  readonly latest: boolean;
  /** The article this one is a near-duplicate of (wire copy republished), if any. */
  readonly duplicateOf?: number;
  readonly statementCount: number;
  readonly actorCount: number;
}

/** An article with its full stored analysis. */
export interface StoredArticle extends ArticleSummary {
  readonly analysis: Analysis;
}

/** Filters shared by queries over articles and the records in them. */
export interface CorpusFilter {
  /** Only articles published (statements: dated) on or after this ISO date. */
  readonly since?: string;
  /** … on or before this ISO date (inclusive). */
  readonly until?: string;
  /** Include near-duplicates and older versions (default: only originals, latest versions). */
  readonly includeDuplicates?: boolean;
}

export interface ArticleQuery extends PageQuery, CorpusFilter {
  readonly site?: string;
}

export interface StatementQuery extends PageQuery, CorpusFilter {
  /** Speaker name, or one word of it (case-insensitive): `Peskov` finds `Dmitry Peskov`. */
  readonly speaker?: string;
  /** Words the statement's content is about (full-text match on the content). */
  readonly about?: string;
  readonly kind?: StatementKindName;
  /** Only statements whose cue reports this (`speech`: what was said, as the CLI's speech profile counts cues). */
  readonly cue?: CueClass;
  readonly articleId?: number;
}

export interface ActQuery extends PageQuery, CorpusFilter {
  /** An actor or recipient's name, or one word of it (case-insensitive). */
  readonly participant?: string;
  /** With `participant`: only acts where it is the actor, or the recipient. */
  readonly role?: 'actor' | 'recipient';
  /** PLOVER type (ASSAULT, CONSULT…). */
  readonly type?: string;
  readonly articleId?: number;
}

/** A stored act record (verbatim.analysis/2 `acts`, participants named) with the article it came from. */
export type ActRow = ResolvedAct & {
  readonly articleId: number;
  readonly articleTitle?: string;
  readonly articleUrl?: string;
  readonly publishedAt?: string;
};

/** An actor seen in the same articles as another, with how many articles they share. */
export interface CoActor {
  readonly name: string;
  readonly type: string;
  readonly articles: number;
}

export type StatementKindName = 'direct' | 'indirect' | 'mixed' | 'according-to';

export interface StatementRow {
  readonly articleId: number;
  /** Record ID of the statement in its analysis. */
  readonly id: string;
  readonly kind: StatementKindName;
  readonly speaker?: { readonly name: string; readonly actorId?: string };
  readonly sourceType: string;
  /** Content pieces (possibly discontinuous) with offsets into the article text. */
  readonly content: readonly Span[];
  readonly cue: Span;
  /** What the cue reports: speech (said), belief (thinks), evidence (found) or other (praised). */
  readonly cueClass: CueClass;
  readonly source?: Span;
  /** When it was said: a TimeML value (`2024-11-07`) when known. */
  readonly date?: string;
  /** 'stated' (a date in its sentence), 'reported-on' (the publication date) or 'unknown'. */
  readonly dateBasis: string;
  readonly articleTitle?: string;
  readonly articleUrl?: string;
  readonly publishedAt?: string;
}

export interface ActorQuery extends PageQuery, CorpusFilter {
  readonly type?: string;
  /** ISO 3166-1 alpha-3. */
  readonly country?: string;
  /** Name or one word of it (case-insensitive). */
  readonly name?: string;
}

/** An actor across the corpus (until corpus-wide identity lands: one row per name, type and country). */
export interface ActorSummary {
  readonly name: string;
  readonly type: string;
  readonly country?: string;
  readonly articles: number;
  readonly mentions: number;
  readonly statements: number;
}

export interface SearchQuery extends PageQuery, CorpusFilter {
  readonly q: string;
  /** What to search: articles, statements or both (default). */
  readonly in?: 'articles' | 'statements' | 'all';
}

export interface SearchHit {
  readonly type: 'article' | 'statement';
  readonly articleId: number;
  /** For statements: the statement's record ID. */
  readonly statementId?: string;
  readonly title?: string;
  readonly publishedAt?: string;
  readonly speaker?: string;
  /** Text around the match with matched words between `[` and `]`. */
  readonly snippet: string;
  /** Higher is better. */
  readonly score: number;
}

export interface TimelineQuery extends PageQuery, CorpusFilter {
  readonly speaker?: string;
  readonly about?: string;
  readonly cue?: CueClass;
}

/** One dated statement on a timeline, oldest first. */
export interface TimelineRow {
  readonly date: string;
  readonly articleId: number;
  readonly statementId: string;
  readonly speaker?: string;
  readonly kind: StatementKindName;
  readonly text: string;
}

/** How many dated statements fall in one calendar month. */
export interface MonthCount {
  /** `YYYY-MM`. */
  readonly month: string;
  readonly count: number;
}

/** Record types `exportRecords` streams (CSV: one file each). */
export const RECORD_TYPES = ['articles', 'blocks', 'actors', 'mentions', 'statements', 'timexes'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export interface ExportFilter extends CorpusFilter {
  readonly speaker?: string;
  readonly site?: string;
}

/** An input that failed during ingest, as recorded in the store. */
export interface IngestErrorRow {
  readonly input: string;
  readonly code: string;
  readonly message: string;
  readonly at: string;
}

export interface StoreStats {
  readonly schemaVersion: number;
  readonly articles: number;
  readonly duplicates: number;
  readonly statements: number;
  readonly actors: number;
  readonly errors: number;
}

export interface Store {
  readonly url: string;
  readonly dialect: Dialect;
  /** Corpus-wide actors (linked at ingest), user corrections, stories and timelines (src/corpus/). */
  readonly corpus: CorpusApi;
  /** Writes one analysed article in one transaction (idempotent; versions; near-duplicate link). */
  ingest(analysis: Analysis, source: SourceRef): Promise<IngestOutcome>;
  /** The same for an article prepared beforehand (`prepareArticle`, possibly on a worker thread). */
  ingestPrepared(article: PreparedArticle): Promise<IngestOutcome>;
  /**
   * Several prepared articles in one transaction (group commit): `fn` gets `write`, which stores an article in
   * its own savepoint (a failing article is rolled back alone and `write` rethrows its error; the others stay).
   * Nothing `write` stored is durable before this resolves, after the COMMIT; when it rejects, none of it is.
   * While the group is open, SQLite holds its write lock and the store's other calls on this connection run
   * inside the group (they see its articles).
   */
  ingestGroup<T>(fn: (write: (article: PreparedArticle) => Promise<IngestOutcome>) => Promise<T>): Promise<T>;
  /** The article when this source identity already holds exactly this text (so analysis can be skipped). */
  storedId(identity: string, text: string): Promise<number | undefined>;
  recordError(input: string, error: { code: string; message: string }): Promise<void>;
  articles(query?: ArticleQuery): Promise<Page<ArticleSummary>>;
  /** By numeric id, document ID or URL (the latest version). */
  article(ref: number | string): Promise<StoredArticle | undefined>;
  /**
   * The same, with the analysis as stored UTF-8 JSON bytes (not parsed), for the HTTP API to pass on: the
   * default records (as `verbatim analyze` prints them), or with `all` also the opt-in records ingest keeps.
   */
  articleJson(
    ref: number | string,
    all?: boolean,
  ): Promise<{ article: ArticleSummary; analysisJson: Buffer } | undefined>;
  statements(query?: StatementQuery): Promise<Page<StatementRow>>;
  /** Acts (PLOVER), newest first, by participant (and role), type, article and date. */
  acts(query?: ActQuery): Promise<Page<ActRow>>;
  /** The actors most often in the same articles as the actor of this exact name. */
  coActors(name: string, limit?: number): Promise<CoActor[]>;
  actors(query?: ActorQuery): Promise<Page<ActorSummary>>;
  search(query: SearchQuery): Promise<Page<SearchHit>>;
  timeline(query?: TimelineQuery): Promise<Page<TimelineRow>>;
  /** The timeline's statements counted per month, over all of them (for its chart). */
  timelineMonths(query?: Omit<TimelineQuery, 'cursor' | 'limit'>): Promise<MonthCount[]>;
  /** Every record of a type matching the filter, streamed in id order with flat memory (no cap). */
  exportRecords(type: RecordType, filter?: ExportFilter): AsyncIterable<Record<string, unknown>>;
  /** Stored analyses matching the filter, streamed (for brat, CoNLL and TimeML export). */
  exportAnalyses(filter?: ExportFilter): AsyncIterable<StoredArticle>;
  errors(query?: PageQuery): Promise<Page<IngestErrorRow>>;
  /** A claim with every response linked to it, in its article or another (issue #20). */
  claim(recordId: string): Promise<ClaimPage | undefined>;
  /** Claims whose content holds all the words, newest first. */
  findClaims(
    words: string,
    limit?: number,
  ): Promise<Array<{ recordId: string; content: string; claimant: string | null; date: string | null }>>;
  /** Claims that responses answer, most recently answered first, each with its responses (the claims board). */
  claimsBoard(query?: ClaimsBoardQuery): Promise<Page<BoardClaim>>;
  /** An actor's positions across the store, by topic, in date order. */
  positions(actor: string, topic?: string): Promise<ActorPosition[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Open for reading only (queries); a missing file is then an error instead of a new store. */
  readonly readonly?: boolean;
  /** SQLite: milliseconds to wait for another writer before failing (default 30 s). */
  readonly busyTimeoutMs?: number;
}
