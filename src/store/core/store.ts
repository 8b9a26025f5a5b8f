/** The store over any adapter: migrations at open, writes and queries from the core. */
import type { Analysis } from '../../analysis/records.js';
import { type CorpusApi, corpusApi } from '../../corpus/corpus-store.js';
import { linkArticle } from '../../corpus/link.js';
import { assignStory } from '../../corpus/stories.js';
import { actorCodeBooks } from '../../kb/extra.js';
import { coActors, listActs } from './acts.js';
import { actorPositions, claimPage, findClaims, storeClaims } from './claims.js';
import { type ClaimsBoardQuery, claimsBoard } from './claims-board.js';
import { decodeCursor, pageSize } from './cursor.js';
import { ftsFor } from './dialect-sql.js';
import type { Driver } from './driver.js';
import { exportAnalyses, exportRecords } from './export.js';
import { migrate } from './migrate.js';
import {
  getArticle,
  getArticleJson,
  keysetPage,
  listActors,
  listArticles,
  listStatements,
  timeline,
  timelineMonths,
} from './queries.js';
import { search } from './search.js';
import type {
  ActorQuery,
  ActQuery,
  ArticleQuery,
  ExportFilter,
  IngestErrorRow,
  IngestOutcome,
  PageQuery,
  PreparedArticle,
  RecordType,
  SearchQuery,
  SourceRef,
  StatementQuery,
  Store,
  StoreStats,
  TimelineQuery,
} from './types.js';
import { type IngestSteps, ingestArticle, ingestInGroup, prepareArticle, textHash } from './write.js';

/** Opens a store over a driver: brings its schema up to date (unless read-only) and checks it is one of ours. */
export async function storeOver(driver: Driver): Promise<Store> {
  try {
    await migrate(driver);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return new CoreStore(driver);
}

class CoreStore implements Store {
  readonly dialect: Store['dialect'];
  readonly url: string;
  readonly corpus: CorpusApi;
  private readonly fts;

  constructor(private readonly db: Driver) {
    this.dialect = db.dialect;
    this.url = db.location;
    this.fts = ftsFor(db.dialect);
    this.corpus = corpusApi(db);
  }

  ingest(analysis: Analysis, source: SourceRef) {
    return this.ingestPrepared(prepareArticle(analysis, source));
  }

  ingestPrepared(article: PreparedArticle) {
    return ingestArticle(this.db, article, this.steps());
  }

  ingestGroup<T>(
    fn: (write: (article: PreparedArticle) => Promise<IngestOutcome>) => Promise<T>,
  ): Promise<T> {
    const steps = this.steps();
    return this.db.transaction((tx) => fn((article) => ingestInGroup(this.db, tx, article, steps)));
  }

  /**
   * Corpus actors and stories are linked in the article's own transaction (src/corpus/), from the default
   * records the prepared article carries: actors before their rows are written (rows and links in one insert),
   * stories once the rows are there.
   */
  private steps(): IngestSteps {
    const books = actorCodeBooks();
    return {
      link: (tx, id, analysis) => linkArticle(tx, id, analysis, { dialect: this.dialect, books }),
      after: async (tx, id, analysis) => {
        await this.fts.index(tx, id);
        await assignStory(tx, id);
        await storeClaims(tx, id, analysis, this.dialect);
      },
    };
  }

  claim(recordId: string) {
    return claimPage(this.db, recordId);
  }

  findClaims(words: string, limit?: number) {
    return findClaims(this.db, words, limit);
  }

  claimsBoard(query: ClaimsBoardQuery = {}) {
    return claimsBoard(this.db, query);
  }

  positions(actor: string, topic?: string) {
    return actorPositions(this.db, actor, topic);
  }

  async storedId(identity: string, text: string): Promise<number | undefined> {
    const row = await this.db.get<{ id: number }>(
      'SELECT a.id FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.identity = ? AND a.text_hash = ?',
      [identity, textHash(text)],
    );
    return row?.id;
  }

  async recordError(input: string, error: { code: string; message: string }): Promise<void> {
    await this.db.run('INSERT INTO ingest_errors (input, code, message, at) VALUES (?, ?, ?, ?)', [
      input,
      error.code,
      error.message,
      new Date().toISOString(),
    ]);
  }

  articles(query: ArticleQuery = {}) {
    return listArticles(this.db, query);
  }
  article(ref: number | string) {
    return getArticle(this.db, ref);
  }
  articleJson(ref: number | string, all = false) {
    return getArticleJson(this.db, ref, all);
  }
  statements(query: StatementQuery = {}) {
    return listStatements(this.db, this.fts, query);
  }
  acts(query: ActQuery = {}) {
    return listActs(this.db, query);
  }
  coActors(name: string, limit?: number) {
    return coActors(this.db, name, limit);
  }
  actors(query: ActorQuery = {}) {
    return listActors(this.db, query);
  }
  search(query: SearchQuery) {
    return search(this.db, this.fts, query);
  }
  timeline(query: TimelineQuery = {}) {
    return timeline(this.db, this.fts, query);
  }
  timelineMonths(query: Omit<TimelineQuery, 'cursor' | 'limit'> = {}) {
    return timelineMonths(this.db, this.fts, query);
  }
  exportRecords(type: RecordType, filter: ExportFilter = {}) {
    return exportRecords(this.db, type, filter);
  }
  exportAnalyses(filter: ExportFilter = {}) {
    return exportAnalyses(this.db, filter);
  }

  async errors(query: PageQuery = {}) {
    const limit = pageSize(query.limit);
    const after = decodeCursor(query.cursor);
    const rows = await this.db.all<IngestErrorRow & { id: number }>(
      `SELECT id, input, code, message, at FROM ingest_errors ${after ? 'WHERE id < ?' : ''} ORDER BY id DESC LIMIT ?`,
      after ? [Number(after[0]), limit + 1] : [limit + 1],
    );
    return keysetPage(
      rows,
      limit,
      (r) => [r.id],
      ({ id: _id, ...rest }) => rest,
    );
  }

  async stats(): Promise<StoreStats> {
    const n = async (sql: string): Promise<number> => Number((await this.db.get<{ n: number }>(sql))?.n ?? 0);
    return {
      schemaVersion: await n('SELECT max(version) AS n FROM verbatim_schema'),
      articles: await n('SELECT count(*) AS n FROM articles'),
      duplicates: await n('SELECT count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL'),
      statements: await n('SELECT count(*) AS n FROM statements'),
      actors: await n('SELECT count(*) AS n FROM actors'),
      errors: await n('SELECT count(*) AS n FROM ingest_errors'),
    };
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
