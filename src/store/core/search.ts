/**
 * Ranked full-text search over articles and statements, with highlighted
 * snippets. Ranking reads only the index and small columns; titles, speakers
 * and snippets are fetched for the page's hits alone.
 */
import { encodeCursor, offsetOf, pageSize } from './cursor.js';
import type { FtsSql } from './dialect-sql.js';
import type { Executor } from './driver.js';
import { articleWhere, whereSql } from './queries.js';
import type { Page, SearchHit, SearchQuery } from './types.js';

/**
 * Matches ranked per kind: the newest this many (by store id, i.e. the latest stored), or the page's reach
 * when deeper. Exact bm25 / ts_rank top-k over every match costs time linear in the matches (a name in half
 * of 100,000 articles: hundreds of ms); ranking the newest matches keeps a query's cost flat as the store
 * grows, and a news search favours recent articles anyway. Queries with fewer matches are ranked exactly.
 */
export const SEARCH_CANDIDATES = 1000;

type Ranked = { type: 'article' | 'statement'; id: number; score: number };

async function snippets(
  db: Executor,
  fts: FtsSql,
  kind: 'article' | 'statement',
  words: string,
  ids: number[],
): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const s = fts.snippets(kind, words, ids);
  const rows = await db.all<{ id: number; snippet: string }>(s.sql, s.params);
  return new Map(rows.map((r) => [Number(r.id), r.snippet]));
}

export async function search(db: Executor, fts: FtsSql, q: SearchQuery): Promise<Page<SearchHit>> {
  const limit = pageSize(q.limit);
  const offset = offsetOf(q.cursor);
  const what = q.in ?? 'all';
  // Each kind contributes its best `offset + limit + 1` hits; the merged page is cut from them.
  const take = offset + limit + 1;
  const w = articleWhere(q);
  const ranked: Ranked[] = [];
  if (what !== 'statements') {
    const s = fts.articleSearch(q.q, whereSql(w), Math.max(SEARCH_CANDIDATES, take));
    const rows = await db.all<{ id: number; score: number }>(`${s.sql} LIMIT ?`, [
      ...s.params,
      ...w.params,
      take,
    ]);
    for (const r of rows) ranked.push({ type: 'article', id: Number(r.id), score: Number(r.score) });
  }
  if (what !== 'articles') {
    const s = fts.statementSearch(q.q, whereSql(w), Math.max(SEARCH_CANDIDATES, take));
    const rows = await db.all<{ id: number; score: number }>(`${s.sql} LIMIT ?`, [
      ...s.params,
      ...w.params,
      take,
    ]);
    for (const r of rows) ranked.push({ type: 'statement', id: Number(r.id), score: Number(r.score) });
  }
  ranked.sort((a, b) => b.score - a.score || b.id - a.id);
  const page = ranked.slice(offset, offset + limit);
  const articleIds = page.filter((h) => h.type === 'article').map((h) => h.id);
  const statementIds = page.filter((h) => h.type === 'statement').map((h) => h.id);
  const articleSnippets = await snippets(db, fts, 'article', q.q, articleIds);
  const statementSnippets = await snippets(db, fts, 'statement', q.q, statementIds);
  const articles = new Map<number, { title: string | null; published_at: string | null }>();
  if (articleIds.length) {
    const rows = await db.all<{ id: number; title: string | null; published_at: string | null }>(
      `SELECT id, title, published_at FROM articles WHERE id IN (${articleIds.map(() => '?').join(', ')})`,
      articleIds,
    );
    for (const r of rows) articles.set(Number(r.id), r);
  }
  const statements = new Map<
    number,
    {
      article_id: number;
      record_id: string;
      speaker: string | null;
      title: string | null;
      published_at: string | null;
    }
  >();
  if (statementIds.length) {
    const rows = await db.all<{
      id: number;
      article_id: number;
      record_id: string;
      speaker: string | null;
      title: string | null;
      published_at: string | null;
    }>(
      `SELECT s.id, s.article_id, s.record_id, n.name AS speaker, a.title, a.published_at FROM statements s
       JOIN articles a ON a.id = s.article_id LEFT JOIN names n ON n.id = s.speaker_name_id
       WHERE s.id IN (${statementIds.map(() => '?').join(', ')})`,
      statementIds,
    );
    for (const r of rows) statements.set(Number(r.id), r);
  }
  const items: SearchHit[] = page.map((h) => {
    if (h.type === 'article') {
      const a = articles.get(h.id);
      return {
        type: 'article',
        articleId: h.id,
        ...(a?.title ? { title: a.title } : {}),
        ...(a?.published_at ? { publishedAt: a.published_at } : {}),
        snippet: articleSnippets.get(h.id) ?? '',
        score: h.score,
      };
    }
    const s = statements.get(h.id)!;
    return {
      type: 'statement',
      articleId: Number(s.article_id),
      statementId: s.record_id,
      ...(s.title ? { title: s.title } : {}),
      ...(s.published_at ? { publishedAt: s.published_at } : {}),
      ...(s.speaker ? { speaker: s.speaker } : {}),
      snippet: statementSnippets.get(h.id) ?? '',
      score: h.score,
    };
  });
  return ranked.length > offset + limit ? { items, nextCursor: encodeCursor([offset + limit]) } : { items };
}
