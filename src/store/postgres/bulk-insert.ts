/**
 * Many rows into one table in one statement, whatever their number: each column's values go as one array
 * parameter, and `unnest` turns the arrays back into rows, `INSERT INTO t (a, b) SELECT * FROM
 * unnest($1::integer[], $2::text[])`. The text depends only on the table and its columns, so it is prepared
 * once per connection; the column types come from the catalog (`columnTypesSql`, read once per table).
 *
 * Why arrays and not one JSON parameter (sessions 9–14): the server parsed the JSON twice, once to check the
 * `json` parameter and again in `json_populate_recordset`, with every row's column names in it; arrays are
 * parsed once and carry no names. The server's instructions per stored article (callgrind,
 * bench/suites/pg-instructions.ts): 40.4 M with JSON, 34.6 M this way (docs/scale.md). The chunked multi-row
 * `VALUES` before either took 1 to 5 statements per table, each with up to 700 parameters to bind and a `VALUES`
 * list to parse and plan.
 */
import type { SqlValue } from '../core/driver.js';

/**
 * Any UTF-16 surrogate: a lone one would reach the server as U+FFFD (Node's UTF-8 encoding replaces it), so rows
 * with one go the `VALUES` way; pairs go that way too, as before, which keeps the test simple (emoji are rare).
 */
const SURROGATE = /[\uD800-\uDFFF]/;
/** Characters that must be backslash-escaped inside a double-quoted array element. */
const ARRAY_ESCAPES = /["\\]/g;
/** A string that needs more than its quotes: something to escape, or a surrogate. */
const NEEDS_CARE = /["\\\uD800-\uDFFF]/;

/** The catalog read giving each column's type as SQL spells it (`integer`, `text`, `bytea` …), for `$1::regclass`. */
export const columnTypesSql =
  'SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute ' +
  'WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped';

/**
 * The INSERT for `table` (trusted identifiers from the core, as in `insertMany`), its parameters numbered from
 * `first`: one array per column, in `columns` order, of the column's type.
 */
export function bulkInsertSql(
  table: string,
  columns: readonly string[],
  types: readonly string[],
  first = 1,
): string {
  const arrays = types.map((type, i) => `$${first + i}::${type}[]`).join(', ');
  return `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${arrays})`;
}

/** One value as an array element (strings double-quoted, NULL bare), as PostgreSQL's array input reads it. */
function element(v: SqlValue): string | undefined {
  if (typeof v === 'string') {
    // One scan for the common string, which holds neither a quote, a backslash nor a surrogate.
    if (!NEEDS_CARE.test(v)) return `"${v}"`;
    return SURROGATE.test(v) ? undefined : `"${v.replace(ARRAY_ESCAPES, '\\$&')}"`;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (v === null) return 'NULL';
  if (typeof v === 'bigint') return v.toString();
  // bytea's hex input form, its backslash escaped.
  return `"\\\\x${v.toString('hex')}"`;
}

/**
 * The rows as one array literal per column (the statement's parameters in `columns` order), or undefined when a
 * value cannot go through unchanged (a string with a surrogate, a number that is not finite): the caller then
 * uses multi-row `VALUES`.
 */
export function bulkInsertArrays(
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
): string[] | undefined {
  const arrays: string[] = [];
  for (let c = 0; c < columns.length; c++) {
    const parts: string[] = new Array(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const e = element(rows[r]![c] ?? null);
      if (e === undefined) return undefined;
      parts[r] = e;
    }
    arrays.push(`{${parts.join(',')}}`);
  }
  return arrays;
}
