/**
 * Opening a store: recognise it (a Verbatim store, an empty database to set up,
 * or something else), refuse a schema newer than this Verbatim knows, and apply
 * the missing migrations forward in one transaction.
 */
import { VerbatimError } from '../../model/errors.js';
import type { Driver, Executor } from './driver.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, render, STORE_KIND } from './schema.js';

const VERSION_TABLE = 'verbatim_schema';
/** PostgreSQL advisory lock key serialising migrations of concurrent openers (any fixed number; 'verb' in ASCII). */
const MIGRATION_LOCK_KEY = 0x76657262;

/** Tables of the database (user tables only). */
async function tableNames(db: Executor, dialect: Driver['dialect']): Promise<string[]> {
  const rows =
    dialect === 'sqlite'
      ? await db.all<{ name: string }>(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
        )
      : await db.all<{ name: string }>(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`,
        );
  return rows.map((r) => r.name);
}

/** The schema version of a store, 0 for an empty database; throws for a database that is not a store. */
export async function schemaVersion(db: Driver): Promise<number> {
  return readVersion(db, db);
}

async function readVersion(db: Executor, where: Pick<Driver, 'dialect' | 'location'>): Promise<number> {
  const tables = await tableNames(db, where.dialect);
  if (tables.length === 0) return 0;
  if (!tables.includes(VERSION_TABLE) || !tables.includes('verbatim_meta')) {
    throw new VerbatimError(
      'E_STORE_FOREIGN',
      `the database holds tables (${tables.slice(0, 5).join(', ')}) but is not a Verbatim store`,
      {
        file: where.location,
        hint: 'pass --db with a new file name (or an empty PostgreSQL database) for the Verbatim store',
      },
    );
  }
  const kind = await db.get<{ value: string }>(`SELECT value FROM verbatim_meta WHERE key = 'kind'`);
  if (kind?.value !== STORE_KIND) {
    throw new VerbatimError('E_STORE_FOREIGN', 'the database is not marked as a Verbatim store', {
      file: where.location,
      hint: 'pass --db with a new file name (or an empty PostgreSQL database) for the Verbatim store',
    });
  }
  const row = await db.get<{ v: number | null }>(`SELECT max(version) AS v FROM ${VERSION_TABLE}`);
  return Number(row?.v ?? 0);
}

/** Applies migrations after `from` up to `to` (default: the latest), each recorded in the version table. */
export async function migrate(db: Driver, to = LATEST_SCHEMA_VERSION): Promise<number> {
  const current = await schemaVersion(db);
  checkNotNewer(db, current);
  if (current >= to) return current;
  if (db.readonly) {
    throw new VerbatimError(
      'E_STORE_READONLY',
      `the store has schema version ${current} and needs migrating to ${to}, which a read-only open cannot do`,
      { file: db.location, hint: 'run `verbatim ingest` (or open the store writable) once to upgrade it' },
    );
  }
  return db.transaction(async (tx) => {
    if (db.dialect === 'postgres') await tx.get(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    // Another process may have migrated while we waited for the write lock: read again inside the transaction.
    let version = await readVersion(tx, db);
    checkNotNewer(db, version);
    if (version === 0) {
      await tx.exec(
        `CREATE TABLE ${VERSION_TABLE} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
      );
    }
    for (const m of MIGRATIONS) {
      if (m.version <= version || m.version > to) continue;
      for (const sql of render(m, db.dialect)) await tx.exec(sql);
      if (m.backfill) await m.backfill(tx);
      if (m.version === 1)
        await tx.run(`INSERT INTO verbatim_meta (key, value) VALUES ('kind', ?)`, [STORE_KIND]);
      await tx.run(`INSERT INTO ${VERSION_TABLE} (version, name, applied_at) VALUES (?, ?, ?)`, [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
      version = m.version;
    }
    return version;
  });
}

function checkNotNewer(db: Driver, version: number): void {
  if (version > LATEST_SCHEMA_VERSION) {
    throw new VerbatimError(
      'E_STORE_NEWER',
      `the store has schema version ${version}; this Verbatim knows versions up to ${LATEST_SCHEMA_VERSION}`,
      { file: db.location, hint: 'upgrade Verbatim (npm install verbatim@latest) to open this store' },
    );
  }
}
