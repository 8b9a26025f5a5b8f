/**
 * Linking's reads by key (src/corpus/key-reads.ts) answer the same rows on PostgreSQL's JSON-parameter path as
 * on the IN-list path SQLite uses, in key order then corpus actor id, with merged corpus actors left out and a
 * key JSON cannot carry (a lone surrogate) sent by the IN list.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusActorsByKey, correctionsByKey } from '../../src/corpus/key-reads.js';
import type { Driver } from '../../src/store/core/driver.js';
import { storeOver } from '../../src/store/core/store.js';
import { openPostgres } from '../../src/store/postgres/driver.js';
import { openSqlite } from '../../src/store/sqlite/driver.js';
import { startPostgres } from './pg-server.js';

/** A key whose JSON escape PostgreSQL refuses to turn into text. */
const LONE = 'n:bad \uD800 name';

/** Corpus actors (name, merged_into) and their keys; `Bz` sorts before `a` bytewise (after it in most locales other than C). */
const ACTORS: readonly { name: string; merged?: number; keys: readonly string[] }[] = [
  { name: 'Hillary Clinton', keys: ['n:hillary clinton', 's:clinton', 'a'] },
  { name: 'Bill Clinton', keys: ['n:bill clinton', 's:clinton', 'Bz'] },
  { name: 'Clinton (merged)', merged: 1, keys: ['s:clinton'] },
  { name: 'Bad', keys: [LONE] },
];

async function fill(db: Driver): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [i, a] of ACTORS.entries()) {
      await tx.run('INSERT INTO corpus_actors (id, name, type, merged_into) VALUES (?, ?, ?, ?)', [
        i + 1,
        a.name,
        'person',
        a.merged ?? null,
      ]);
      for (const key of a.keys)
        await tx.run('INSERT INTO corpus_actor_keys (key, corpus_actor_id) VALUES (?, ?)', [key, i + 1]);
    }
    await tx.run(
      `INSERT INTO actor_corrections (kind, key, corpus_actor_id, detail, at) VALUES ('pin', 's:clinton', 2, '{}', 't1'),
       ('apart', 'a', 1, '{}', 't2'), ('pin', 's:clinton', 1, '{}', 't3')`,
    );
  });
}

const ASKED = ['s:clinton', 'a', 'Bz', 'n:hillary clinton', 'n:nobody'];

async function reads(db: Driver, keys: readonly string[]): Promise<unknown> {
  const actors = (await corpusActorsByKey(db, keys, db.dialect)).map((r) => [Number(r.id), r.key, r.name]);
  const fixes = (await correctionsByKey(db, keys, db.dialect)).map((r) => [
    r.kind,
    r.key,
    Number(r.corpus_actor_id),
  ]);
  return { actors, fixes };
}

async function actorIds(db: Driver, keys: readonly string[]): Promise<number[]> {
  return (await corpusActorsByKey(db, keys, db.dialect)).map((r) => Number(r.id)).sort();
}

const EXPECTED = {
  actors: [
    [2, 'Bz', 'Bill Clinton'],
    [1, 'a', 'Hillary Clinton'],
    [1, 'n:hillary clinton', 'Hillary Clinton'],
    [1, 's:clinton', 'Hillary Clinton'],
    [2, 's:clinton', 'Bill Clinton'],
  ],
  fixes: [
    ['pin', 's:clinton', 2],
    ['apart', 'a', 1],
    ['pin', 's:clinton', 1],
  ],
};

describe('corpus key reads: SQLite', () => {
  it('answers the unmerged corpus actors holding the keys, and their corrections oldest first', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-key-reads-'));
    const db = openSqlite(join(dir, 'k.db'));
    try {
      await (await storeOver(db)).close();
      const again = openSqlite(join(dir, 'k.db'));
      await fill(again);
      const got = (await reads(again, ASKED)) as typeof EXPECTED;
      // SQLite's IN list promises no order: compare as sets.
      expect(got.actors.slice().sort()).toEqual(EXPECTED.actors.slice().sort());
      expect(got.fixes).toEqual(EXPECTED.fixes);
      expect(await actorIds(again, [LONE])).toEqual([4]);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const server = await startPostgres();
if (typeof server === 'string') {
  const why = `SKIPPED: the PostgreSQL key-reads test did not run: ${server}`;
  console.warn(`\n${'!'.repeat(100)}\n${why}\n${'!'.repeat(100)}\n`);
  describe.skip('corpus key reads: PostgreSQL', () => {
    it(why, () => undefined);
  });
} else {
  afterAll(() => server.stop(), 240_000);
  describe('corpus key reads: PostgreSQL', () => {
    it('answers the JSON path in key order (bytewise), then id; a lone surrogate goes by the IN list', async () => {
      const url = await server.newDatabase();
      await (await storeOver(await openPostgres(url))).close();
      const db = await openPostgres(url);
      try {
        await fill(db);
        expect(await reads(db, ASKED)).toEqual(EXPECTED);
        // The drivers send a lone surrogate as U+FFFD (UTF-8 has no form for it): the ids tell the rows apart.
        expect(await actorIds(db, [LONE, 'a'])).toEqual([1, 4]);
      } finally {
        await db.close();
      }
    }, 120_000);
  });
}
