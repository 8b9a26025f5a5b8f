/**
 * `openStore(url)`: the library's door to a store. A file path (or `sqlite:PATH`)
 * opens SQLite, `postgres://…` PostgreSQL; with no URL, `$VERBATIM_DB`, else
 * `./verbatim.db`. A new SQLite file is created and set up on first use.
 */
import { VerbatimError } from '../model/errors.js';
import type { Driver } from './core/driver.js';
import { storeOver } from './core/store.js';
import type { OpenStoreOptions, Store } from './core/types.js';

export const DEFAULT_STORE_PATH = 'verbatim.db';

/** The store URL a command uses: its --db, else $VERBATIM_DB, else ./verbatim.db. */
export function storeLocation(db?: string, env: NodeJS.ProcessEnv = process.env): string {
  return db || env['VERBATIM_DB'] || DEFAULT_STORE_PATH;
}

export async function openStore(url?: string, options: OpenStoreOptions = {}): Promise<Store> {
  return storeOver(await openDriver(storeLocation(url), options));
}

/** The adapter for a URL (exported for tests that need the raw driver). */
export async function openDriver(url: string, options: OpenStoreOptions = {}): Promise<Driver> {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const { openPostgres } = await import('./postgres/driver.js');
    return openPostgres(url, options);
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(url) && !/^sqlite:/i.test(url)) {
    throw new VerbatimError('E_STORE_URL', `'${url}' is not a store URL this Verbatim can open`);
  }
  const { openSqlite } = await import('./sqlite/driver.js');
  return openSqlite(url.replace(/^sqlite:(\/\/)?/i, ''), options);
}
