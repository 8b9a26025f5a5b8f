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
  /** Ranked article hits: columns id, score, snippet; `filter` is a condition on `a` (articles). */
  articleSearch(words: string, filter: string): { sql: string; params: string[] };
  /** Ranked statement hits: columns id (statement row), score, snippet. */
  statementSearch(words: string, filter: string): { sql: string; params: string[] };
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
  articleSearch(words, filter) {
    return {
      sql: `SELECT a.id AS id, -bm25(article_fts, 2.0, 1.0) AS score,
              snippet(article_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', ${SNIPPET_WORDS}) AS snippet
            FROM article_fts JOIN articles a ON a.id = article_fts.rowid
            WHERE article_fts MATCH ? AND ${filter}
            ORDER BY score DESC, a.id DESC`,
      params: [fts5Query(words)],
    };
  },
  statementSearch(words, filter) {
    return {
      sql: `SELECT s.id AS id, -bm25(statement_fts) AS score,
              snippet(statement_fts, 0, '${MARK_OPEN}', '${MARK_CLOSE}', '…', ${SNIPPET_WORDS}) AS snippet
            FROM statement_fts JOIN statements s ON s.id = statement_fts.rowid JOIN articles a ON a.id = s.article_id
            WHERE statement_fts MATCH ? AND ${filter}
            ORDER BY score DESC, s.id DESC`,
      params: [fts5Query(words)],
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
  articleSearch(words, filter) {
    return {
      // ts_headline is costly: PostgreSQL evaluates it after ORDER BY … LIMIT, for the page only.
      sql: `SELECT a.id AS id, ts_rank(a.search, websearch_to_tsquery('english', ?)) AS score,
              ts_headline('english', a.text, websearch_to_tsquery('english', ?), '${HEADLINE}') AS snippet
            FROM articles a WHERE a.search @@ websearch_to_tsquery('english', ?) AND ${filter}
            ORDER BY score DESC, a.id DESC`,
      params: [words, words, words],
    };
  },
  statementSearch(words, filter) {
    return {
      sql: `SELECT s.id AS id, ts_rank(s.search, websearch_to_tsquery('english', ?)) AS score,
              ts_headline('english', s.content, websearch_to_tsquery('english', ?), '${HEADLINE}') AS snippet
            FROM statements s JOIN articles a ON a.id = s.article_id
            WHERE s.search @@ websearch_to_tsquery('english', ?) AND ${filter}
            ORDER BY score DESC, s.id DESC`,
      params: [words, words, words],
    };
  },
};

export function ftsFor(dialect: Dialect): FtsSql {
  return dialect === 'sqlite' ? sqliteFts : postgresFts;
}
