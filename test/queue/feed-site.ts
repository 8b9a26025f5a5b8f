/**
 * A news site on 127.0.0.1 for the feed tests: RSS feeds whose items link to article pages
 * (PolNeAR train texts as HTML). Feeds answer conditional GETs (ETag) and can be switched to
 * hang or to serve garbage; every request is counted.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type LocalServer, startServer } from '../helpers/local-server.js';
import { trainText } from './helpers.js';

export type FeedMode = 'ok' | 'hang' | 'garbage';

export interface FeedSite extends LocalServer {
  /** Switches how a feed path answers. */
  mode(path: string, mode: FeedMode): void;
  /** Sets the articles (page numbers) a feed lists; its ETag changes with them. */
  setItems(path: string, pages: readonly number[]): void;
  /** 304 answers given per feed path. */
  readonly notModified: Map<string, number>;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function page(i: number): string {
  const paras = trainText(20 + i)
    .split(/\n+/)
    .filter((p) => p.trim())
    .map((p) => `<p>${esc(p)}</p>`)
    .join('');
  return `<html><head><title>Article ${i}</title></head><body><article><h1>Article ${i}</h1>${paras}</article></body></html>`;
}

/** Feeds: /slow.xml lists pages 1..n/2, /garbage.xml and /feed.xml the rest (until `setItems`). */
export async function startFeedSite(n: number): Promise<FeedSite> {
  const half = Math.floor(n / 2);
  const items = new Map<string, number[]>([
    ['/slow.xml', Array.from({ length: half }, (_, i) => i + 1)],
    ['/garbage.xml', Array.from({ length: n - half }, (_, i) => half + i + 1)],
    ['/feed.xml', Array.from({ length: n }, (_, i) => i + 1)],
  ]);
  const modes = new Map<string, FeedMode>();
  const notModified = new Map<string, number>();
  const hanging: ServerResponse[] = [];
  let base = '';
  const feed = (path: string) => (req: IncomingMessage, res: ServerResponse) => {
    const mode = modes.get(path) ?? 'ok';
    if (mode === 'hang') {
      hanging.push(res);
      return;
    }
    if (mode === 'garbage') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('<rss version="2.0"><channel><title>Broken<item><link>nope</channel>');
      return;
    }
    const pages = items.get(path) ?? [];
    const etag = `"${pages.join('-')}"`;
    if (req.headers['if-none-match'] === etag) {
      notModified.set(path, (notModified.get(path) ?? 0) + 1);
      res.writeHead(304, { etag });
      res.end();
      return;
    }
    const entries = pages
      .map(
        (p) =>
          `<item><title>Article ${p}</title><link>${base}/a${p}</link><description>Summary ${p}</description></item>`,
      )
      .join('');
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag });
    res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Site</title>${entries}</channel></rss>`);
  };
  const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {};
  for (const path of items.keys()) routes[path] = feed(path);
  for (let i = 1; i <= n + 4; i++) {
    routes[`/a${i}`] = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(i));
    };
  }
  const server = await startServer(routes);
  base = server.base;
  return {
    ...server,
    notModified,
    mode: (path, mode) => {
      modes.set(path, mode);
      if (mode !== 'hang') for (const res of hanging.splice(0)) res.destroy();
    },
    setItems: (path, pages) => items.set(path, [...pages]),
    close: async () => {
      for (const res of hanging.splice(0)) res.destroy();
      await server.close();
    },
  };
}
