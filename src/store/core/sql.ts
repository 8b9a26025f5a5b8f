/** Small SQL helpers shared by the core's writers and queries (no dialect-specific syntax). */
import type { Executor, SqlValue } from './driver.js';

/** Rows per multi-row INSERT: few round trips on PostgreSQL, well under both databases' parameter limits. */
const ROWS_PER_INSERT = 100;

/** Inserts rows (arrays in `columns` order) with multi-row INSERTs. */
export async function insertMany(
  tx: Executor,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
): Promise<void> {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    const chunk = rows.slice(i, i + ROWS_PER_INSERT);
    await tx.run(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      chunk.flat(),
    );
  }
}

/** `?, ?, ?` for an IN list of n values. */
export function placeholders(n: number): string {
  return new Array<string>(n).fill('?').join(', ');
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
