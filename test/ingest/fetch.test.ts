import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '../../src/ingest/html/charset.js';
import { isBlockedAddress } from '../../src/ingest/net/address.js';
import { Fetcher, guardedLookup } from '../../src/ingest/net/fetch.js';
import { HostLimiter } from '../../src/ingest/net/host-limit.js';
import { VerbatimError } from '../../src/model/errors.js';
import { type LocalServer, startServer } from '../helpers/local-server.js';

const PAGE = '<html><head><title>T</title></head><body><article><p>Hello world.</p></article></body></html>';
const html = (body: string | Buffer, extra: Record<string, string> = {}) => ({
  'content-type': 'text/html; charset=utf-8',
  ...extra,
  body,
});

let server: LocalServer;
let flaky = 0;

beforeAll(async () => {
  const send =
    (r: { body: string | Buffer; [k: string]: string | Buffer }, status = 200) =>
    (_req: unknown, res: import('node:http').ServerResponse) => {
      const { body, ...headers } = r;
      res.writeHead(status, headers as Record<string, string>);
      res.end(body);
    };
  server = await startServer({
    '/ok': send(html(PAGE)),
    '/gzip': send(html(gzipSync(PAGE), { 'content-encoding': 'gzip' })),
    '/br': send(html(brotliCompressSync(PAGE), { 'content-encoding': 'br' })),
    '/bomb': send(html(gzipSync(Buffer.alloc(20 * 1024 * 1024)), { 'content-encoding': 'gzip' })),
    '/huge': (_req, res) => {
      // A 50 MB page streamed in chunks: the reader must stop at its cap, not buffer it all.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      let sent = 0;
      const pump = (): void => {
        while (sent < 50 && res.write(chunk)) sent++;
        if (sent >= 50) res.end();
        else res.once('drain', pump);
      };
      res.on('close', () => {
        sent = 50;
      });
      pump();
    },
    '/binary': send(html(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2]))),
    '/image': send({ 'content-type': 'image/png', body: Buffer.from([0x89, 0x50]) }),
    '/loop-a': send({ location: '/loop-b', body: '' }, 302),
    '/loop-b': send({ location: '/loop-a', body: '' }, 302),
    '/redirect': send({ location: '/ok', body: '' }, 301),
    '/to-file': send({ location: 'file:///etc/passwd', body: '' }, 302),
    '/gone': send(html('gone'), 404),
    '/flaky': (_req, res) => {
      flaky++;
      if (flaky < 3) {
        res.writeHead(503, { 'retry-after': '0' });
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(PAGE);
      }
    },
    '/always-429': send({ 'retry-after': '0', body: '' }, 429),
  });
});

afterAll(async () => {
  await server.close();
});

async function fetchError(fetcher: Fetcher, path: string): Promise<VerbatimError> {
  try {
    await fetcher.fetch(`${server.base}${path}`);
  } catch (error) {
    expect(error).toBeInstanceOf(VerbatimError);
    return error as VerbatimError;
  }
  throw new Error(`expected ${path} to fail`);
}

describe('Fetcher against a local server (private addresses allowed)', () => {
  const fetcher = new Fetcher({
    allowPrivate: true,
    maxBytes: 2 * 1024 * 1024,
    backoffMs: 1,
    timeoutMs: 5000,
  });
  afterAll(() => fetcher.close());

  it.each(['/ok', '/gzip', '/br', '/redirect'])('reads %s', async (path) => {
    const page = await fetcher.fetch(`${server.base}${path}`);
    expect(Buffer.from(page.bytes).toString('utf8')).toBe(PAGE);
    expect(page.url).toBe(`${server.base}${path === '/redirect' ? '/ok' : path}`);
  });

  it.each([
    ['/bomb', 'E_INPUT_TOO_LARGE'],
    ['/huge', 'E_INPUT_TOO_LARGE'],
    ['/image', 'E_FETCH_CONTENT_TYPE'],
    ['/loop-a', 'E_FETCH_REDIRECTS'],
    ['/to-file', 'E_FETCH_BLOCKED'],
    ['/gone', 'E_FETCH_STATUS'],
    ['/always-429', 'E_FETCH_STATUS'],
  ])('%s fails with %s', async (path, code) => {
    expect((await fetchError(fetcher, path)).code).toBe(code);
  });

  it('retries 503 with backoff until it succeeds', async () => {
    const page = await fetcher.fetch(`${server.base}/flaky`);
    expect(page.bytes.length).toBe(PAGE.length);
    expect(server.hits.get('/flaky')).toBe(3);
  });

  it('refuses binary served as text/html when decoding', async () => {
    const page = await fetcher.fetch(`${server.base}/binary`);
    expect(() => decodeHtmlBytes(page.bytes, { contentType: page.contentType })).toThrow(/binary/);
  });
});

describe('SSRF protection (default)', () => {
  const fetcher = new Fetcher({ backoffMs: 1 });
  afterAll(() => fetcher.close());

  it.each(['/ok', '/redirect'])('refuses the local server at %s', async (path) => {
    expect((await fetchError(fetcher, path)).code).toBe('E_FETCH_BLOCKED');
  });

  it.each([
    'http://localhost/',
    'http://[::1]/',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.1.2.3/',
    'http://[::ffff:192.168.0.1]/',
  ])('refuses %s before connecting', async (url) => {
    await expect(fetcher.fetch(url)).rejects.toMatchObject({ code: 'E_FETCH_BLOCKED' });
  });

  it('refuses a host name that resolves to a private address', async () => {
    const err = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      guardedLookup('localhost', {}, (e) => resolve(e)),
    );
    expect(err?.code).toBe('E_FETCH_BLOCKED');
  });

  it.each([
    ['127.0.0.1', true],
    ['10.0.0.8', true],
    ['172.20.1.1', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['fd12::1', true],
    ['fe80::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['8.8.8.8', false],
    ['2606:4700::1111', false],
    ['93.184.216.34', false],
  ])('isBlockedAddress(%s) = %s', (ip, blocked) => {
    expect(isBlockedAddress(ip)).toBe(blocked);
  });
});

describe('HostLimiter', () => {
  it('never runs more than N tasks per host at once', async () => {
    const limiter = new HostLimiter(2);
    let peak = 0;
    const task = async (): Promise<void> => {
      peak = Math.max(peak, limiter.running('h'));
      await new Promise((r) => setTimeout(r, 5));
    };
    await Promise.all(Array.from({ length: 7 }, () => limiter.run('h', task)));
    expect(peak).toBe(2);
    expect(limiter.running('h')).toBe(0);
  });
});
