/**
 * A tiny static HTTP server for the browser tests, on 127.0.0.1 with a port the OS picks. It serves only
 * dist/verbatim.browser.js (+ map), the model files and one HTML page that imports the bundle; any other path
 * is a 404, so the page cannot reach the rest of the machine through it.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../', import.meta.url);

/** The test page: loads the bundle as a module and exposes it as `window.verbatim`. */
export const PAGE_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>verbatim browser test</title></head>
<body><script type="module">
import * as verbatim from '/dist/verbatim.browser.js';
window.verbatim = verbatim;
document.title = 'ready';
</script></body></html>`;

const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.gz': 'application/gzip',
};

/** URL path → file under the repository root, for the files the page may load. */
function servedFile(path: string): string | undefined {
  if (path === '/dist/verbatim.browser.js' || path === '/dist/verbatim.browser.js.map') return path.slice(1);
  const model = /^\/models\/([a-z0-9-]+\.(?:json|bin\.gz|json\.gz))$/.exec(path);
  return model ? `models/${model[1]}` : undefined;
}

export interface StaticServer {
  readonly url: string;
  /** Paths requested so far (to check what the page fetched). */
  readonly requests: string[];
  close(): Promise<void>;
}

export async function startStaticServer(): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    if (path === '/' || path === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE_HTML);
      return;
    }
    const file = servedFile(path);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    readFile(fileURLToPath(new URL(file, ROOT))).then(
      (body) => {
        const ext = Object.keys(TYPES).find((e) => file.endsWith(e)) ?? '';
        res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream' }).end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
