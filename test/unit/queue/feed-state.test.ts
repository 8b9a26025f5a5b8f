/** The scheduled-feed tables (migration 6) on SQLite: politeness slots and poll outcomes. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { feedState, hasSource, recordPoll, reserveSlot } from '../../../src/queue/feed-state.js';
import { storeOver } from '../../../src/store/core/store.js';
import { openDriver } from '../../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-feed-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open() {
  const driver = await openDriver(join(dir, `s${Math.random()}.db`));
  const store = await storeOver(driver);
  return { driver, store };
}

describe('host politeness slots', () => {
  it('hands out slots gapMs apart per host, and now when the host has been quiet', async () => {
    const { driver, store } = await open();
    const now = 1_000_000;
    const slots = [];
    for (let i = 0; i < 3; i++) slots.push(await reserveSlot(driver, 'a.example', 500, now));
    expect(slots).toEqual([now, now + 500, now + 1000]);
    expect(await reserveSlot(driver, 'b.example', 500, now)).toBe(now);
    expect(await reserveSlot(driver, 'a.example', 500, now + 60_000)).toBe(now + 60_000);
    await store.close();
  });
});

describe('feed poll outcomes', () => {
  it('keeps validators on success, counts failures in a row, and resets them on recovery', async () => {
    const { driver, store } = await open();
    const url = 'https://news.example/feed.xml';
    expect(await feedState(driver, url)).toBeUndefined();
    await recordPoll(driver, url, {
      status: 'fetched',
      etag: '"v1"',
      lastModified: 'Fri, 08 Nov 2024 09:30:00 GMT',
      items: 7,
    });
    expect(await feedState(driver, url)).toMatchObject({
      etag: '"v1"',
      items: 7,
      failures: 0,
      status: 'fetched',
    });
    await recordPoll(driver, url, { status: 'failed', code: 'E_FEED_INVALID', message: 'bad XML' });
    await recordPoll(driver, url, { status: 'failed', code: 'E_FETCH_FAILED', message: 'timeout' });
    const failed = await feedState(driver, url);
    expect(failed).toMatchObject({
      status: 'failed',
      failures: 2,
      errorCode: 'E_FETCH_FAILED',
      etag: '"v1"',
    });
    await recordPoll(driver, url, { status: 'not-modified' });
    expect(await feedState(driver, url)).toMatchObject({ status: 'not-modified', failures: 0, etag: '"v1"' });
    expect((await feedState(driver, url))?.errorCode).toBeUndefined();
    expect(await hasSource(driver, 'https://news.example/a1')).toBe(false);
    await store.close();
  });
});
