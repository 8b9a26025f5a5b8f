import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../src/api/demo.js';
import { expandInputs } from '../../src/ingest/files.js';
import { HAS_CHROMIUM, SETUP_MS, screenshot, startDemoFixture, type WebFixture } from './harness.js';

describe.skipIf(!HAS_CHROMIUM)('corpus views in Chromium', () => {
  let web: WebFixture;
  beforeAll(async () => {
    web = await startDemoFixture('verbatim-web-store-');
  }, SETUP_MS);
  afterAll(async () => web?.close());

  it(
    'search → article → speaker → actor page → timeline',
    async () => {
      const page = await web.newPage();
      await page.goto(web.url);
      await page.locator('.stats').waitFor();
      // Every input of the demo folder is stored (the folder grows as issues add articles of our own making).
      const demo = (await expandInputs([EXAMPLES_DIR])).length;
      expect(await page.locator('.stats').textContent()).toMatch(new RegExp(`^${demo}\\s*articles`));
      await page.locator('#h-articles + ul li').first().waitFor();
      expect(await page.locator('#h-articles + ul li').count()).toBe(12);
      await screenshot(page, 'corpus-overview');

      // Keyboard: the search box is reachable and submits with Enter.
      await page.getByPlaceholder('Search articles and statements').fill('shuttle');
      await page.keyboard.press('Enter');
      await page.locator('ol.hits li').first().waitFor();
      expect(await page.locator('ol.hits strong').first().textContent()).toMatch(/shuttle/i);
      await screenshot(page, 'search');

      await page.getByRole('link', { name: 'Statements' }).click();
      await page.locator('ol.hits li .badge', { hasText: 'statement' }).first().waitFor();
      await page.locator('ol.hits li a').first().click();
      await page.locator('.article-text mark').first().waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-kind')))
        .toBe('content');
      await screenshot(page, 'article-stored');

      // The speaker with the most statements in this article (the panel lists them first).
      const speaker = (await page.locator('.speakers summary a').first().textContent()) ?? '';
      expect(speaker.length).toBeGreaterThan(2);
      await page.locator('.speakers summary a').first().click();
      await page.locator('h1', { hasText: speaker }).waitFor();
      const statements = page.locator('section[aria-labelledby="h-statements"]');
      await statements.locator('.rows li').first().waitFor();
      expect(await statements.locator('.rows li').count()).toBeGreaterThan(2);
      await page.locator('.chart canvas').waitFor();
      await screenshot(page, 'actor');

      // Filtering the actor's statements by words narrows the list.
      const before = await statements.locator('.rows li').count();
      const word =
        ((await page.locator('.rows li a.quote').first().textContent()) ?? '').match(/\p{L}{6,}/u)?.[0] ?? '';
      await page.getByLabel('About').fill(word);
      await page.getByRole('button', { name: 'Filter' }).click();
      await expect.poll(() => statements.locator('.rows li').count()).toBeLessThanOrEqual(before);
      expect(await statements.locator('.rows li').first().textContent()).toContain(word);
      await page.getByLabel('About').fill('zzzzunlikelyword');
      await page.getByRole('button', { name: 'Filter' }).click();
      await statements.locator('text=No statements.').waitFor();

      // What was said is shown by default; every attribution (beliefs, evidence, stances) on request.
      await page.getByLabel('About').fill('');
      await page.getByLabel('Showing').selectOption('any');
      await page.getByRole('button', { name: 'Filter' }).click();
      await expect.poll(() => statements.locator('.rows li').count()).toBeGreaterThanOrEqual(before);
      await page.getByLabel('Showing').selectOption('other');
      await page.getByRole('button', { name: 'Filter' }).click();
      await expect
        .poll(async () => {
          const rows = await statements.locator('.rows li').count();
          const tagged = await statements.locator('.rows li .badge', { hasText: /^other$/ }).count();
          return rows === tagged || (await statements.locator('text=No statements.').count()) === 1;
        })
        .toBe(true);

      // The actor's own timeline (its statements, stated roles and acts, linked by corpus identity).
      await page.getByRole('link', { name: 'on the timeline' }).click();
      await page.locator('ol.timeline li').first().waitFor();
      expect(await page.locator('h1').textContent()).toContain(speaker);
      expect(await page.locator('ol.timeline li[data-kind="statement"]').count()).toBeGreaterThan(2);
      await screenshot(page, 'timeline-actor');

      await page.getByRole('link', { name: 'Actors', exact: true }).click();
      // polled: the table can render twice (rows of the first response, then again), so one count may fall between
      await expect.poll(() => page.locator('tbody tr').count()).toBe(50);
      await screenshot(page, 'actors');

      await page.goto(`${web.url}#/timeline`);
      await page.locator('ol.timeline li').first().waitFor();
      expect(await page.locator('ol.timeline li').count()).toBeGreaterThan(20);
      await page.locator('.chart canvas').waitFor();
      await screenshot(page, 'timeline');
      expect(web.pageErrors).toEqual([]);
    },
    SETUP_MS,
  );

  it(
    'actor page: acts as actor and as recipient, co-occurring actors; an act opens focused in its article',
    async () => {
      const acts = (await (await fetch(`${web.url}api/acts?limit=200`)).json()) as {
        items: { id: string; actors: { name: string }[] }[];
      };
      const actor = acts.items.find((a) => a.actors.length > 0)?.actors[0]?.name;
      expect(actor).toBeDefined();
      const page = await web.newPage();
      await page.goto(`${web.url}#/actor/${encodeURIComponent(actor!)}`);
      const by = page.locator('section[aria-labelledby="h-acts-by"]');
      await by.locator('.rows li').first().waitFor();
      expect(await by.locator('.rows li .act-type').first().textContent()).toMatch(/^[A-Z]+$/);
      expect(await by.locator('.rows li .row-head').first().textContent()).toContain(actor!);
      await page.locator('section[aria-labelledby="h-acts-on"] h2').waitFor();
      const peers = page.locator('section[aria-labelledby="h-peers"] .chips li');
      await peers.first().waitFor();
      expect(await peers.count()).toBeGreaterThan(0);
      await by.scrollIntoViewIfNeeded();
      await screenshot(page, 'actor-acts');

      // Keyboard: the act's clause is a link; Enter opens the article with the act's trigger focused.
      await by.locator('.rows li a.quote').first().focus();
      await page.keyboard.press('Enter');
      await page.locator('.article-text mark').first().waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-kind')))
        .toBe('act');
      await screenshot(page, 'article-act-focused');

      await page.goBack();
      const peer = (await peers.first().locator('a').textContent()) ?? '';
      await peers.first().locator('a').click();
      await page.locator('h1', { hasText: peer }).waitFor();
      expect(web.pageErrors).toEqual([]);
    },
    SETUP_MS,
  );

  it(
    'add an article by pasting it: progress, then the stored article',
    async () => {
      const page = await web.newPage();
      await page.goto(`${web.url}#/add`);
      const text =
        'Harbour reopens after storm\n\nThe harbour master, Ines Alvarez, said on Tuesday that the port would reopen ' +
        'on Friday. “We have cleared the channel,” Alvarez told reporters.';
      await page.getByLabel('Article text').fill(text);
      await page.getByLabel(/Published/).fill('2025-03-04');
      await page.getByRole('button', { name: 'Add to corpus' }).click();
      await page.locator('.job', { hasText: 'Done' }).waitFor();
      expect(await page.locator('.job').textContent()).toMatch(/1 of 1 inputs: 1 stored/);
      await screenshot(page, 'add-articles');
      await page.getByRole('link', { name: 'open the article' }).click();
      await page.locator('.article-text mark').first().waitFor();
      expect(await page.locator('.speakers').textContent()).toMatch(/Ines Alvarez|Alvarez/);
      // The same text again is recognised as already stored.
      await page.goto(`${web.url}#/add`);
      await page.getByLabel('Article text').fill(text);
      await page.getByRole('button', { name: 'Add to corpus' }).click();
      await page.locator('.job', { hasText: 'Done' }).waitFor();
      expect(await page.locator('.job').textContent()).toMatch(/0 stored, 1 already there/);
      expect(web.pageErrors).toEqual([]);
    },
    SETUP_MS,
  );
});
