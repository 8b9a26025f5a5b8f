/** The store contract on SQLite (a new file per test). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDriver } from '../../src/store/index.js';
import { PAGE_CACHE_KIB, WAL_CHECKPOINT_PAGES } from '../../src/store/sqlite/driver.js';
import { ambiguousNamesContract } from './ambiguous-names-contract.js';
import { claimsContract } from './claims-contract.js';
import { storeContract } from './contract.js';
import { corpusContract } from './corpus-contract.js';
import { derivedRecordsContract } from './derived-records-contract.js';
import { encodingContract } from './encoding-contract.js';
import { groupContract } from './group-contract.js';
import { integrityContract } from './integrity-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-store-'));
let n = 0;
/** SQLite's own wal_autocheckpoint. */
const SQLITE_DEFAULT_CHECKPOINT_PAGES = 1000;
/** The page cache better-sqlite3 builds SQLite with, in KiB (its deps/defines.gypi). */
const BETTER_SQLITE3_CACHE_KIB = 16_000;
storeContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
claimsContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
corpusContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
ambiguousNamesContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
encodingContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
integrityContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
derivedRecordsContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
groupContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));

describe('SQLite connection settings', () => {
  it('keeps a longer write-ahead log than SQLite does by default before copying it back', async () => {
    const db = await openDriver(join(dir, `store-${++n}.db`));
    try {
      const row = await db.get<{ wal_autocheckpoint: number }>('PRAGMA wal_autocheckpoint');
      expect(row?.wal_autocheckpoint).toBe(WAL_CHECKPOINT_PAGES);
      expect(WAL_CHECKPOINT_PAGES).toBeGreaterThan(SQLITE_DEFAULT_CHECKPOINT_PAGES);
    } finally {
      await db.close();
    }
  });

  it('keeps a smaller page cache than better-sqlite3 builds in, read-only connections too', async () => {
    const path = join(dir, `store-${++n}.db`);
    const db = await openDriver(path);
    const ro = await openDriver(path, { readonly: true });
    try {
      for (const c of [db, ro]) {
        const row = await c.get<{ cache_size: number }>('PRAGMA cache_size');
        // Negative: a size in KiB, not in pages.
        expect(row?.cache_size).toBe(-PAGE_CACHE_KIB);
      }
      expect(PAGE_CACHE_KIB).toBeLessThan(BETTER_SQLITE3_CACHE_KIB);
    } finally {
      await ro.close();
      await db.close();
    }
  });
});
