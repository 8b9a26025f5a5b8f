/**
 * The Analyse page and the Article view in Chromium: paste the sample article, see it annotated (actors,
 * statements, time expressions marked, with a legend), hover and focus a mark to see its record, pick a
 * statement in the speaker panel. Writes test-output/screenshots/article-view*.png.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SETUP_MS, screenshot, startWebFixture, type WebFixture } from './harness.js';

const SAMPLE = readFileSync(new URL('../../examples/putin-trump-ukraine.txt', import.meta.url), 'utf8');

describe.skipIf(!HAS_CHROMIUM)('Analyse page → Article view in Chromium', () => {
  let web: WebFixture;
  beforeAll(async () => {
    web = await startWebFixture();
  }, SETUP_MS);
  afterAll(async () => web?.close());

  it(
    'paste a text → see it annotated, inspect marks by mouse and keyboard',
    async () => {
      const page = await web.newPage();
      await page.goto(`${web.url}#/analyze`);
      await page.getByLabel('Article text').fill(SAMPLE);
      await page.getByLabel(/Published/).fill('2024-11-08');
      await page.getByRole('button', { name: 'Analyse' }).click();
      await page.locator('.article-text mark').first().waitFor();

      const text = (await page.locator('.article-text').textContent()) ?? '';
      expect(text.replace(/\s+/g, ' ').trim()).toBe(SAMPLE.replace(/\s+/g, ' ').trim());
      for (const kind of ['actor', 'content', 'cue', 'source', 'timex']) {
        expect(await page.locator(`.article-text mark.m-${kind}`).count(), kind).toBeGreaterThan(0);
      }
      await expect.poll(() => page.locator('.legend-item').count()).toBe(8);
      const groups = await page.locator('.speakers summary').allInnerTexts();
      expect(groups.join('\n')).toMatch(/Peskov/);
      await screenshot(page, 'article-view');

      // Hover a statement's content: the card shows the statement with its speaker and provenance.
      const content = page.locator('.article-text mark.m-content').first();
      await content.hover({ force: true });
      const card = page.locator('.card-float');
      await card.waitFor();
      expect(await card.textContent()).toMatch(/Speaker[\s\S]*Evidence: characters \d+–\d+ of document doc_/);
      await screenshot(page, 'article-view-hover');

      // Keyboard: Tab reaches a mark, focus shows its card; Escape hides it.
      await page.mouse.move(0, 0);
      await page.locator('.article-text mark.m-timex').first().focus();
      expect(await card.textContent()).toMatch(/Time expression[\s\S]*Value/);
      await page.keyboard.press('Escape');
      await expect.poll(() => card.count()).toBe(0);

      // The speaker panel moves focus to the statement's words.
      await page.locator('button.statement').first().click();
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-kind'));
      expect(focused).toBe('content');

      // The legend switches a kind off and on.
      await page.getByLabel(/Time expression/).uncheck();
      expect(await page.locator('.article-text mark.m-timex').count()).toBe(0);
      await page.getByLabel(/Time expression/).check();
      expect(await page.locator('.article-text mark.m-timex').count()).toBeGreaterThan(0);
      expect(web.pageErrors).toEqual([]);
    },
    SETUP_MS,
  );
});
