/**
 * The two reads linking makes by key (src/corpus/link.ts): the corpus actors holding any of an article's keys,
 * and the user corrections naming any of them. Both run inside the corpus-link lock, once per article.
 *
 * On PostgreSQL the keys go as one JSON parameter and the corpus actor is fetched per matching key row by its
 * primary key (a LATERAL subquery that `OFFSET 0` keeps from being flattened into a join): the plan is then
 * index lookups whatever the planner's statistics say. As a plain join over an IN list the planner chose by
 * its estimates, and both were wrong in the ways a growing store makes them: without statistics (a new store,
 * before autovacuum's first ANALYZE) it read every corpus actor and probed the keys of each (`merged_into IS
 * NULL` is guessed to keep 0.5 % of the rows), 4–12 ms per article with 2,250 corpus actors; with statistics
 * it hashed every corpus actor (0.6 ms there), a cost that grows with the corpus. Driven by the keys: 0.15–0.23
 * ms in all four cases (statistics or not, custom or generic plan; EXPLAIN ANALYZE over 200 PolNeAR articles).
 * Its rows come in key order, then corpus actor id (bytewise, as SQLite's key index walks them): linking lists
 * candidates in the order it first meets them, which the plan decided before.
 * SQLite, or a key JSON cannot carry, keeps the padded IN list (SQLite's planner walks the key index anyway).
 */
import type { Executor } from '../store/core/driver.js';
import { inList } from '../store/core/sql.js';
import type { Dialect } from '../store/core/types.js';

/** A lone UTF-16 surrogate: PostgreSQL cannot turn its JSON escape into text, so such keys go in IN lists. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/;

/** A corpus actor holding one of the keys asked for (one row per key it holds). */
export interface KeyedCorpusActor {
  id: number;
  name: string;
  type: string;
  country: string | null;
  titles: string;
  key: string;
}

/** A user correction (`pin` or `apart`) on one of the keys asked for. */
export interface KeyedCorrection {
  kind: string;
  key: string;
  corpus_actor_id: number;
}

/** The keys as a PostgreSQL array of one JSON parameter, or undefined where the IN list must be used. */
function jsonKeys(keys: readonly string[], dialect: Dialect): string | undefined {
  if (dialect !== 'postgres' || keys.some((k) => LONE_SURROGATE.test(k))) return undefined;
  return JSON.stringify(keys);
}

const JSON_KEY_ARRAY = 'ARRAY(SELECT json_array_elements_text(?::json))';

/** Unmerged corpus actors holding any of `keys` (not empty). */
export async function corpusActorsByKey(
  tx: Executor,
  keys: readonly string[],
  dialect: Dialect,
): Promise<KeyedCorpusActor[]> {
  const json = jsonKeys(keys, dialect);
  if (json !== undefined) {
    return tx.all<KeyedCorpusActor>(
      `SELECT c.id, c.name, c.type, c.country, c.titles, k.key FROM corpus_actor_keys k
       CROSS JOIN LATERAL (SELECT id, name, type, country, titles FROM corpus_actors
         WHERE id = k.corpus_actor_id AND merged_into IS NULL OFFSET 0) c
       WHERE k.key = ANY(${JSON_KEY_ARRAY}) ORDER BY k.key COLLATE "C", c.id`,
      [json],
    );
  }
  const list = inList(keys);
  return tx.all<KeyedCorpusActor>(
    `SELECT c.id, c.name, c.type, c.country, c.titles, k.key FROM corpus_actor_keys k
     JOIN corpus_actors c ON c.id = k.corpus_actor_id WHERE k.key IN (${list.sql}) AND c.merged_into IS NULL`,
    list.params,
  );
}

/** Corrections on any of `keys` (not empty), oldest first. */
export async function correctionsByKey(
  tx: Executor,
  keys: readonly string[],
  dialect: Dialect,
): Promise<KeyedCorrection[]> {
  const json = jsonKeys(keys, dialect);
  if (json !== undefined) {
    return tx.all<KeyedCorrection>(
      `SELECT kind, key, corpus_actor_id FROM actor_corrections WHERE key = ANY(${JSON_KEY_ARRAY}) ORDER BY id`,
      [json],
    );
  }
  // SQLite (in-process: a query is no round trip): most stores hold no correction, and one row's test costs a
  // few microseconds where the keyed read probes the key index for each of the article's keys (~0.2 ms).
  if (dialect !== 'postgres' && !(await tx.get('SELECT 1 AS one FROM actor_corrections LIMIT 1'))) return [];
  const list = inList(keys);
  return tx.all<KeyedCorrection>(
    `SELECT kind, key, corpus_actor_id FROM actor_corrections WHERE key IN (${list.sql}) ORDER BY id`,
    list.params,
  );
}
