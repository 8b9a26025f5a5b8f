/** Shared by the store's query commands: open the store read-only, page options, output format. */
import { VerbatimError } from '../../model/errors.js';
import type { Page, Store } from '../../store/core/types.js';
import { openStore, storeLocation } from '../../store/open.js';
import type { CliIo } from '../io.js';

export interface StoreQueryOptions {
  readonly db?: string;
  readonly limit?: string;
  readonly cursor?: string;
  readonly format?: string;
  readonly includeDuplicates?: boolean;
}

export const QUERY_FORMATS = ['text', 'json', 'jsonl'] as const;

/** Runs `fn` on the store opened read-only (a query never changes a store), closing it afterwards. */
export async function withStore<T>(options: { db?: string }, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(storeLocation(options.db), { readonly: true });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function pageOptions(o: StoreQueryOptions): {
  limit?: number;
  cursor?: string;
  includeDuplicates?: boolean;
} {
  const limit = o.limit === undefined ? undefined : Number(o.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw new VerbatimError('E_OPTION_INVALID', `--limit '${o.limit}' is not a positive whole number`);
  }
  return {
    ...(limit !== undefined ? { limit } : {}),
    ...(o.cursor ? { cursor: o.cursor } : {}),
    ...(o.includeDuplicates ? { includeDuplicates: true } : {}),
  };
}

/** Writes a page as text lines (`line` per item), JSON or JSON lines, with the next-page hint. */
export function writePage<T>(
  io: CliIo,
  page: Page<T>,
  format: string | undefined,
  line: (item: T) => string,
): void {
  const f = format ?? 'text';
  if (!(QUERY_FORMATS as readonly string[]).includes(f)) {
    throw new VerbatimError('E_OPTION_INVALID', `unknown format '${f}'`, {
      hint: `use one of: ${QUERY_FORMATS.join(', ')}`,
    });
  }
  if (f === 'json') {
    io.stdout.write(`${JSON.stringify(page, null, 2)}\n`);
    return;
  }
  for (const item of page.items) io.stdout.write(`${f === 'jsonl' ? JSON.stringify(item) : line(item)}\n`);
  if (f === 'text' && page.items.length === 0) io.stdout.write('no results\n');
  if (page.nextCursor) io.stderr.write(`more: add --cursor ${page.nextCursor}\n`);
}
