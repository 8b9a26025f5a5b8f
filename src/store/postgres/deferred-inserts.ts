/**
 * Multi-row inserts of one transaction sent together: the core writes an article's records table by table
 * (blocks, actors, mentions, statements, acts, their participants, timexes, then claims, positions …), and
 * nothing reads those rows back before its next statement. Inside a transaction the driver therefore holds
 * such an insert back and sends the held ones as one statement, `WITH i1 AS (INSERT …), i2 AS (INSERT …)
 * INSERT …`, just before the transaction's next statement (a read, a write, COMMIT): one round trip where
 * there were up to eight, each of which the worker waited for and the server parsed, bound and executed.
 *
 * What holds it correct: the statements run in the order the core wrote them, since any other statement
 * sends the held ones first; the sub-statements of one statement all see the same snapshot, so a held insert
 * may not read a row another held insert writes: none does (they read only their own parameters), and the
 * foreign keys a store before schema v11 checks (articles, names, corpus actors) point at rows written by
 * earlier, separate statements (a foreign-key check runs at the end of the whole statement anyway). Two inserts into one table
 * are never held together: the order of sub-statements is not defined, and the table's identity column would
 * number their rows in either order. An error of a held insert fails the statement that sent it, inside the
 * same transaction, which is then rolled back as before.
 */
import { bulkInsertSql } from './bulk-insert.js';

/** One held insert: its table, its columns with their types, and its rows as `bulkInsertArrays` parameters. */
export interface HeldInsert {
  readonly table: string;
  readonly columns: readonly string[];
  readonly types: readonly string[];
  readonly params: readonly string[];
}

/**
 * The text of the inserts as one statement, their parameters numbered in order (each insert one per column).
 * It depends only on the tables and columns, so the few combinations an ingest makes are prepared once per
 * connection.
 */
export function combinedInsertSql(parts: readonly Omit<HeldInsert, 'params'>[]): string {
  const last = parts.length - 1;
  if (last < 0) throw new Error('combinedInsertSql: no insert to send');
  let next = 1;
  const sql = parts.map((p) => {
    const one = bulkInsertSql(p.table, p.columns, p.types, next);
    next += p.types.length;
    return one;
  });
  const ctes = sql.slice(0, last).map((one, i) => `i${i + 1} AS (${one})`);
  return ctes.length ? `WITH ${ctes.join(', ')} ${sql[last]}` : sql[last]!;
}

/** The inserts a transaction holds back until its next statement. */
export class DeferredInserts {
  private held: HeldInsert[] = [];

  /** Whether an insert into `table` is held already (then the held ones must go first). */
  holds(table: string): boolean {
    return this.held.some((h) => h.table === table);
  }

  hold(insert: HeldInsert): void {
    this.held.push(insert);
  }

  /** The held inserts as one statement and its parameters, and forgets them; undefined when none is held. */
  take(): { sql: string; params: string[] } | undefined {
    if (this.held.length === 0) return undefined;
    const held = this.held;
    this.held = [];
    return { sql: combinedInsertSql(held), params: held.flatMap((h) => h.params) };
  }
}
