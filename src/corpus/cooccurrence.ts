/**
 * Co-occurrence context for linking (issue #18): when several corpus actors share a name and the
 * article's stated roles and country set none apart (`new-ambiguous`), the one that earlier
 * articles name beside this article's other actors is meant (a `Baker` who appeared with the same
 * team-mates before). Precision first: it takes one candidate that shares at least MIN_SHARED of
 * the article's linked actors while every other candidate shares none; anything else stays new.
 * Run only for ties (rare), so its query never runs for the common, unambiguous names.
 */
import type { Executor } from '../store/core/driver.js';
import { inList } from '../store/core/sql.js';
import { type Decision, SCORES } from './decide.js';

/** Distinct actors of this article a candidate must have appeared beside in earlier articles. */
export const MIN_SHARED = 2;
/**
 * A candidate's latest articles read for its company: a bound, so the check costs the same for a name
 * linked in 10 articles and in 10,000 (it read them all, a growing share of ingest as the store grew).
 */
export const RECENT_ARTICLES = 200;

/** The tied candidate the article's other actors point to, as a link decision; undefined when none does. */
export async function byCooccurrence(
  tx: Executor,
  articleId: number,
  tied: readonly number[],
  articleActors: ReadonlySet<number>,
): Promise<Decision | undefined> {
  // Corpus actors this article made (provisional negative ids until its writes: link-writes.ts) are in no
  // stored article yet: they share none, so the query leaves them out.
  const others = [...articleActors].filter((id) => id > 0 && !tied.includes(id));
  const stored = tied.filter((id) => id > 0);
  if (tied.length < 2 || stored.length === 0 || others.length < MIN_SHARED) return undefined;
  // Per candidate, its latest articles (the (corpus_actor_id, article_id) index, newest first), then their actors.
  const recent = stored
    .map(
      (_, i) =>
        `SELECT * FROM (SELECT corpus_actor_id AS cand, article_id FROM actors WHERE corpus_actor_id = ? AND article_id <> ?
         ORDER BY article_id DESC LIMIT ${RECENT_ARTICLES}) AS r${i}`,
    )
    .join(' UNION ALL ');
  const list = inList(others);
  const rows = await tx.all<{ cand: number; shared: number }>(
    `SELECT r.cand, count(DISTINCT a2.corpus_actor_id) AS shared
     FROM (${recent}) AS r JOIN actors a2 ON a2.article_id = r.article_id
     WHERE a2.corpus_actor_id IN (${list.sql})
     GROUP BY r.cand`,
    [...stored.flatMap((id) => [id, articleId]), ...list.params],
  );
  const shared = new Map(rows.map((r) => [Number(r.cand), Number(r.shared)]));
  const strong = tied.filter((id) => (shared.get(id) ?? 0) >= MIN_SHARED);
  const any = tied.filter((id) => (shared.get(id) ?? 0) > 0);
  if (strong.length !== 1 || any.length !== 1) return undefined;
  const id = strong[0]!;
  return {
    corpusActorId: id,
    score: SCORES.cooccurrence,
    method: 'cooccurrence',
    evidence: `${tied.length} corpus actors share the name; only ${id} appeared before beside ${shared.get(id)} of this article's actors`,
  };
}
