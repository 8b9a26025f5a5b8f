/**
 * XSS: hostile articles (script tags, on* attributes, javascript: links, </script> inside text, bidi
 * overrides, an enormous attribute) through the app in Chromium. No payload runs (window.__xss stays
 * unset, no dialog, no CSP violation, no page error), the payloads show as text, and the rendered app holds
 * no script element, no on* attribute and no link other than http(s) or in-app (#) ones.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import {
  HAS_CHROMIUM,
  SETUP_MS,
  screenshot,
  startWebFixture,
  type WebFixture,
  waitForJobs,
} from './harness.js';
import { HOSTILE_TEXT, hostilePage } from './hostile.js';

interface Findings {
  readonly ran: unknown;
  readonly scripts: number;
  readonly handlers: string[];
  readonly badLinks: string[];
  readonly text: string;
}

/** What the page shows and whether anything ran. */
async function inspect(page: Page): Promise<Findings> {
  return page.evaluate(() => {
    const app = document.getElementById('app')!;
    const handlers: string[] = [];
    for (const el of Array.from(app.querySelectorAll('*'))) {
      for (const attr of el.getAttributeNames())
        if (/^on/i.test(attr)) handlers.push(`${el.tagName}.${attr}`);
    }
    const badLinks = Array.from(app.querySelectorAll('a[href]'))
      .map((a) => a.getAttribute('href') ?? '')
      .filter((h) => !/^(https?:\/\/|#)/.test(h));
    return {
      ran: (window as unknown as { __xss?: unknown }).__xss,
      scripts: app.querySelectorAll('script, iframe, object, embed, svg').length,
      handlers,
      badLinks,
      text: app.textContent ?? '',
    };
  });
}

async function watch(page: Page): Promise<string[]> {
  const events: string[] = [];
  page.on('dialog', (d) => {
    events.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp?: string[] }).__csp = [
        ...((window as unknown as { __csp?: string[] }).__csp ?? []),
        `${e.violatedDirective} ${e.blockedURI}`,
      ];
    });
  });
  return events;
}

describe.skipIf(!HAS_CHROMIUM)('hostile articles in the app (XSS)', () => {
  let web: WebFixture;
  let hostile: Server;
  let hostileUrl: string;
  let dir: string;
  beforeAll(async () => {
    hostile = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(hostilePage());
    });
    await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
    hostileUrl = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}/story`;
    // The hostile page is served from loopback, so this server may fetch private addresses.
    dir = mkdtempSync(join(tmpdir(), 'verbatim-xss-store-'));
    web = await startWebFixture({ allowPrivate: true, store: await openStore(join(dir, 'corpus.db')) });
  }, SETUP_MS);
  afterAll(async () => {
    await web?.close();
    await new Promise((resolve) => hostile?.close(resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(
    'a pasted hostile text shows as text and runs nothing',
    async () => {
      const page = await web.newPage();
      const events = await watch(page);
      await page.goto(`${web.url}#/analyze`);
      await page.getByLabel('Article text').fill(HOSTILE_TEXT);
      await page.getByRole('button', { name: 'Analyse' }).click();
      await page.locator('.article-text mark').first().waitFor();
      // Hover and focus every mark so that any handler that could fire does.
      const marks = page.locator('.article-text mark');
      for (let i = 0; i < (await marks.count()); i++) await marks.nth(i).hover({ force: true });
      await page.locator('button.statement').first().click();
      const found = await inspect(page);
      expect(found.ran).toBeUndefined();
      expect(found.scripts).toBe(0);
      expect(found.handlers).toEqual([]);
      expect(found.badLinks).toEqual([]);
      const shown = (await page.locator('.article-text').textContent()) ?? '';
      expect(shown).toBe(HOSTILE_TEXT);
      expect(shown).toContain('</script><script>');
      expect(shown).toContain('\u202Etxt.exe\u202C');
      expect(events).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp)).toBeUndefined();
      expect(web.pageErrors).toEqual([]);
      await screenshot(page, 'xss-pasted-text');
    },
    SETUP_MS,
  );

  it(
    'a hostile page (metadata payloads, javascript: canonical link, 2 MB attribute) runs nothing',
    async () => {
      const page = await web.newPage();
      const events = await watch(page);
      await page.goto(`${web.url}#/analyze`);
      await page.getByLabel('URL').check();
      await page.getByLabel('Page address').fill(hostileUrl);
      await page.getByRole('button', { name: 'Analyse' }).click();
      await page.locator('.article-text').waitFor();
      const found = await inspect(page);
      expect(found.ran).toBeUndefined();
      expect(found.scripts).toBe(0);
      expect(found.handlers).toEqual([]);
      expect(found.badLinks).toEqual([]);
      expect(found.text).toContain('bridge would reopen');
      expect(found.text).toMatch(/<\/script><script>|<script>/);
      expect(events).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp)).toBeUndefined();
      expect(web.pageErrors).toEqual([]);
      await screenshot(page, 'xss-hostile-page');
    },
    SETUP_MS,
  );

  it(
    'stored hostile articles run nothing in any corpus view',
    async () => {
      for (const body of [
        { text: HOSTILE_TEXT, published: '2025-01-06' },
        { url: hostileUrl, published: '2025-01-07' },
      ]) {
        const res = await fetch(`${web.url}api/ingest`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        expect(res.status).toBe(202);
      }
      await waitForJobs(web.url);
      const page = await web.newPage();
      const events = await watch(page);
      const views: [string, string][] = [
        ['#/', '.stats'],
        ['#/search?q=spokesman', 'ol.hits li'],
        ['#/search?q=file&in=statements', 'ol.hits li'],
        ['#/article/1', '.article-text mark'],
        ['#/article/2', '.article-text mark'],
        ['#/actors', 'tbody tr'],
        ['#/timeline', 'ol.timeline li'],
        ['#/stories', 'ul.stories li'],
        ['#/story/1', 'ol.story-articles li'],
        ['#/actor/1', 'section[aria-labelledby="h-roles"]'],
        ['#/timeline?story=1', 'ol.entries li'],
        ['#/claims', 'ul.claims > li'],
      ];
      for (const [view, ready] of views) {
        await page.goto(`${web.url}${view}`);
        await page
          .locator(ready)
          .first()
          .waitFor()
          .catch(async (e: unknown) => {
            await screenshot(page, 'xss-failed-view');
            throw new Error(`${view}: ${String(e)}`);
          });
        const marks = page.locator('.article-text mark');
        for (let i = 0; i < Math.min(await marks.count(), 40); i++) await marks.nth(i).hover({ force: true });
        const found = await inspect(page);
        expect(found.ran, view).toBeUndefined();
        expect(found.scripts, view).toBe(0);
        expect(found.handlers, view).toEqual([]);
        expect(found.badLinks, view).toEqual([]);
      }
      await page.goto(`${web.url}#/article/1`);
      await page.locator('.article-text mark').first().waitFor();
      expect(await page.locator('.article-text').textContent()).toBe(HOSTILE_TEXT);
      await screenshot(page, 'xss-stored-article');
      expect(events).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp)).toBeUndefined();
      expect(web.pageErrors).toEqual([]);
    },
    SETUP_MS,
  );
});
