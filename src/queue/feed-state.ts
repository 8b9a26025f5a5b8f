/**
 * The small store tables that scheduled polling needs (migration 6): each watched
 * feed's conditional-GET validators and last outcome, and per-host fetch slots.
 * Plain SQL over the store's driver, the same on SQLite and PostgreSQL.
 */
import type { Executor } from '../store/core/driver.js';

export interface FeedState {
  readonly url: string;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly polledAt?: string;
  readonly status?: string;
  readonly items: number;
  readonly failures: number;
  readonly errorCode?: string;
  readonly errorMessage?: string;
}

interface FeedRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  polled_at: string | null;
  status: string | null;
  items: number;
  failures: number;
  error_code: string | null;
  error_message: string | null;
}

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

function toState(r: FeedRow): FeedState {
  return {
    url: r.url,
    ...(r.etag ? { etag: r.etag } : {}),
    ...(r.last_modified ? { lastModified: r.last_modified } : {}),
    ...(r.polled_at ? { polledAt: r.polled_at } : {}),
    ...(r.status ? { status: r.status } : {}),
    items: Number(r.items),
    failures: Number(r.failures),
    ...(opt(r.error_code) ? { errorCode: r.error_code as string } : {}),
    ...(opt(r.error_message) ? { errorMessage: r.error_message as string } : {}),
  };
}

export async function feedState(db: Executor, url: string): Promise<FeedState | undefined> {
  const row = await db.get<FeedRow>('SELECT * FROM feeds WHERE url = ?', [url]);
  return row ? toState(row) : undefined;
}

export async function feedStates(db: Executor): Promise<FeedState[]> {
  return (await db.all<FeedRow>('SELECT * FROM feeds ORDER BY url')).map(toState);
}

export type PollOutcome =
  | {
      readonly status: 'fetched';
      readonly etag?: string;
      readonly lastModified?: string;
      readonly items: number;
    }
  | { readonly status: 'not-modified' }
  | { readonly status: 'failed'; readonly code: string; readonly message: string };

/** Records one poll: validators and item count on success, the error (and one more failure) otherwise. */
export async function recordPoll(db: Executor, url: string, outcome: PollOutcome): Promise<void> {
  const now = new Date().toISOString();
  await db.run('INSERT INTO feeds (url) VALUES (?) ON CONFLICT (url) DO NOTHING', [url]);
  if (outcome.status === 'fetched') {
    await db.run(
      `UPDATE feeds SET etag = ?, last_modified = ?, polled_at = ?, status = 'fetched', items = ?, failures = 0,
         error_code = NULL, error_message = NULL WHERE url = ?`,
      [outcome.etag ?? null, outcome.lastModified ?? null, now, outcome.items, url],
    );
  } else if (outcome.status === 'not-modified') {
    await db.run(
      `UPDATE feeds SET polled_at = ?, status = 'not-modified', failures = 0, error_code = NULL,
         error_message = NULL WHERE url = ?`,
      [now, url],
    );
  } else {
    await db.run(
      `UPDATE feeds SET polled_at = ?, status = 'failed', failures = failures + 1, error_code = ?,
         error_message = ? WHERE url = ?`,
      [now, outcome.code, outcome.message, url],
    );
  }
}

/**
 * Hands out the next fetch slot for a host (epoch ms): now, or `gapMs` after the last slot given out,
 * whichever is later. One atomic upsert, so workers on many machines share one politeness schedule.
 */
export async function reserveSlot(
  db: Executor,
  host: string,
  gapMs: number,
  now = Date.now(),
): Promise<number> {
  const row = await db.get<{ next_at: number }>(
    `INSERT INTO host_slots (host, next_at) VALUES (?, ?) ON CONFLICT (host) DO UPDATE SET next_at =
       CASE WHEN host_slots.next_at + ? > excluded.next_at THEN host_slots.next_at + ? ELSE excluded.next_at END
     RETURNING next_at`,
    [host, now, gapMs, gapMs],
  );
  return Number(row?.next_at ?? now);
}

/** True when the store holds any version of this source identity (checked before fetching a feed item). */
export async function hasSource(db: Executor, identity: string): Promise<boolean> {
  return (await db.get('SELECT 1 AS x FROM sources WHERE identity = ?', [identity])) !== undefined;
}
