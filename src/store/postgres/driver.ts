/**
 * The PostgreSQL adapter, on `pg` (node-postgres). A small pool: queries run on
 * any connection, a transaction holds one connection from BEGIN to COMMIT. The
 * core writes `?` placeholders; they become `$1, $2, …` here.
 */
import pg from 'pg';
import type { Driver, Executor, Row, SqlValue, Transaction } from '../core/driver.js';
import { bulkInsertArrays, bulkInsertSql, columnTypesSql } from './bulk-insert.js';
import { DeferredInserts } from './deferred-inserts.js';
import { postgresError } from './errors.js';
import { StatementNames } from './prepared.js';

/** Connections per store: one writer and a few readers are enough for the CLI and the API. */
const POOL_SIZE = 4;
/**
 * Milliseconds a connection may sit in an open transaction without a statement before the server ends it.
 * Our transactions never wait on anything outside the database for more than a moment, so this only bites
 * when a process hangs mid-transaction: it then frees the transaction's locks (the corpus-link lock is
 * corpus-wide, so one stuck transaction would otherwise stall every worker).
 */
const IDLE_IN_TRANSACTION_MS = 60_000;
/** Milliseconds to wait for a connection (the server is down or the pool is exhausted) before failing. */
const CONNECT_TIMEOUT_MS = 30_000;
/** PostgreSQL type OID of bigint (count(*) and sums): parsed as a JS number, safe below 2^53. */
const INT8_OID = 20;

const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** `?` → `$n` (the core's SQL never holds a `?` inside a string literal). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

export interface PostgresOptions {
  readonly readonly?: boolean;
  /** Prepared (named) statements for repeated SQL (default true; src/store/postgres/prepared.ts). */
  readonly prepare?: boolean;
  /** Many rows in one INSERT of column arrays (default true; src/store/postgres/bulk-insert.ts). */
  readonly bulkInsert?: boolean;
  /** A transaction's multi-row inserts held and sent as one statement (default true; deferred-inserts.ts). */
  readonly deferInserts?: boolean;
}

export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<Driver> {
  const location = redactUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_SIZE,
    types: TYPES,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // TCP keepalives: a server that vanished without closing the socket is noticed instead of awaited forever.
    keepAlive: true,
  });
  // A connection error on an idle client must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw postgresError(error, location);
  }
  const names = options.prepare === false ? undefined : new StatementNames('verbatim_');
  return new PostgresDriver(pool, location, options.readonly ?? false, names, {
    bulk: options.bulkInsert ?? true,
    defer: options.deferInserts ?? true,
  });
}

/** Each table's column types by column name, read from the catalog once per driver (bulk inserts). */
type ColumnTypes = (table: string) => Promise<ReadonlyMap<string, string>>;

/**
 * Runs the core's SQL on a pool (each statement on its own) or on a transaction's client. A transaction's
 * executor gets `deferred`: its multi-row inserts are held and sent together before its next statement
 * (src/store/postgres/deferred-inserts.ts).
 */
function executor(
  q: pg.Pool | pg.PoolClient,
  location: string,
  names: StatementNames | undefined,
  bulk: ColumnTypes | undefined,
  deferred?: DeferredInserts,
): Executor {
  const send = async (text: string, params: readonly unknown[]): Promise<pg.QueryResult> => {
    try {
      return await (names ? q.query(names.config(text, params)) : q.query(text, params as unknown[]));
    } catch (error) {
      throw postgresError(error, location);
    }
  };
  const flush = async (): Promise<void> => {
    const held = deferred?.take();
    if (held) await send(held.sql, held.params);
  };
  const query = async (sql: string, params: readonly SqlValue[]): Promise<pg.QueryResult> => {
    await flush();
    return send(numberPlaceholders(sql), params);
  };
  return {
    insertRows: async (table, columns, rows) => {
      const params = bulk ? bulkInsertArrays(columns, rows) : undefined;
      if (!bulk || params === undefined) return false;
      const byName = await bulk(table);
      const types = columns.map((c) => byName.get(c));
      // An array-typed column would need a 2-D parameter that `unnest` flattens: such tables go the VALUES way.
      if (types.some((t) => t === undefined || t.endsWith('[]'))) return false;
      const insert = { table, columns, types: types as string[], params };
      if (deferred) {
        if (deferred.holds(table)) await flush();
        deferred.hold(insert);
      } else await send(bulkInsertSql(table, columns, insert.types), params);
      return true;
    },
    all: async <T extends object>(sql: string, params: readonly SqlValue[] = []) =>
      (await query(sql, params)).rows as T[],
    get: async <T extends object>(sql: string, params: readonly SqlValue[] = []) =>
      (await query(sql, params)).rows[0] as T | undefined,
    run: async (sql: string, params: readonly SqlValue[] = []) => (await query(sql, params)).rowCount ?? 0,
    exec: async (sql: string) => {
      await flush();
      try {
        await q.query(sql);
      } catch (error) {
        throw postgresError(error, location);
      }
    },
  };
}

/** The savepoint each article of a write group runs in (one at a time: they do not nest). */
const SAVEPOINT = 'verbatim_article';

/**
 * `part` inside a savepoint of the transaction on `client`. On failure the inserts it still held are dropped
 * (sent, they would only be rolled back, and one that fails would leave the transaction aborted) and the
 * transaction returns to the savepoint, usable again; a lost connection fails the rollback, which is rethrown.
 */
async function savepoint<T>(
  client: pg.PoolClient,
  tx: Executor,
  deferred: DeferredInserts | undefined,
  location: string,
  part: () => Promise<T>,
): Promise<T> {
  await tx.exec(`SAVEPOINT ${SAVEPOINT}`);
  try {
    const result = await part();
    await tx.exec(`RELEASE SAVEPOINT ${SAVEPOINT}`);
    return result;
  } catch (error) {
    deferred?.take();
    try {
      await client.query(`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`);
      await client.query(`RELEASE SAVEPOINT ${SAVEPOINT}`);
    } catch (rollback) {
      throw postgresError(rollback, location);
    }
    throw error;
  }
}

class PostgresDriver implements Driver {
  readonly dialect = 'postgres' as const;
  private readonly base: Executor;
  private readonly types = new Map<string, Promise<ReadonlyMap<string, string>>>();
  /** The column types of `table` (bulk inserts' array casts), read once; a failed read is tried again next time. */
  private readonly columnTypes: ColumnTypes = (table) => {
    let types = this.types.get(table);
    if (!types) {
      types = this.pool.query(columnTypesSql, [table]).then(
        (r) => new Map(r.rows.map((row: { name: string; type: string }) => [row.name, row.type])),
        (error: unknown) => {
          this.types.delete(table);
          throw postgresError(error, this.location);
        },
      );
      this.types.set(table, types);
    }
    return types;
  };

  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
    readonly readonly: boolean,
    private readonly names: StatementNames | undefined,
    private readonly inserts: { readonly bulk: boolean; readonly defer: boolean },
  ) {
    this.base = executor(pool, location, names, inserts.bulk ? this.columnTypes : undefined);
  }

  all<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.base.all<T>(sql, params);
  }
  get<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined> {
    return this.base.get<T>(sql, params);
  }
  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.base.run(sql, params);
  }
  exec(sql: string): Promise<void> {
    return this.base.exec(sql);
  }
  insertRows(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly SqlValue[])[],
  ): Promise<boolean> {
    return this.base.insertRows!(table, columns, rows);
  }

  async transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw postgresError(error, this.location);
    }
    // A checked-out client has no 'error' listener (the pool listens only to idle ones), and pg emits
    // 'error' on the client when its socket dies, e.g. when the server restarts mid-transaction: unheard,
    // that event ends the process. The pending query rejects with the same error, so here it is only kept,
    // and the broken client is handed back as such (the pool drops it instead of reusing it).
    let broken: Error | undefined;
    const onError = (error: Error): void => {
      broken ??= error;
    };
    client.on('error', onError);
    const deferred = this.inserts.defer ? new DeferredInserts() : undefined;
    const statements = executor(
      client,
      this.location,
      this.names,
      this.inserts.bulk ? this.columnTypes : undefined,
      deferred,
    );
    const tx: Transaction = {
      ...statements,
      savepoint: (part) => savepoint(client, statements, deferred, this.location, part),
    };
    try {
      await tx.exec('BEGIN');
      const result = await fn(tx);
      await tx.exec('COMMIT');
      return result;
    } catch (error) {
      if (!broken) await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
