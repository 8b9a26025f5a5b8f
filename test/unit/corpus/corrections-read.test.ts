/**
 * Linking's corrections read on SQLite (src/corpus/key-reads.ts) skips the keyed read when the store holds no
 * correction, and reads them as soon as one is there (in the same transaction too).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { correctionsByKey } from '../../../src/corpus/key-reads.js';
import type { Executor, SqlValue } from '../../../src/store/core/driver.js';
import { storeOver } from '../../../src/store/core/store.js';
import { openSqlite } from '../../../src/store/sqlite/driver.js';

/** An executor that records the SQL it is given, over `tx`. */
function recording(tx: Executor, seen: string[]): Executor {
  return {
    all: (sql: string, params?: readonly SqlValue[]) => {
      seen.push(sql);
      return tx.all(sql, params);
    },
    get: (sql: string, params?: readonly SqlValue[]) => {
      seen.push(sql);
      return tx.get(sql, params);
    },
    run: (sql: string, params?: readonly SqlValue[]) => tx.run(sql, params),
    exec: (sql: string) => tx.exec(sql),
  } as Executor;
}

describe('corrections read (SQLite)', () => {
  it('answers none without the keyed read when the store has none, and reads one just written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-corrections-read-'));
    try {
      await (await storeOver(openSqlite(join(dir, 'c.db')))).close();
      const db = openSqlite(join(dir, 'c.db'));
      await db.transaction(async (tx) => {
        const seen: string[] = [];
        expect(
          await correctionsByKey(recording(tx, seen), ['s:clinton', 'n:bill clinton'], 'sqlite'),
        ).toEqual([]);
        expect(seen.some((s) => s.includes('WHERE key IN'))).toBe(false);
        await tx.run('INSERT INTO corpus_actors (id, name, type) VALUES (1, ?, ?)', [
          'Bill Clinton',
          'person',
        ]);
        await tx.run(
          "INSERT INTO actor_corrections (kind, key, corpus_actor_id, detail, at) VALUES ('pin', 's:clinton', 1, '{}', 't')",
        );
        const rows = await correctionsByKey(tx, ['s:clinton', 'n:bill clinton'], 'sqlite');
        expect(rows.map((r) => [r.kind, r.key, Number(r.corpus_actor_id)])).toEqual([
          ['pin', 's:clinton', 1],
        ]);
      });
      await db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
