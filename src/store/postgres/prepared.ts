/**
 * Server-side prepared statements for the SQL a process runs again and again. node-postgres sends a query with
 * parameters as an unnamed statement, which the server parses, analyses and plans anew every time; for an
 * article's ~25 multi-row inserts and the queue's job fetches that was a third of the server's CPU per stored
 * article (docs/scale.md). A named statement is parsed once per connection, and after five executions the
 * server keeps its generic plan when that plan costs no more than the custom ones, so a repeat costs bind and
 * execute only.
 *
 * A text gets a name on its second use (one-off SQL stays unnamed), and at most NAMED_LIMIT texts get one:
 * every connection that runs a named text holds its plan for the connection's life. The core keeps the number
 * of distinct texts small (multi-row inserts and IN lists come in a few fixed sizes: `chunkSizes`). Texts
 * without parameters are never named: they go by the simple protocol, which also carries several statements
 * at once (migrations, pg-boss's locked maintenance). Not for a transaction-mode connection pooler that cannot
 * keep prepared statements (PgBouncer before 1.21): connect such setups to PostgreSQL directly.
 */
import type pg from 'pg';
import { BoundedMemo } from '../../util/bounded-memo.js';

/** Named texts per process and pool: well above the ~100 texts ingest and the queue use, so a bound, not a limit. */
const NAMED_LIMIT = 400;
/** Texts counted on their way to a name before the count starts over (bounds memory for one-off SQL). */
const SEEN_LIMIT = 5_000;

export class StatementNames {
  private readonly seen = new BoundedMemo<string, true>(SEEN_LIMIT);
  private readonly names = new Map<string, string>();

  /** `prefix` keeps the names of two caches on one connection apart. */
  constructor(private readonly prefix: string) {}

  /** The query to send: named once `text` runs a second time (with parameters, below the limit). */
  config(text: string, values: readonly unknown[]): pg.QueryConfig {
    const params = values as unknown[];
    if (params.length === 0) return { text };
    let name = this.names.get(text);
    if (name === undefined && this.names.size < NAMED_LIMIT) {
      if (this.seen.has(text)) {
        name = `${this.prefix}${this.names.size + 1}`;
        this.names.set(text, name);
        this.seen.delete(text);
      } else {
        this.seen.set(text, true);
      }
    }
    return name === undefined ? { text, values: params } : { name, text, values: params };
  }
}
