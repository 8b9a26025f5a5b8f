/**
 * `verbatim watch` on SQLite, in one process (no PostgreSQL): conditional GETs,
 * no fetch of an item already stored, per-host politeness, and a feed that serves
 * garbage recorded and retried by the next poll. A local site serves the feeds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusCommand } from '../../src/cli/commands/status.js';
import { workerCommand } from '../../src/cli/commands/worker.js';
import { silentLog } from '../../src/queue/log.js';
import { watchFeeds } from '../../src/queue/watch.js';
import { openDriver, openStore } from '../../src/store/index.js';
import { type FeedSite, startFeedSite } from './feed-site.js';

/** Politeness gap in the test: long enough to measure, short enough for a quick test. */
const GAP_MS = 300;

const work = mkdtempSync(join(tmpdir(), 'verbatim-watch-'));
let site: FeedSite;
beforeAll(async () => {
  site = await startFeedSite(3);
});
afterAll(async () => {
  await site.close();
  rmSync(work, { recursive: true, force: true });
});

const poll = (db: string, feeds: string[]) =>
  watchFeeds({
    db,
    feeds,
    everyMs: 1000,
    once: true,
    allowPrivate: true,
    politenessMs: GAP_MS,
    log: silentLog,
  });

describe('verbatim watch on SQLite', () => {
  it('stores new items, re-polls with a conditional GET, never refetches a stored item, spaces fetches per host', async () => {
    const db = join(work, 'watch.db');
    const feed = `${site.base}/feed.xml`;
    const t0 = Date.now();
    const first = await poll(db, [feed]);
    const elapsed = Date.now() - t0;
    expect(first).toMatchObject({ polls: 1, stored: 3, failed: 0 });
    // Four fetches from one host (the feed, three pages): at least three gaps between them.
    expect(elapsed).toBeGreaterThanOrEqual(3 * GAP_MS);

    const second = await poll(db, [feed]);
    expect(second).toMatchObject({ stored: 0, failed: 0 });
    expect(site.notModified.get('/feed.xml')).toBe(1);

    site.setItems('/feed.xml', [1, 2, 3, 4]);
    const third = await poll(db, [feed]);
    expect(third).toMatchObject({ stored: 1, failed: 0 });
    for (const p of [1, 2, 3, 4]) expect(site.hits.get(`/a${p}`)).toBe(1);

    const store = await openStore(db);
    expect((await store.stats()).articles).toBe(4);
    await store.close();
  }, 120_000);

  it('records a feed that serves garbage, and the next poll after it recovers stores its items', async () => {
    const db = join(work, 'garbage.db');
    const feed = `${site.base}/garbage.xml`;
    site.mode('/garbage.xml', 'garbage');
    const bad = await poll(db, [feed]);
    expect(bad).toMatchObject({ stored: 0, failed: 1 });
    const driver = await openDriver(db);
    const row = await driver.get<{ status: string; error_code: string; failures: number }>(
      'SELECT status, error_code, failures FROM feeds WHERE url = ?',
      [feed],
    );
    expect(row).toEqual({ status: 'failed', error_code: 'E_FEED_INVALID', failures: 1 });

    site.mode('/garbage.xml', 'ok');
    const good = await poll(db, [feed]);
    expect(good).toMatchObject({ failed: 0 });
    expect(good.stored).toBeGreaterThan(0);
    const healed = await driver.get<{ status: string; failures: number }>(
      'SELECT status, failures FROM feeds WHERE url = ?',
      [feed],
    );
    expect(healed).toEqual({ status: 'fetched', failures: 0 });
    await driver.close();
  }, 120_000);

  it('status shows the SQLite store and its feeds; worker refuses a SQLite store with a typed error', async () => {
    const db = join(work, 'garbage.db');
    let out = '';
    const io = { stdout: { write: (c: string) => (out += c) }, stderr: { write: () => true } };
    expect(await statusCommand({ db }, io)).toBe(0);
    expect(out).toMatch(/store .*garbage\.db: \d+ articles/);
    expect(out).toContain(`feed ${site.base}/garbage.xml: fetched`);
    await expect(workerCommand({ db }, io)).rejects.toMatchObject({ code: 'E_OPTION_INVALID' });
  });
});
