import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAS_CHROMIUM, SETUP_MS, screenshot, startDemoFixture, type WebFixture } from './harness.js';

async function api<T>(web: WebFixture, path: string): Promise<T> {
  return (await (await fetch(`${web.url}${path.replace(/^\//, '')}`)).json()) as T;
}

const sorted = (xs: readonly string[]): string[] => [...xs].sort();

describe.skipIf(!HAS_CHROMIUM)('stories, claims board, roles over time in Chromium', () => {
  let web: WebFixture;
  beforeAll(async () => {
    web = await startDemoFixture('verbatim-web-history-');
  }, SETUP_MS);
  afterAll(async () => web?.close());

  it(
    'stories → a story (articles in time order, key actors, timeline) → its timeline',
    async () => {
      const { items } = await api<{ items: { id: number; label: string; articles: number }[] }>(
        web,
        '/api/stories?min=2',
      );
      expect(items.length).toBeGreaterThan(0);
      const page = await web.newPage();
      await page.goto(`${web.url}#/stories`);
      await page.locator('ul.stories li').first().waitFor();
      expect(await page.locator('ul.stories li').count()).toBeGreaterThanOrEqual(items.length);
      await page.getByLabel('At least').selectOption('2');
      await page.getByRole('button', { name: 'Show' }).click();
      await expect.poll(() => page.locator('ul.stories li').count()).toBe(items.length);
      await screenshot(page, 'stories');

      await page.getByRole('link', { name: items[0]!.label }).click();
      await page.locator('h1', { hasText: items[0]!.label }).waitFor();
      const story = await api<{
        articleList: { title?: string; publishedAt?: string }[];
        keyActors: { name: string }[];
      }>(web, `/api/stories/${items[0]!.id}`);
      const rows = page.locator('ol.story-articles li');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(items[0]!.articles);
      const titles = await rows.locator('a').allTextContents();
      expect(titles).toEqual(story.articleList.map((a) => a.title));
      const days = story.articleList.map((a) => a.publishedAt ?? '');
      expect(days).toEqual(sorted(days));
      expect(await page.locator('ul.key-actors li a').allTextContents()).toEqual(
        story.keyActors.map((a) => a.name),
      );
      const entries = page.locator('section[aria-labelledby="h-story-timeline"] ol.entries li');
      await entries.first().waitFor();
      const dates = await entries.locator('time').allTextContents();
      expect(dates).toEqual(sorted(dates));
      const storyEntries = await entries.count();
      await screenshot(page, 'story');

      await page.getByRole('link', { name: 'on the timeline' }).click();
      await page.locator('h1', { hasText: `Timeline: ${items[0]!.label}` }).waitFor();
      await page.locator('ol.entries li').first().waitFor();
      expect(await page.locator('ol.entries li').count()).toBe(storyEntries);
      await page.locator('.chart canvas').waitFor();
      await screenshot(page, 'timeline-story');
      expect(web.pageErrors).toEqual([]);
    },
    SETUP_MS,
  );

  it(
    'claims board: a claim with the responses that answer it across articles, each focused on its text',
    async () => {
      const board = await api<{
        items: {
          id: string;
          articleId: number;
          content: { text: string };
          responses: { id: string; articleId: number; relation: string; responder?: string }[];
        }[];
      }>(web, '/api/claims?limit=100');
      const across = board.items.find((c) => c.responses.some((r) => r.articleId !== c.articleId));
      expect(across, 'a claim answered in another article').toBeDefined();
      const page = await web.newPage();
      await page.goto(`${web.url}#/claims`);
      await page.locator('ul.claims > li').first().waitFor();
      expect(await page.locator('ul.claims > li').count()).toBe(Math.min(board.items.length, 25));
      const card = page.locator('ul.claims > li', { hasText: across!.content.text });
      const responses = card.locator('ol.responses > li');
      expect(await responses.count()).toBe(across!.responses.length);
      expect(await responses.locator('.badge').allTextContents()).toEqual(
        across!.responses.map((r) => r.relation),
      );
      expect(await card.textContent()).toMatch(/another article, link score \d\.\d\d; shared names: /);
      await card.scrollIntoViewIfNeeded();
      await screenshot(page, 'claims-board');

      // Narrowing by words keeps the claims that hold them.
      const word = across!.content.text.match(/\p{Lu}\p{L}{4,}/u)?.[0] ?? '';
      await page.getByLabel('Claim holds').fill(word);
      await page.getByRole('button', { name: 'Show' }).click();
      await expect
        .poll(async () =>
          (await page.locator('a.claim-text').allTextContents()).every((t) => t.includes(word)),
        )
        .toBe(true);

      // The response's words open in their own article, focused (keyboard: Enter on the link).
      const other = across!.responses.find((r) => r.articleId !== across!.articleId)!;
      await page
        .locator('ul.claims > li', { hasText: across!.content.text })
        .locator(`a[href*="${encodeURIComponent(other.id)}"]`)
        .focus();
      await page.keyboard.press('Enter');
      await page.locator('.article-text mark').first().waitFor();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-kind')))
        .toBe('response');
      expect(page.url()).toContain(`#/article/${other.articleId}`);
      await screenshot(page, 'article-response-focused');

      // And the claim in its article.
      await page.goto(`${web.url}#/article/${across!.articleId}?s=${encodeURIComponent(across!.id)}`);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-key')))
        .toBe(`claim:${across!.id}:0`);
      expect(web.pageErrors).toEqual([]);
    },
    SETUP_MS,
  );

  it(
    'actor page: roles and codes over time, and the actor timeline (statements, roles, acts)',
    async () => {
      // The corpus actor with the most code runs: an actor whose codes changed over the years.
      const { items } = await api<{ items: { id: number }[] }>(web, '/api/actors?type=person&limit=20');
      type Detail = {
        id: number;
        name: string;
        codePeriods: { value: string; from: string }[];
        rolePeriods: { value: string }[];
      };
      const details = await Promise.all(items.map((a) => api<Detail>(web, `/api/actors/${a.id}`)));
      const actor = details.sort((a, b) => b.codePeriods.length - a.codePeriods.length)[0]!;
      expect(actor.codePeriods.length).toBeGreaterThanOrEqual(3);
      const page = await web.newPage();
      await page.goto(`${web.url}#/actor/${actor.id}`);
      await page.locator('h1', { hasText: actor.name }).waitFor();
      const roles = page.locator('section[aria-labelledby="h-roles"]');
      const codes = roles.locator('ol.periods').first().locator('li');
      await codes.first().waitFor();
      expect(await codes.locator('.period-value').allTextContents()).toEqual(
        actor.codePeriods.map((p) => p.value),
      );
      const froms = await codes
        .locator('time')
        .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
      expect(froms).toEqual(actor.codePeriods.map((p) => p.from));
      expect(froms).toEqual(sorted(froms as string[]));
      // A run is followed by a different one (runs of equal codes are folded).
      const values = actor.codePeriods.map((p) => p.value);
      expect(values.every((v, i) => i === 0 || v !== values[i - 1])).toBe(true);
      expect(await roles.locator('ol.periods').nth(1).locator('li').count()).toBe(actor.rolePeriods.length);
      await roles.scrollIntoViewIfNeeded();
      await screenshot(page, 'actor-roles');

      await page.getByRole('link', { name: 'on the timeline' }).click();
      await page.locator('h1', { hasText: `Timeline: ${actor.name}` }).waitFor();
      const entries = page.locator('ol.entries li');
      await entries.first().waitFor();
      const kinds = await entries.evaluateAll((ls) => ls.map((l) => l.getAttribute('data-kind')));
      expect(new Set(kinds)).toEqual(new Set(['statement', 'role', 'act']));
      const dates = (await entries.locator('time').allTextContents()).filter((d) => d !== 'undated');
      expect(dates).toEqual(sorted(dates));
      await screenshot(page, 'timeline-actor-entries');
      expect(web.pageErrors).toEqual([]);
    },
    SETUP_MS,
  );
});
