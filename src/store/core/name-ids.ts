/**
 * The `names` table from the writer's side: every name an article's rows refer to (actors, speakers, act
 * participants) is stored once, and the rows point at its id.
 */
import type { Executor } from './driver.js';
import type { ArticleRows } from './rows.js';
import { flatRows, inChunks, normName, placeholders } from './sql.js';
import type { Dialect } from './types.js';

/** Every name an article's rows refer to, once each. */
export function articleNames(rows: ArticleRows): string[] {
  return [
    ...new Set([
      ...rows.actors.map((a) => a.name),
      ...rows.statements.flatMap((s) => (s.speakerName ? [s.speakerName] : [])),
      ...rows.acts.flatMap((a) => a.participants.map((p) => p.name)),
    ]),
  ];
}

/** A lone UTF-16 surrogate: PostgreSQL's json type refuses its escape, so such names go in IN lists. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/;

/**
 * PostgreSQL takes an article's names as one JSON parameter: one statement whatever their number, where the
 * IN lists took 1 to 5 chunks, each a round trip. SQLite, or a name JSON cannot carry, keeps the chunks.
 */
function jsonNames(names: readonly string[], dialect: Dialect): boolean {
  return dialect === 'postgres' && !names.some((n) => LONE_SURROGATE.test(n));
}

/** Adds the names not in the `names` table yet (in the order given: callers sort them). */
export async function addNames(tx: Executor, names: readonly string[], dialect: Dialect): Promise<void> {
  if (names.length === 0) return;
  if (jsonNames(names, dialect)) {
    await tx.run(
      `INSERT INTO names (name, norm) SELECT name, norm FROM json_populate_recordset(NULL::names, ?::json)
       ON CONFLICT (name) DO NOTHING`,
      [JSON.stringify(names.map((name) => ({ name, norm: normName(name) })))],
    );
    return;
  }
  await inChunks(names, (chunk) =>
    tx.run(
      `INSERT INTO names (name, norm) VALUES ${chunk.map(() => '(?, ?)').join(', ')} ON CONFLICT (name) DO NOTHING`,
      flatRows(chunk.map((n) => [n, normName(n)])),
    ),
  );
}

/** Name → id in the `names` table (on PostgreSQL the names were added before the transaction). */
export async function nameIds(
  tx: Executor,
  names: readonly string[],
  dialect: Dialect,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (names.length === 0) return ids;
  if (dialect !== 'postgres') await addNames(tx, names, dialect);
  const collect = (rows: readonly { id: number; name: string }[]): void => {
    for (const r of rows) ids.set(r.name, r.id);
  };
  if (jsonNames(names, dialect)) {
    collect(
      await tx.all<{ id: number; name: string }>(
        'SELECT id, name FROM names WHERE name IN (SELECT json_array_elements_text(?::json))',
        [JSON.stringify(names)],
      ),
    );
    return ids;
  }
  await inChunks(names, async (chunk) =>
    collect(
      await tx.all<{ id: number; name: string }>(
        `SELECT id, name FROM names WHERE name IN (${placeholders(chunk.length)})`,
        chunk,
      ),
    ),
  );
  return ids;
}
