/**
 * The browser bundle in a real browser: builds dist/verbatim.browser.js, serves it with the models and a tiny
 * page from 127.0.0.1, drives Debian's Chromium (headless, fresh profile) with playwright-core, analyses the
 * sample article in the page and checks the result equals the Node result (actors, statements, timexes and
 * every other layer, same spans). Skipped, loudly, when /usr/bin/chromium is absent (.ci/run installs it).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBrowserBundle } from '../../scripts/build-browser.js';
import type { Analysis } from '../../src/analysis/records.js';
import { analyze } from '../../src/analyzer.js';
import { MODEL_FILES } from '../../src/browser.js';
import { spanHolds } from '../../src/model/span.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/chromium.js';
import { type StaticServer, startStaticServer } from './static-server.js';

const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) {
  console.warn(
    `\n!!! SKIPPING the browser test: ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run does this) !!!\n`,
  );
}
/** Building, starting Chromium and fetching ~5 MB of models take a few seconds on a busy 2-core machine. */
const SETUP_MS = 120_000;

const SAMPLE = readFileSync(new URL('../../examples/putin-trump-ukraine.txt', import.meta.url), 'utf8');
/** Our own text with what differs between engines if anything does: CRLF, emoji, combining marks, non-Latin. */
const UNICODE_TEXT = [
  'KYIV, March 3 (Agence) — Zoë Ångström, the mayor of Malmö 🇸🇪, said on Tuesday: “We will not wait.”\r\n',
  '\r\n',
  'Олег Петренко told reporters that talks would resume next week 👍🏽, according to a statement.\r\n',
  '“It is a start,” said José Nuñez, adding that the Café de Flore meeting was “friendly.”',
].join('');

/** Every record, internal ones too, so the comparison covers every layer. */
const INCLUDE_ALL = ['tokens', 'pos', 'mentions'];

/** The analysis as plain JSON (timings are left out by default, so two runs compare whole). */
function comparable(a: Analysis): Analysis {
  return JSON.parse(JSON.stringify(a)) as Analysis;
}

describe.skipIf(!HAS_CHROMIUM)('browser bundle in headless Chromium', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    await buildBrowserBundle();
    server = await startStaticServer();
    profile = mkdtempSync(join(tmpdir(), 'verbatim-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  }, SETUP_MS);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it(
    'analyses the sample article exactly as Node does',
    async () => {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(server.url);
      await page.waitForFunction(() => document.title === 'ready');
      const json = await page.evaluate(
        async ([text, include]) => {
          const v = (window as unknown as { verbatim: typeof import('../../src/browser.js') }).verbatim;
          return JSON.stringify(await v.analyze(text, { include }));
        },
        [SAMPLE, INCLUDE_ALL] as const,
      );
      expect(errors).toEqual([]);
      const inBrowser = comparable(JSON.parse(json) as Analysis);
      const inNode = comparable(await analyze(SAMPLE, { include: INCLUDE_ALL }));

      expect(inBrowser.actors?.length).toBeGreaterThan(5);
      expect(inBrowser.statements?.length).toBeGreaterThan(5);
      expect(inBrowser.timexes?.length).toBeGreaterThan(3);
      expect(inBrowser.tokens?.[0]?.upos).toBeDefined();
      for (const span of [
        ...(inBrowser.actors ?? []).flatMap((a) => a.mentions),
        ...(inBrowser.statements ?? []).flatMap((s) => s.content),
        ...(inBrowser.timexes ?? []),
      ]) {
        expect(spanHolds(SAMPLE, span)).toBe(true);
      }
      expect(inBrowser.actors).toEqual(inNode.actors);
      expect(inBrowser.statements).toEqual(inNode.statements);
      expect(inBrowser.timexes).toEqual(inNode.timexes);
      expect(inBrowser).toEqual(inNode);
      const unicodeInBrowser = await page.evaluate(async (text) => {
        const v = (window as unknown as { verbatim: typeof import('../../src/browser.js') }).verbatim;
        return JSON.stringify(await v.analyze(text));
      }, UNICODE_TEXT);
      const unicode = comparable(JSON.parse(unicodeInBrowser) as Analysis);
      expect(unicode.statements?.length).toBeGreaterThan(1);
      expect(unicode).toEqual(comparable(await analyze(UNICODE_TEXT)));
      // The page fetched the bundle and every model from our server, and nothing else failed.
      for (const name of MODEL_FILES) expect(server.requests).toContain(`/models/${name}`);
    },
    SETUP_MS,
  );
});
