/**
 * User corrections of corpus actors: merge, split, rename. Each changes the current links at once
 * and records rules in `actor_corrections` that later ingests obey (so a correction survives
 * re-ingest and new versions of an article): `pin` — this name key always links to this actor;
 * `apart` — this name key never links to this actor.
 */
import { VerbatimError } from '../model/errors.js';
import type { Driver, Executor } from '../store/core/driver.js';
import { placeholders } from '../store/core/sql.js';
import { nameWords, normalise } from './names.js';

async function requireActor(
  tx: Executor,
  id: number,
): Promise<{ id: number; name: string; type: string; merged_into: number | null }> {
  const row = await tx.get<{ id: number; name: string; type: string; merged_into: number | null }>(
    'SELECT id, name, type, merged_into FROM corpus_actors WHERE id = ?',
    [id],
  );
  if (!row) {
    throw new VerbatimError('E_STORE_RECORD_NOT_FOUND', `no corpus actor ${id}`, {
      hint: 'list corpus actors with `verbatim actors` to find an id',
    });
  }
  if (row.merged_into !== null) {
    throw new VerbatimError('E_OPTION_INVALID', `corpus actor ${id} was merged into ${row.merged_into}`, {
      hint: `use ${row.merged_into} instead`,
    });
  }
  return row;
}

async function record(
  tx: Executor,
  kind: 'pin' | 'apart',
  keys: readonly string[],
  id: number,
  detail: string,
): Promise<void> {
  const at = new Date().toISOString();
  for (const key of keys) {
    await tx.run(
      'INSERT INTO actor_corrections (kind, key, corpus_actor_id, detail, at) VALUES (?, ?, ?, ?, ?)',
      [kind, key, id, detail, at],
    );
  }
}

/** Moves every link and name key of `from` to `into`; later ingests of `from`'s names link to `into`. */
export async function mergeActors(db: Driver, into: number, from: number): Promise<{ moved: number }> {
  if (into === from) throw new VerbatimError('E_OPTION_INVALID', 'cannot merge a corpus actor into itself');
  return db.transaction(async (tx) => {
    await requireActor(tx, into);
    await requireActor(tx, from);
    const keys = (
      await tx.all<{ key: string }>('SELECT key FROM corpus_actor_keys WHERE corpus_actor_id = ?', [from])
    ).map((r) => r.key);
    const moved = await tx.run('UPDATE actors SET corpus_actor_id = ? WHERE corpus_actor_id = ?', [
      into,
      from,
    ]);
    if (keys.length) {
      await tx.run(
        `INSERT INTO corpus_actor_keys (key, corpus_actor_id) VALUES ${keys.map(() => '(?, ?)').join(', ')} ON CONFLICT DO NOTHING`,
        keys.flatMap((k) => [k, into]),
      );
    }
    await tx.run('DELETE FROM corpus_actor_keys WHERE corpus_actor_id = ?', [from]);
    await tx.run('UPDATE corpus_actors SET merged_into = ? WHERE id = ?', [into, from]);
    await tx.run(
      "UPDATE actor_corrections SET corpus_actor_id = ? WHERE corpus_actor_id = ? AND kind = 'pin'",
      [into, from],
    );
    await record(
      tx,
      'pin',
      keys.filter((k) => !k.startsWith('s:')),
      into,
      `merge ${from} into ${into}`,
    );
    return { moved };
  });
}

export interface SplitSelection {
  /** Names (as written) whose article actors move to the new corpus actor. */
  readonly names?: readonly string[];
  /** Articles whose actors linked to this corpus actor move to the new one. */
  readonly articles?: readonly number[];
}

/** Moves the selected links of `id` to a new corpus actor; the moved names never link to `id` again. */
export async function splitActor(
  db: Driver,
  id: number,
  sel: SplitSelection,
): Promise<{ newId: number; moved: number }> {
  const names = (sel.names ?? []).map(normalise).filter(Boolean);
  const articles = sel.articles ?? [];
  if (!names.length && !articles.length) {
    throw new VerbatimError('E_OPTION_INVALID', 'split needs --names or --articles', {
      hint: 'name the names (e.g. --names "Hunter Biden") or article ids that belong to another actor',
    });
  }
  return db.transaction(async (tx) => {
    const actor = await requireActor(tx, id);
    const rows = await tx.all<{
      id: number;
      article_id: number;
      name: string;
      type: string;
      country: string | null;
    }>(
      `SELECT ac.id, ac.article_id, n.name, ac.type, ac.country FROM actors ac JOIN names n ON n.id = ac.name_id
       WHERE ac.corpus_actor_id = ?`,
      [id],
    );
    const chosen = rows.filter(
      (r) => names.includes(normalise(r.name)) || articles.includes(Number(r.article_id)),
    );
    if (chosen.length === 0) {
      throw new VerbatimError(
        'E_OPTION_INVALID',
        `nothing of corpus actor ${id} (${actor.name}) matches the selection`,
        {
          hint: `see its names and articles with \`verbatim actors show ${id}\``,
        },
      );
    }
    const first = chosen[0]!;
    const created = await tx.get<{ id: number }>(
      'INSERT INTO corpus_actors (name, type, country) VALUES (?, ?, ?) RETURNING id',
      [first.name, first.type, first.country],
    );
    const newId = Number(created!.id);
    const ids = chosen.map((r) => Number(r.id));
    await tx.run(`UPDATE actors SET corpus_actor_id = ? WHERE id IN (${placeholders(ids.length)})`, [
      newId,
      ...ids,
    ]);
    const movedKeys = [...new Set(chosen.map((r) => normalise(r.name)))]
      .filter((n) => nameWords(n).length > 1 || first.type !== 'person')
      .map((n) => `n:${n}`);
    if (movedKeys.length) {
      await tx.run(
        `DELETE FROM corpus_actor_keys WHERE corpus_actor_id = ? AND key IN (${placeholders(movedKeys.length)})`,
        [id, ...movedKeys],
      );
      await tx.run(
        `INSERT INTO corpus_actor_keys (key, corpus_actor_id) VALUES ${movedKeys.map(() => '(?, ?)').join(', ')} ON CONFLICT DO NOTHING`,
        movedKeys.flatMap((k) => [k, newId]),
      );
      await record(tx, 'pin', movedKeys, newId, `split from ${id}`);
      await record(tx, 'apart', movedKeys, id, `split into ${newId}`);
    }
    return { newId, moved: ids.length };
  });
}

/** Gives the corpus actor a name of the user's choosing; ingest no longer replaces it with a fuller one. */
export async function renameActor(db: Driver, id: number, name: string): Promise<void> {
  if (!name.trim()) throw new VerbatimError('E_OPTION_INVALID', 'the new name is empty');
  await db.transaction(async (tx) => {
    await requireActor(tx, id);
    await tx.run('UPDATE corpus_actors SET name = ?, name_locked = 1 WHERE id = ?', [name.trim(), id]);
    const key = `n:${normalise(name)}`;
    await tx.run(
      'INSERT INTO corpus_actor_keys (key, corpus_actor_id) VALUES (?, ?) ON CONFLICT DO NOTHING',
      [key, id],
    );
    await record(tx, 'pin', [key], id, `rename ${id} to '${name.trim()}'`);
  });
}
