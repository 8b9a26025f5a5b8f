/**
 * Shared set-up of the web tests: the app built by Vite into a temporary folder, the API server on a free
 * 127.0.0.1 port, and Debian's Chromium driven by playwright-core (headless, fresh profile, no network of its
 * own). Screenshots go to test-output/screenshots/ (git-ignored) for review.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { Analyzer } from '../../src/analyzer.js';
import { EXAMPLES_DIR } from '../../src/api/demo.js';
import { buildServer, type ServerOptions } from '../../src/api/server.js';
import { openStore } from '../../src/store/index.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../helpers/chromium.js';

export { CHROMIUM, CHROMIUM_ARGS };

export const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) {
  console.warn(
    `\n!!! SKIPPING the web app browser tests: ${CHROMIUM} is missing (apt-get install -y chromium) !!!\n`,
  );
}
/** Building the app, loading the models and starting Chromium take a while on a busy 2-core machine. */
export const SETUP_MS = 180_000;
/** A laptop screen. */
export const VIEWPORT = { width: 1366, height: 820 };
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-output/screenshots/', import.meta.url));

const WEB_CONFIG = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));

/** Builds the web app into a fresh temporary folder; returns the folder. */
export async function buildWebApp(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'verbatim-web-'));
  await build({ configFile: WEB_CONFIG, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

export interface WebFixture {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly context: BrowserContext;
  /** Messages of uncaught page errors and CSP violations seen so far. */
  readonly pageErrors: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

let sharedAnalyzer: Promise<Analyzer> | undefined;
export function testAnalyzer(): Promise<Analyzer> {
  sharedAnalyzer ??= Analyzer.create();
  return sharedAnalyzer;
}

export async function startWebFixture(extra: Partial<ServerOptions> = {}): Promise<WebFixture> {
  const webRoot = await buildWebApp();
  const app = await buildServer({ analyzer: await testAnalyzer(), webRoot, ...extra });
  app.addHook('onClose', async () => extra.store?.close());
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const profile = mkdtempSync(join(tmpdir(), 'verbatim-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
  });
  const pageErrors: string[] = [];
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    app,
    url: `http://127.0.0.1:${port}/`,
    context,
    pageErrors,
    async newPage() {
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(String(e)));
      page.on('console', (m) => {
        if (m.type() === 'error') pageErrors.push(m.text());
      });
      return page;
    },
    async close() {
      await context.close();
      await app.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(webRoot, { recursive: true, force: true });
    },
  };
}

/**
 * A web fixture over a fresh SQLite store in a temporary folder holding the demo corpus (examples/, ingested on
 * first start as `npm start` does), with every ingest job finished; `close` also removes the folder.
 */
export async function startDemoFixture(prefix: string): Promise<WebFixture> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const web = await startWebFixture({
    store: await openStore(join(dir, 'corpus.db')),
    demoDir: EXAMPLES_DIR,
  });
  await waitForJobs(web.url);
  return {
    ...web,
    async close() {
      await web.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until every ingest job of the server has finished (polling /api/jobs). */
export async function waitForJobs(url: string, timeoutMs = SETUP_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { items } = (await (await fetch(`${url}api/jobs`)).json()) as { items: { state: string }[] };
    if (items.every((j) => j.state === 'done' || j.state === 'failed')) return;
    if (Date.now() > deadline) throw new Error('ingest jobs did not finish in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
