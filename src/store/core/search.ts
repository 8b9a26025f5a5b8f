/** Ranked full-text search over articles and statements, with highlighted snippets. */
import { encodeCursor, offsetOf, pageSize } from './cursor.js';
import type { FtsSql } from './dialect-sql.js';
import type { Executor } from './driver.js';
import { articleWhere, whereSql } from './queries.js';
import type { Page, SearchHit, SearchQuery } from './types.js';

type HitRow = { id: number; score: number; snippet: string };

export async function search(db: Executor, fts: FtsSql, q: SearchQuery): Promise<Page<SearchHit>> {
  const limit = pageSize(q.limit);
  const offset = offsetOf(q.cursor);
  const what = q.in ?? 'all';
  // Each kind contributes its best `offset + limit + 1` hits; the merged page is cut from them.
  const take = offset + limit + 1;
  const w = articleWhere(q);
  const hits: SearchHit[] = [];
  if (what !== 'statements') {
    const s = fts.articleSearch(q.q, whereSql(w));
    const rows = await db.all<HitRow & { title: string | null; published_at: string | null }>(
      `SELECT h.id, h.score, h.snippet, a.title, a.published_at FROM (${s.sql} LIMIT ?) h
       JOIN articles a ON a.id = h.id ORDER BY h.score DESC, h.id DESC`,
      [...s.params, ...w.params, take],
    );
    for (const r of rows) {
      hits.push({
        type: 'article',
        articleId: r.id,
        ...(r.title ? { title: r.title } : {}),
        ...(r.published_at ? { publishedAt: r.published_at } : {}),
        snippet: r.snippet,
        score: Number(r.score),
      });
    }
  }
  if (what !== 'articles') {
    const s = fts.statementSearch(q.q, whereSql(w));
    const rows = await db.all<
      HitRow & {
        article_id: number;
        record_id: string;
        speaker: string | null;
        title: string | null;
        published_at: string | null;
      }
    >(
      `SELECT h.id, h.score, h.snippet, s.article_id, s.record_id, n.name AS speaker, a.title, a.published_at
       FROM (${s.sql} LIMIT ?) h JOIN statements s ON s.id = h.id JOIN articles a ON a.id = s.article_id
       LEFT JOIN names n ON n.id = s.speaker_name_id ORDER BY h.score DESC, h.id DESC`,
      [...s.params, ...w.params, take],
    );
    for (const r of rows) {
      hits.push({
        type: 'statement',
        articleId: r.article_id,
        statementId: r.record_id,
        ...(r.title ? { title: r.title } : {}),
        ...(r.published_at ? { publishedAt: r.published_at } : {}),
        ...(r.speaker ? { speaker: r.speaker } : {}),
        snippet: r.snippet,
        score: Number(r.score),
      });
    }
  }
  hits.sort((a, b) => b.score - a.score);
  const items = hits.slice(offset, offset + limit);
  return hits.length > offset + limit ? { items, nextCursor: encodeCursor([offset + limit]) } : { items };
}
