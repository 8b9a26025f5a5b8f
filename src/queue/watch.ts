/**
 * `verbatim watch`: polls feeds on a schedule. On PostgreSQL it sends one
 * `fetch-feed` job per feed each period and workers do the rest; on SQLite (or
 * with `inline`) it runs every job itself, in this one process, so a small
 * newsroom needs no PostgreSQL. Either way each poll is a conditional GET, each
 * host gets its politeness gap, and items already stored are never fetched.
 */
import { storeOver } from '../store/core/store.js';
import { openDriver } from '../store/open.js';
import { isPostgresUrl, openQueue } from './boss.js';
import { createJobContext, fetchOptions } from './context.js';
import type { Log } from './log.js';
import { InlineSink } from './run-job.js';

export interface WatchOptions {
  readonly db: string;
  readonly feeds: readonly string[];
  readonly everyMs: number;
  /** Poll once and return (tests, cron). */
  readonly once?: boolean;
  /** Run the jobs in this process even on PostgreSQL. */
  readonly inline?: boolean;
  readonly politenessMs?: number;
  readonly allowPrivate?: boolean;
  /** Milliseconds one URL may take in all (connect, body, redirects, retries). */
  readonly fetchTimeoutMs?: number;
  readonly log: Log;
  readonly signal?: AbortSignal;
}

export interface WatchSummary {
  readonly polls: number;
  /** Inline mode: articles stored and jobs failed over all polls. */
  readonly stored: number;
  readonly failed: number;
}

export async function watchFeeds(options: WatchOptions): Promise<WatchSummary> {
  const { log } = options;
  const inline = options.inline || !isPostgresUrl(options.db);
  const driver = await openDriver(options.db);
  const store = await storeOver(driver);
  const queue = inline
    ? undefined
    : await openQueue(options.db).catch(async (e) => {
        await store.close();
        throw e;
      });
  const sink = new InlineSink();
  const ctx = createJobContext({
    store,
    db: driver,
    sink: queue ?? sink,
    log,
    ...fetchOptions(options),
  });
  sink.bind(ctx);
  let polls = 0;
  try {
    for (;;) {
      const started = Date.now();
      polls++;
      for (const url of options.feeds) {
        if (options.signal?.aborted) break;
        if (queue) {
          await queue.send('fetch-feed', { url });
          log('info', 'feed sent', { queue: 'fetch-feed', subject: url });
        } else await sink.send('fetch-feed', { url });
      }
      log('info', 'poll done', { poll: polls, feeds: options.feeds.length, ...(inline ? sink.counts : {}) });
      if (options.once || options.signal?.aborted) break;
      const wait = Math.max(0, options.everyMs - (Date.now() - started));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        options.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      if (options.signal?.aborted) break;
    }
  } finally {
    await queue?.close();
    await ctx.fetcher.close();
    await store.close();
  }
  return { polls, stored: sink.counts.stored, failed: sink.counts.failed };
}
