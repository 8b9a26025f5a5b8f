/**
 * The SQLite adapter, on better-sqlite3 (12: 13 needs Node 22). One connection
 * per store in WAL mode, so readers in other processes see committed articles
 * while an ingest writes, and a `kill -9` loses at most the article being
 * written. Calls are synchronous underneath; the async surface is the core's.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { VerbatimError } from '../../model/errors.js';
import type { Driver, Executor, Row, SqlValue, Transaction } from '../core/driver.js';
import { SerialQueue } from '../core/serial-queue.js';
import { sqliteError } from './errors.js';

/**
 * Prepared statements kept per connection, least recently used dropped first: queries with IN lists and
 * UNION branches have one SQL text per list length, so an unbounded cache would grow with use.
 */
export const STATEMENT_CACHE_SIZE = 500;

/** How long a writer waits for another process's write transaction before E_STORE_BUSY (ingests are short). */
export const DEFAULT_BUSY_TIMEOUT_MS = 30_000;

/**
 * WAL pages after which a commit copies the log back into the database file (SQLite's default: 1,000 pages,
 * 4 MB, about every 15 PolNeAR articles). An article's commit rewrites the same index pages as the one before
 * it, so a longer log copies each page back once for many commits: COMMIT 2.24 → 1.50 ms and the writer's
 * whole article 14.65 → 13.62 ms of CPU (500 PolNeAR articles, three pairs, loaded). The log grows to ~32 MB
 * before it is reused; crash safety is the same (a checkpoint only moves committed pages).
 */
export const WAL_CHECKPOINT_PAGES = 8192;

/**
 * Page cache per connection, in KiB. better-sqlite3 builds SQLite with 16 MB (`SQLITE_DEFAULT_CACHE_SIZE=-16000`,
 * SQLite's own default is 2 MB), and a long ingest fills it: 18.8 MB of the writing thread's malloc at its peak
 * over 300 articles (heaptrack), ~15 % of the process's peak RSS budget. Pages it no longer holds are read
 * again from the OS's file cache: the writer's CPU per article was the same at 16, 4 and 2 MB (840 PolNeAR into
 * a fresh store, four alternating rounds, loaded: medians 12.7, 12.8, 12.4 ms).
 */
export const PAGE_CACHE_KIB = 4000;

export interface SqliteOptions {
  readonly readonly?: boolean;
  readonly busyTimeoutMs?: number;
}

export function openSqlite(path: string, options: SqliteOptions = {}): Driver {
  const readonly = options.readonly ?? false;
  if (readonly && !existsSync(path)) {
    throw new VerbatimError('E_STORE_NOT_FOUND', 'no store at this path', { file: path });
  }
  if (!readonly && path !== MEMORY) createFolder(path);
  let db: Database.Database;
  try {
    db = new Database(path, {
      readonly,
      fileMustExist: readonly,
      timeout: options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS,
    });
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      // WAL + NORMAL: a committed transaction survives a process crash (kill -9); only a power cut may lose the last one.
      db.pragma('synchronous = NORMAL');
      db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    }
    db.pragma('foreign_keys = ON');
    db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    // Reading the schema here turns "not a database" into an error at open, not at the first query.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    throw sqliteError(error, path);
  }
  return new SqliteDriver(db, path, readonly);
}

/** The savepoint each article of a write group runs in (one at a time: they do not nest). */
const SAVEPOINT = 'verbatim_article';

/** better-sqlite3's name for a database that lives in memory only. */
const MEMORY = ':memory:';

/** A new store may be asked for in a folder that does not exist yet (`--db stores/news.db`): make it, as git init does. */
function createFolder(path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new VerbatimError('E_STORE_IO', `cannot create the store's folder (${code})`, {
      file: path,
      cause: error,
      hint: 'pass --db with a path in a folder you can write to, or create the folder first',
    });
  }
}

class SqliteDriver implements Driver {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly queue = new SerialQueue();
  private readonly executor: Executor;
  private readonly tx: Transaction;

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
    readonly readonly: boolean,
  ) {
    this.executor = {
      all: async <T extends object>(sql: string, params: readonly SqlValue[] = []) =>
        this.call(() => this.prepare(sql).all(...params) as T[]),
      get: async <T extends object>(sql: string, params: readonly SqlValue[] = []) =>
        this.call(() => this.prepare(sql).get(...params) as T | undefined),
      run: async (sql: string, params: readonly SqlValue[] = []) =>
        this.call(() => this.prepare(sql).run(...params).changes),
      exec: async (sql: string) => this.call(() => void this.db.exec(sql)),
    };
    this.tx = { ...this.executor, savepoint: (fn) => this.savepoint(fn) };
  }

  all<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.executor.all<T>(sql, params);
  }
  get<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return this.executor.get<T>(sql, params);
  }
  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.executor.run(sql, params);
  }
  exec(sql: string): Promise<void> {
    return this.executor.exec(sql);
  }

  /** Transactions of this connection run one after another (the connection has one transaction at a time). */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      this.call(() => this.db.exec('BEGIN IMMEDIATE'));
      try {
        const result = await fn(this.tx);
        if (!this.db.inTransaction) throw this.rolledBack();
        this.call(() => this.db.exec('COMMIT'));
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  private async savepoint<T>(fn: () => Promise<T>): Promise<T> {
    if (!this.db.inTransaction) throw this.rolledBack();
    this.call(() => this.db.exec(`SAVEPOINT ${SAVEPOINT}`));
    try {
      const result = await fn();
      this.call(() => this.db.exec(`RELEASE ${SAVEPOINT}`));
      return result;
    } catch (error) {
      // SQLite may have rolled the whole transaction back itself (SQLITE_FULL, SQLITE_IOERR): nothing to undo.
      if (this.db.inTransaction) {
        this.call(() => this.db.exec(`ROLLBACK TO ${SAVEPOINT}`));
        this.call(() => this.db.exec(`RELEASE ${SAVEPOINT}`));
      }
      throw error;
    }
  }

  /** SQLite ended the transaction after an error in it: what it held is not stored, and COMMIT must not pretend. */
  private rolledBack(): VerbatimError {
    return new VerbatimError('E_STORE_IO', 'SQLite rolled the write transaction back after an error in it', {
      file: this.location,
      hint: 'fix the error printed before this one (disk space, permissions), then run the same command again',
    });
  }

  async close(): Promise<void> {
    await this.queue.idle();
    if (!this.db.open) return;
    if (!this.readonly) {
      // Leave the file in rollback-journal mode when no one else has it open, so a read-only copy or
      // folder can still be queried (WAL needs a writable -shm file). Another open connection keeps WAL.
      try {
        this.db.pragma('busy_timeout = 0');
        this.db.pragma('journal_mode = DELETE');
      } catch {
        // another process has the store open: it stays in WAL mode, which is fine
      }
    }
    this.db.close();
  }

  private prepare(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (stmt) {
      this.statements.delete(sql); // most recently used last
    } else {
      stmt = this.db.prepare(sql);
      if (this.statements.size >= STATEMENT_CACHE_SIZE) {
        this.statements.delete(this.statements.keys().next().value!);
      }
    }
    this.statements.set(sql, stmt);
    return stmt;
  }

  private call<T>(fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      throw sqliteError(error, this.location);
    }
  }
}
