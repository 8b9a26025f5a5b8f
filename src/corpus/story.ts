/** One story read back for the API and the web app: its articles in time order and its key actors. */
import type { Executor } from '../store/core/driver.js';
import type { StoryDetail } from './types.js';

/** Key actors listed for a story: enough to say who it is about without listing every name. */
const STORY_KEY_ACTORS = 12;

export async function getStory(db: Executor, id: number): Promise<StoryDetail | undefined> {
  const s = await db.get<{
    id: number;
    label: string;
    first_day: string | null;
    last_day: string | null;
    article_count: number;
  }>('SELECT id, label, first_day, last_day, article_count FROM stories WHERE id = ?', [id]);
  if (!s) return undefined;
  const articles = await db.all<{
    id: number;
    title: string | null;
    site: string | null;
    url: string | null;
    published_at: string | null;
    statement_count: number;
  }>(
    `SELECT id, title, site, url, published_at, statement_count FROM articles
     WHERE story_id = ? AND latest = 1 ORDER BY (published_day IS NULL), published_day, published_at, id`,
    [id],
  );
  const actors = await db.all<{ id: number; name: string; type: string; articles: number; mentions: number }>(
    `SELECT c.id, c.name, c.type, count(DISTINCT ac.article_id) AS articles, sum(ac.mention_count) AS mentions
     FROM articles a JOIN actors ac ON ac.article_id = a.id JOIN corpus_actors c ON c.id = ac.corpus_actor_id
     WHERE a.story_id = ? AND a.latest = 1 AND c.merged_into IS NULL
     GROUP BY c.id, c.name, c.type ORDER BY articles DESC, mentions DESC, c.id LIMIT ?`,
    [id, STORY_KEY_ACTORS],
  );
  return {
    id: Number(s.id),
    label: s.label,
    ...(s.first_day ? { firstDay: s.first_day } : {}),
    ...(s.last_day ? { lastDay: s.last_day } : {}),
    articles: Number(s.article_count),
    articleList: articles.map((a) => ({
      id: Number(a.id),
      ...(a.title ? { title: a.title } : {}),
      ...(a.site ? { site: a.site } : {}),
      ...(a.url ? { url: a.url } : {}),
      ...(a.published_at ? { publishedAt: a.published_at } : {}),
      statementCount: Number(a.statement_count),
    })),
    keyActors: actors.map((a) => ({
      id: Number(a.id),
      name: a.name,
      type: a.type,
      articles: Number(a.articles),
      mentions: Number(a.mentions),
    })),
  };
}
