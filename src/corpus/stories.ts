/**
 * Stories: articles about the same event across outlets and days, grouped at ingest. A
 * near-duplicate joins its original's story; otherwise an article joins the story of a dated
 * article within STORY_WINDOW_DAYS that shares enough of its key actors, else starts a story.
 * A story's label names its key actors and place; its span is its first and last article day.
 */
import type { Executor } from '../store/core/driver.js';
import { inList } from '../store/core/sql.js';

/** Days either side of an article in which a story can continue (wire follow-ups run 1–3 days). */
export const STORY_WINDOW_DAYS = 3;
/** Key actors an article must share with a story's article (or all of its own, when it has fewer). */
export const STORY_MIN_SHARED = 3;
/** Key actors of an article: its most mentioned linked actors (people, organisations, governments, places). */
const KEY_ACTORS = 6;
/** Actors named in the label. */
const LABEL_ACTORS = 3;

function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface KeyActor {
  corpus_actor_id: number;
  name: string;
  type: string;
  mentions: number;
}

async function keyActors(tx: Executor, articleId: number): Promise<KeyActor[]> {
  const rows = await tx.all<KeyActor>(
    `SELECT ac.corpus_actor_id, c.name, c.type, ac.mention_count AS mentions FROM actors ac
     JOIN corpus_actors c ON c.id = ac.corpus_actor_id WHERE ac.article_id = ? ORDER BY ac.mention_count DESC, ac.id`,
    [articleId],
  );
  const seen = new Set<number>();
  return rows
    .filter((r) => !seen.has(Number(r.corpus_actor_id)) && seen.add(Number(r.corpus_actor_id)))
    .slice(0, KEY_ACTORS);
}

function label(actors: readonly KeyActor[]): string {
  const who = actors
    .filter((a) => a.type !== 'place' && a.type !== 'country')
    .slice(0, LABEL_ACTORS)
    .map((a) => a.name);
  const where = actors.find((a) => a.type === 'place' || a.type === 'country')?.name;
  return [who.join(', ') || 'untitled', where].filter(Boolean).join(' — ');
}

/** Puts the stored, linked article into a story (its original's, a matching one, or a new one). */
export async function assignStory(tx: Executor, articleId: number): Promise<number> {
  const art = await tx.get<{ published_day: string | null; duplicate_of: number | null }>(
    'SELECT published_day, duplicate_of FROM articles WHERE id = ?',
    [articleId],
  );
  const day = art?.published_day ?? null;
  let storyId: number | undefined;
  if (art?.duplicate_of) {
    const orig = await tx.get<{ story_id: number | null }>('SELECT story_id FROM articles WHERE id = ?', [
      art.duplicate_of,
    ]);
    storyId = orig?.story_id ?? undefined;
  }
  const keys = await keyActors(tx, articleId);
  if (storyId === undefined && day && keys.length >= 2) {
    const ids = keys.map((k) => Number(k.corpus_actor_id));
    const need = Math.min(STORY_MIN_SHARED, ids.length);
    const list = inList(ids);
    const rows = await tx.all<{ story_id: number; shared: number }>(
      // Driven from the articles of the day window: a key actor such as a president is linked in a growing
      // share of all articles, so starting from its actor rows would make each ingest slower as the store
      // grows, while the window's articles are bounded by the news rate. CROSS JOIN fixes SQLite's join order;
      // the unary + keeps its planner off the story index (for the IS NOT NULL and the GROUP BY).
      `SELECT a.story_id, count(DISTINCT ac.corpus_actor_id) AS shared FROM articles a CROSS JOIN actors ac
       WHERE ac.article_id = a.id AND a.published_day BETWEEN ? AND ? AND a.id <> ? AND +a.story_id IS NOT NULL
         AND ac.corpus_actor_id IN (${list.sql})
       GROUP BY +a.id, a.story_id ORDER BY shared DESC, a.story_id LIMIT 1`,
      [shiftDay(day, -STORY_WINDOW_DAYS), shiftDay(day, STORY_WINDOW_DAYS), articleId, ...list.params],
    );
    const best = rows[0];
    if (best && Number(best.shared) >= need) storyId = Number(best.story_id);
  }
  if (storyId === undefined) {
    const row = await tx.get<{ id: number }>(
      'INSERT INTO stories (label, first_day, last_day, article_count) VALUES (?, ?, ?, 0) RETURNING id',
      [label(keys), day, day],
    );
    storyId = Number(row!.id);
  }
  await tx.run('UPDATE articles SET story_id = ? WHERE id = ?', [storyId, articleId]);
  const story = await tx.get<{ first_day: string | null; last_day: string | null }>(
    'SELECT first_day, last_day FROM stories WHERE id = ?',
    [storyId],
  );
  const first = [story?.first_day, day].filter((d): d is string => !!d).sort()[0] ?? null;
  const last =
    [story?.last_day, day]
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? null;
  await tx.run(
    'UPDATE stories SET article_count = article_count + 1, first_day = ?, last_day = ? WHERE id = ?',
    [first, last, storyId],
  );
  return storyId;
}
