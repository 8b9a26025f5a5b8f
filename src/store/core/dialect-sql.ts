/**
 * The only SQL that differs between the databases: full-text search (SQLite
 * FTS5 tables, PostgreSQL tsvector columns) and keeping its index up to date.
 * Each function returns SQL with `?` placeholders and the values for them.
 */
import type { Executor } from './driver.js';
import type { Dialect } from './types.js';

export interface FtsSql {
  /** Adds an article's text and statements to the index, in the article's transaction. */
  index(tx: Executor, articleId: number): Promise<void>;
  /** A condition on `s` (statements) that its content matches the words. */
  statementMatches(words: string): { sql: string; params: string[] };
  /**
   * Ranked article hits: columns id, score (higher is better); `filter` is a condition on `a` (articles).
   * Only the `candidates` newest matches (by id: the latest stored) are ranked, so a query's cost does not
   * grow with the store (see SEARCH_CANDIDATES in search.ts).
   */
  articleSearch(words: string, filter: string, candidates: number): { sql: string; params: string[] };
  /** Ranked statement hits: columns id (statement row), score; the `candidates` newest matches only. */
  statementSearch(words: string, filter: string, candidates: number): { sql: string; params: string[] };
  /** Snippets (columns id, snippet) for the hits of one page only: making one reads the whole text. */
  snippets(
    kind: 'article' | 'statement',
    words: string,
    ids: readonly number[],
  ): { sql: string; params: (string | number)[] };
}

/** User words → an FTS5 query: every word or "quoted phrase" must occur; FTS5 operators in the input are plain text. */
export function fts5Query(words: string): string {
  const parts = words.match(/"[^"]*"|[^\s"]+/g) ?? [];
  const terms = parts
    .map((p) =>
      p
        .replace(/^"|"$/g, '')
        .replace(/[^\p{L}\p{N}\s'-]+/gu, ' ')
        .trim(),
    )
    .filter(Boolean)
    .map((t) => `"${t.replace(/"/g, '""')}"`);
  return terms.length ? terms.join(' ') : '""';
}

/** Marks around matched words in snippets, and the ellipsis for cut text. */
const MARK_OPEN = '[';
const MARK_CLOSE = ']';
/** Words of context a snippet shows around the match. */
const SNIPPET_WORDS = 24;

const sqliteFts: FtsSql = {
  async index(tx, articleId) {
    await tx.run(
      'INSERT INTO article_fts (rowid, title, text) SELECT id, title, text FROM articles WHERE id = ?',
      [articleId],
    );
    await tx.run(
      'INSERT INTO statement_fts (rowid, content) SELECT id, content FROM statements WHERE article_id = ?',
      [articleId],
    );
  },
  statementMatches(words) {
    return {
      sql: 's.id IN (SELECT rowid FROM statement_fts WHERE statement_fts MATCH ?)',
      params: [fts5Query(words)],
    };
  },
  // FTS5 walks a match's rowids newest first and stops at the limit; bm25 is computed for those rows only.
  articleSearch(words, filter, candidates) {
    return {
      sql: `SELECT id, score FROM (
              SELECT a.id AS id, -bm25(article_fts, 2.0, 1.0) AS score
              FROM article_fts JOIN articles a ON a.id = article_fts.rowid
              WHERE article_fts MATCH ? AND ${filter}
              ORDER BY article_fts.rowid DESC LIMIT ${candidates}) AS newest
            ORDER BY score DESC, id DESC`,
      params: [fts5Query(words)],
    };
  },
  statementSearch(words, filter, candidates) {
    return {
      sql: `SELECT id, score FROM (
              SELECT s.id AS id, -bm25(statement_fts) AS score
              FROM statement_fts JOIN statements s ON s.id = statement_fts.rowid JOIN articles a ON a.id = s.article_id
              WHERE statement_fts MATCH ? AND ${filter}
              ORDER BY statement_fts.rowid DESC LIMIT ${candidates}) AS newest
            ORDER BY score DESC, id DESC`,
      params: [fts5Query(words)],
    };
  },
  snippets(kind, words, ids) {
    const table = kind === 'article' ? 'article_fts' : 'statement_fts';
    const column = kind === 'article' ? 1 : 0;
    // The rowid range bounds the part of each term's doclist FTS5 reads; given the IN list itself (`+` keeps
    // it from FTS5), it read a frequent term's whole doclist once per hit (12.8 → 2.8 ms for 20 statement
    // hits of "Donald Trump" at 30,000 articles, and growing with the store).
    return {
      sql: `SELECT rowid AS id, snippet(${table}, ${column}, '${MARK_OPEN}', '${MARK_CLOSE}', '…', ${SNIPPET_WORDS}) AS snippet
            FROM ${table} WHERE ${table} MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (${ids.map(() => '?').join(', ')})`,
      params: [fts5Query(words), Math.min(...ids), Math.max(...ids), ...ids],
    };
  },
};

const HEADLINE = `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxWords=${SNIPPET_WORDS}, MinWords=${Math.round(SNIPPET_WORDS / 2)}, MaxFragments=1, FragmentDelimiter=…`;

const postgresFts: FtsSql = {
  async index() {
    // Generated tsvector columns index themselves.
  },
  statementMatches(words) {
    return { sql: `s.search @@ websearch_to_tsquery('english', ?)`, params: [words] };
  },
  articleSearch(words, filter, candidates) {
    return {
      sql: `SELECT id, score FROM (
              SELECT a.id AS id, ts_rank(a.search, websearch_to_tsquery('english', ?)) AS score
              FROM articles a WHERE a.search @@ websearch_to_tsquery('english', ?) AND ${filter}
              ORDER BY a.id DESC LIMIT ${candidates}) AS newest
            ORDER BY score DESC, id DESC`,
      params: [words, words],
    };
  },
  statementSearch(words, filter, candidates) {
    return {
      sql: `SELECT id, score FROM (
              SELECT s.id AS id, ts_rank(s.search, websearch_to_tsquery('english', ?)) AS score
              FROM statements s JOIN articles a ON a.id = s.article_id
              WHERE s.search @@ websearch_to_tsquery('english', ?) AND ${filter}
              ORDER BY s.id DESC LIMIT ${candidates}) AS newest
            ORDER BY score DESC, id DESC`,
      params: [words, words],
    };
  },
  snippets(kind, words, ids) {
    const [table, column] = kind === 'article' ? ['articles', 'text'] : ['statements', 'content'];
    return {
      sql: `SELECT id, ts_headline('english', ${column}, websearch_to_tsquery('english', ?), '${HEADLINE}') AS snippet
            FROM ${table} WHERE id IN (${ids.map(() => '?').join(', ')})`,
      params: [words, ...ids],
    };
  },
};

export function ftsFor(dialect: Dialect): FtsSql {
  return dialect === 'sqlite' ? sqliteFts : postgresFts;
}
