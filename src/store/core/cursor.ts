/** Opaque page cursors: base64url JSON of the last row's sort key (or an offset for ranked results). */
import { VerbatimError } from '../../model/errors.js';

/** Page size when none is asked for, and the largest page a query returns. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): (string | number)[] | undefined {
  if (!cursor) return undefined;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.every((k) => typeof k === 'string' || typeof k === 'number')) return key;
  } catch {
    // fall through to the typed error
  }
  throw new VerbatimError('E_OPTION_INVALID', `cursor '${cursor}' is not one this store made`, {
    hint: 'pass the nextCursor of a previous page unchanged, or leave the cursor out for the first page',
  });
}

export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new VerbatimError('E_OPTION_INVALID', `page size ${limit} is not a positive whole number`, {
      hint: `give a limit between 1 and ${MAX_PAGE_SIZE}`,
    });
  }
  return Math.min(limit, MAX_PAGE_SIZE);
}

/** Offset-based cursor for ranked and aggregated results. */
export function offsetOf(cursor: string | undefined): number {
  const key = decodeCursor(cursor);
  const n = key?.[0];
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : 0;
}
