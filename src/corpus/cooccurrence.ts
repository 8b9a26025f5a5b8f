/**
 * Co-occurrence context for linking (issue #18): when several corpus actors share a name and the
 * article's stated roles and country set none apart (`new-ambiguous`), the one that earlier
 * articles name beside this article's other actors is meant (a `Baker` who appeared with the same
 * team-mates before). Precision first: it takes one candidate that shares at least MIN_SHARED of
 * the article's linked actors while every other candidate shares none; anything else stays new.
 * Run only for ties (rare), so its query never runs for the common, unambiguous names.
 */
import type { Executor } from '../store/core/driver.js';
import { placeholders } from '../store/core/sql.js';
import { type Decision, SCORES } from './decide.js';

/** Distinct actors of this article a candidate must have appeared beside in earlier articles. */
export const MIN_SHARED = 2;

/** The tied candidate the article's other actors point to, as a link decision; undefined when none does. */
export async function byCooccurrence(
  tx: Executor,
  articleId: number,
  tied: readonly number[],
  articleActors: ReadonlySet<number>,
): Promise<Decision | undefined> {
  const others = [...articleActors].filter((id) => !tied.includes(id));
  if (tied.length < 2 || others.length < MIN_SHARED) return undefined;
  const rows = await tx.all<{ cand: number; shared: number }>(
    `SELECT a1.corpus_actor_id AS cand, count(DISTINCT a2.corpus_actor_id) AS shared
     FROM actors a1 JOIN actors a2 ON a2.article_id = a1.article_id
     WHERE a1.corpus_actor_id IN (${placeholders(tied.length)}) AND a2.corpus_actor_id IN (${placeholders(others.length)})
       AND a1.article_id <> ?
     GROUP BY a1.corpus_actor_id`,
    [...tied, ...others, articleId],
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
