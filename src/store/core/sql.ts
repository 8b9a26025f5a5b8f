/** Small SQL helpers shared by the core's writers and queries (no dialect-specific syntax). */
import type { Executor, SqlValue } from './driver.js';

/** Rows per multi-row INSERT: few round trips on PostgreSQL, well under both databases' parameter limits. */
const ROWS_PER_INSERT = 100;

/**
 * Sizes to cut n rows into: full chunks of ROWS_PER_INSERT, then powers of two (37 → 32, 4, 1). A statement's
 * SQL depends on its row count, and the adapters keep prepared statements by SQL: with these sizes a table
 * has at most 8 INSERT texts, so the statement cache stays small and flat over a long ingest.
 */
export function chunkSizes(n: number): number[] {
  const sizes: number[] = [];
  let left = n;
  while (left >= ROWS_PER_INSERT) {
    sizes.push(ROWS_PER_INSERT);
    left -= ROWS_PER_INSERT;
  }
  for (let p = 64; p >= 1; p /= 2) {
    if (left >= p) {
      sizes.push(p);
      left -= p;
    }
  }
  return sizes;
}

/** Runs `run` once per chunk of `items`, cut by chunkSizes. */
export async function inChunks<T>(
  items: readonly T[],
  run: (chunk: readonly T[]) => Promise<unknown>,
): Promise<void> {
  let i = 0;
  for (const size of chunkSizes(items.length)) {
    await run(items.slice(i, i + size));
    i += size;
  }
}

/**
 * Inserts rows (arrays in `columns` order): in one statement where the adapter can, else multi-row INSERTs.
 * A single row goes to the adapter too: PostgreSQL holds a transaction's inserts and sends them together
 * (src/store/postgres/deferred-inserts.ts), which spares the row its own round trip.
 */
export async function insertMany(
  tx: Executor,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
): Promise<void> {
  if (rows.length === 0) return;
  if (await tx.insertRows?.(table, columns, rows)) return;
  await inChunks(rows, (chunk) => tx.run(insertSql(table, columns, chunk.length), flatRows(chunk)));
}

/**
 * The values of `rows` one after another: a multi-row statement's parameters. A plain loop: V8's generic
 * `Array.prototype.flat` took ~35 µs for an article's 29 actor rows (~1.5 µs this way), and an article's
 * writes flatten about ten such chunks.
 */
export function flatRows<T>(rows: readonly (readonly T[])[]): T[] {
  let n = 0;
  for (const row of rows) n += row.length;
  const out = new Array<T>(n);
  let k = 0;
  for (const row of rows) for (let i = 0; i < row.length; i++) out[k++] = row[i]!;
  return out;
}

/**
 * INSERT texts made once per table, columns and row count (chunkSizes keeps those to a few per table): an
 * ingest inserts into eight tables per article, and building the placeholder lists each time cost CPU.
 */
const insertTexts = new Map<string, string>();

function insertSql(table: string, columns: readonly string[], rows: number): string {
  const key = `${table}\u0000${columns.join(',')}\u0000${rows}`;
  let sql = insertTexts.get(key);
  if (sql === undefined) {
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${new Array<string>(rows).fill(tuple).join(', ')}`;
    insertTexts.set(key, sql);
  }
  return sql;
}

/** `?, ?, ?` for an IN list of n values. */
export function placeholders(n: number): string {
  return new Array<string>(n).fill('?').join(', ');
}

/**
 * An IN list of `values` padded to a power-of-two length by repeating its last value (a repeated value does
 * not change what IN matches). Each list length is another SQL text, and both adapters keep a prepared
 * statement per text: unpadded, an ingest that looks up 1…300 keys per article fills the statement cache
 * with ~300 variants of one query (native memory that grew over a long ingest); padded, there are ~9.
 */
export function inList<T extends SqlValue>(values: readonly T[]): { sql: string; params: T[] } {
  if (values.length === 0) throw new Error('inList: an IN list needs at least one value');
  let size = 1;
  while (size < values.length) size *= 2;
  const params = [...values];
  while (params.length < size) params.push(values[values.length - 1]!);
  return { sql: placeholders(size), params };
}

/** Escapes LIKE wildcards in user text (the queries use ESCAPE '\'). */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Lower-case words of a name, joined by single spaces, wrapped in spaces: ` dmitry peskov `. */
export function normName(name: string): string {
  const words = name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return ` ${words.join(' ')} `;
}
