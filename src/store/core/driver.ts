/**
 * What an adapter provides to the store core (after drizzle-orm's split of
 * `sqlite-core` from its drivers): run SQL with `?` placeholders, in
 * transactions, and map the driver's failures to typed errors. Everything
 * else (schema, migrations, queries) lives in the core, once for both.
 */
import type { Dialect } from './types.js';

/** A value bound to a `?` placeholder. */
export type SqlValue = string | number | bigint | Buffer | null;

export type Row = Record<string, unknown>;

export interface Executor {
  /** Rows of a query. */
  all<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** First row of a query, or undefined. */
  get<T extends object = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs a statement; returns the number of changed rows. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs several `;`-separated statements without parameters (DDL). */
  exec(sql: string): Promise<void>;
  /**
   * Inserts rows (arrays in `columns` order) in one statement where the adapter can (PostgreSQL); false when
   * it did not, and `insertMany` then uses multi-row INSERTs. In a transaction PostgreSQL may hold the insert
   * and send it with the others before the transaction's next statement, whose failure then reports its error.
   */
  insertRows?(
    table: string,
    columns: readonly string[],
    rows: readonly (readonly SqlValue[])[],
  ): Promise<boolean>;
}

/** A write transaction's executor: its statements, and savepoints that let one part fail alone. */
export interface Transaction extends Executor {
  /**
   * Runs `fn` inside a savepoint: when it throws, what it wrote is rolled back and the transaction goes on
   * without it (the error is rethrown). When the database ended the whole transaction instead (SQLite does on a
   * full disk or an I/O error), the error is rethrown and the transaction's COMMIT fails with a typed error.
   */
  savepoint<T>(fn: () => Promise<T>): Promise<T>;
}

export interface Driver extends Executor {
  readonly dialect: Dialect;
  /** Shown in errors: the file path or the PostgreSQL URL without its password. */
  readonly location: string;
  readonly readonly: boolean;
  /**
   * Runs `fn` in one write transaction: all of it is stored, or none of it.
   * SQLite takes the write lock at the start (BEGIN IMMEDIATE), waiting for
   * another writer up to the busy timeout.
   */
  transaction<T>(fn: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
