/**
 * Acts across the corpus (who did what to whom, PLOVER-coded), filtered by a participant's name and role,
 * type, article and date; and the actors an actor shares articles with. Pages by keyset on the act row id.
 */
import type { ResolvedAct } from '../../analysis/resolve.js';
import { decodeCursor, pageSize } from './cursor.js';
import type { Executor } from './driver.js';
import { articleWhere, keysetPage, speakerCondition, whereSql } from './queries.js';
import { normName } from './sql.js';
import type { ActQuery, ActRow, CoActor, Page } from './types.js';

type ActDbRow = {
  id: number;
  article_id: number;
  record: string;
  title: string | null;
  url: string | null;
  published_at: string | null;
};

export async function listActs(db: Executor, q: ActQuery): Promise<Page<ActRow>> {
  const limit = pageSize(q.limit);
  // An act's own date, not its article's, is what a date range selects.
  const w = articleWhere(
    {
      ...(q.includeDuplicates ? { includeDuplicates: true } : {}),
      ...(q.since ? { since: q.since } : {}),
      ...(q.until ? { until: q.until } : {}),
    },
    't.date_day',
  );
  if (q.type) {
    w.sql.push('t.code = ?');
    w.params.push(q.type.toUpperCase());
  }
  if (q.articleId !== undefined) {
    w.sql.push('t.article_id = ?');
    w.params.push(q.articleId);
  }
  if (q.participant) {
    // From the participant index to the acts: the cost follows the actor's acts, not the corpus.
    const c = speakerCondition('p.name_id', q.participant);
    w.sql.push(`t.id IN (SELECT x.id FROM act_participants p
      JOIN acts x ON x.article_id = p.article_id AND x.record_id = p.act_record_id
      WHERE ${c.sql}${q.role ? ' AND p.role = ?' : ''})`);
    w.params.push(c.param, ...(q.role ? [q.role] : []));
  }
  const after = decodeCursor(q.cursor);
  if (after) {
    w.sql.push('t.id < ?');
    w.params.push(Number(after[0]));
  }
  const rows = await db.all<ActDbRow>(
    `SELECT t.id, t.article_id, t.record, a.title, a.url, a.published_at
     FROM acts t JOIN articles a ON a.id = t.article_id
     WHERE ${whereSql(w)} ORDER BY t.id DESC LIMIT ?`,
    [...w.params, limit + 1],
  );
  return keysetPage(
    rows,
    limit,
    (r) => [r.id],
    (r) => ({
      ...(JSON.parse(r.record) as ResolvedAct),
      articleId: r.article_id,
      ...(r.title ? { articleTitle: r.title } : {}),
      ...(r.url ? { articleUrl: r.url } : {}),
      ...(r.published_at ? { publishedAt: r.published_at } : {}),
    }),
  );
}

/** Most co-occurring actors first: how many articles an actor (its exact name, any case) shares with each. */
export async function coActors(db: Executor, name: string, limit = 20): Promise<CoActor[]> {
  const w = articleWhere({});
  const rows = await db.all<{ name: string; type: string; articles: number }>(
    `SELECT n2.name, min(o.type) AS type, count(DISTINCT o.article_id) AS articles
     FROM actors me JOIN articles a ON a.id = me.article_id
     JOIN actors o ON o.article_id = me.article_id AND o.name_id <> me.name_id
     JOIN names n2 ON n2.id = o.name_id
     WHERE me.name_id IN (SELECT id FROM names WHERE norm = ?) AND ${whereSql(w)}
       AND o.name_id NOT IN (SELECT id FROM names WHERE norm = ?)
     GROUP BY n2.name ORDER BY articles DESC, n2.name LIMIT ?`,
    [normName(name), ...w.params, normName(name), Math.min(limit, 100)],
  );
  return rows.map((r) => ({ name: r.name, type: r.type, articles: Number(r.articles) }));
}
