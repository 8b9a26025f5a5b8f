/** The store contract on SQLite (a new file per test). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDriver } from '../../src/store/index.js';
import { WAL_CHECKPOINT_PAGES } from '../../src/store/sqlite/driver.js';
import { ambiguousNamesContract } from './ambiguous-names-contract.js';
import { claimsContract } from './claims-contract.js';
import { storeContract } from './contract.js';
import { corpusContract } from './corpus-contract.js';
import { derivedRecordsContract } from './derived-records-contract.js';
import { encodingContract } from './encoding-contract.js';
import { integrityContract } from './integrity-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-store-'));
let n = 0;
/** SQLite's own wal_autocheckpoint. */
const SQLITE_DEFAULT_CHECKPOINT_PAGES = 1000;
storeContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
claimsContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
corpusContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
ambiguousNamesContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
encodingContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
integrityContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));
derivedRecordsContract('SQLite (better-sqlite3)', async () => join(dir, `store-${++n}.db`));

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
});
