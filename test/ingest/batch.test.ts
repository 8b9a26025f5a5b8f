import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { type LocalServer, startServer } from '../helpers/local-server.js';

const STORY = 'The council approved the budget on Monday after a long debate, officials said. '.repeat(8);
const HTML = `<html><head><title>Budget approved</title><meta property="article:published_time" content="2024-03-05"></head>
<body><article><h1>Budget approved</h1><p>${STORY}</p></article></body></html>`;
const FEED = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>F</title>
<item><title>Feed story</title><link>https://example.org/feed-story</link><content:encoded><![CDATA[<p>${STORY}${STORY}</p>]]></content:encoded></item>
</channel></rss>`;

function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } };
  return main(['node', 'verbatim', ...args], io).then((code) => ({ code, out, err }));
}

describe('analyze over a mixed batch with bad inputs', () => {
  let dir: string;
  let server: LocalServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verbatim-batch-'));
    writeFileSync(join(dir, 'a.txt'), `Budget approved\n\n${STORY}\n`);
    writeFileSync(join(dir, 'b.html'), HTML);
    writeFileSync(join(dir, 'c.html.gz'), gzipSync(HTML));
    writeFileSync(join(dir, 'd-bomb.html.gz'), gzipSync(Buffer.alloc(40 * 1024 * 1024, 0x20)));
    writeFileSync(
      join(dir, 'e-binary.html'),
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    );
    writeFileSync(join(dir, 'f-broken.xml'), '<rss><channel><item><title>x</channel>');
    writeFileSync(join(dir, 'g-feed.xml'), FEED);
    writeFileSync(join(dir, 'h-truncated.html'), HTML.slice(0, HTML.length - 60));
    writeFileSync(join(dir, 'ignored.png'), Buffer.from([0x89, 0x50]));
    server = await startServer({
      '/story': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(HTML);
      },
    });
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await server.close();
  });

  it('analyses the good inputs and reports each bad one with its code', async () => {
    const { code, out, err } = await run(['analyze', '-f', 'jsonl', '--stages', '', dir]);
    const docs = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(docs.map((d) => d.document.title)).toEqual([
      'Budget approved',
      'Budget approved',
      'Budget approved',
      'Feed story',
      'Budget approved',
    ]);
    expect(docs[1].document.publishedAt).toBe('2024-03-05');
    expect(docs[1].document.publishedAtBasis).toBe('metadata');
    expect(err).toMatch(/E_INPUT_TOO_LARGE: .*d-bomb/);
    expect(err).toMatch(/E_INPUT_BINARY: .*e-binary/);
    expect(err).toMatch(/E_FEED_INVALID: .*f-broken/);
    expect(err).toMatch(/3 inputs failed; 5 analysed/);
    expect(code).toBe(1);
  });

  it('fetches a URL when private addresses are allowed, and refuses it by default', async () => {
    const ok = await run([
      'analyze',
      '-f',
      'jsonl',
      '--stages',
      '',
      '--allow-private',
      `${server.base}/story`,
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).document.url).toBe(`${server.base}/story`);
    const refused = await run(['analyze', '-f', 'jsonl', '--stages', '', `${server.base}/story`]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/E_FETCH_BLOCKED/);
  });

  it('reads a feed given with --feed', async () => {
    const { code, out } = await run([
      'analyze',
      '-f',
      'jsonl',
      '--stages',
      '',
      '--feed',
      join(dir, 'g-feed.xml'),
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out).document.title).toBe('Feed story');
  });
});
