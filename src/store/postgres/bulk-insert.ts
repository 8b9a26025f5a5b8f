/**
 * Many rows into one table in one statement, whatever their number: the rows go as one JSON parameter that
 * `json_populate_recordset` turns into rows of the table's own type (so each column keeps its type without
 * casts). The chunked multi-row `VALUES` it replaces took 1 to 5 statements per table and article, each with
 * up to 700 parameters to bind and a `VALUES` list to parse and plan: one PolNeAR article's mentions (150 rows)
 * cost the server 2.6 ms of CPU that way and 1.7 ms this way (bench/suites/workers-db.ts, docs/scale.md).
 * The text of the statement depends only on the table and its columns, so it is prepared once per connection.
 */
import type { SqlValue } from '../core/driver.js';

/** A lone UTF-16 surrogate: JSON carries it as an escape that PostgreSQL refuses, so such rows go the other way. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/;

/** The INSERT for `table` (trusted identifiers from the core, as in `insertMany`). */
export function bulkInsertSql(table: string, columns: readonly string[]): string {
  const list = columns.join(', ');
  return `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)`;
}

/**
 * The rows as the statement's JSON parameter, or undefined when a value cannot go through JSON unchanged
 * (a string with a surrogate, a number that is not finite): the caller then uses multi-row `VALUES`.
 */
export function bulkInsertJson(
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
): string | undefined {
  const objects: Record<string, string | number | null>[] = [];
  for (const row of rows) {
    const o: Record<string, string | number | null> = {};
    for (let i = 0; i < columns.length; i++) {
      const v = row[i] ?? null;
      if (typeof v === 'string') {
        if (LONE_SURROGATE.test(v)) return undefined;
        o[columns[i]!] = v;
      } else if (typeof v === 'number') {
        if (!Number.isFinite(v)) return undefined;
        o[columns[i]!] = v;
      } else if (typeof v === 'bigint') o[columns[i]!] = v.toString();
      // bytea's hex input form.
      else if (Buffer.isBuffer(v)) o[columns[i]!] = `\\x${v.toString('hex')}`;
      else o[columns[i]!] = null;
    }
    objects.push(o);
  }
  return JSON.stringify(objects);
}
