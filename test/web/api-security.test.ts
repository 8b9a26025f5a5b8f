/**
 * The server's guards, through Fastify's inject (no sockets): loopback by default and a token elsewhere,
 * DNS-rebinding and cross-site write refusals, body limits, the SSRF guard on URL analysis, the strict CSP,
 * typed JSON errors, and the OpenAPI document.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import { VerbatimError } from '../../src/model/errors.js';
import { testAnalyzer } from './harness.js';

type App = Awaited<ReturnType<typeof buildServer>>;

describe('API guards', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildServer({ analyzer: await testAnalyzer(), webRoot: '/nonexistent' });
  }, 120_000);
  afterAll(async () => app?.close());

  it('refuses to bind beyond loopback without a token, and accepts it with one', async () => {
    const analyzer = await testAnalyzer();
    await expect(buildServer({ analyzer, host: '0.0.0.0' })).rejects.toMatchObject({
      code: 'E_API_TOKEN_REQUIRED',
    });
    await expect(buildServer({ analyzer, host: '192.168.1.5' })).rejects.toBeInstanceOf(VerbatimError);
    const open = await buildServer({ analyzer, host: '0.0.0.0', token: 's3cret-token' });
    const anonymous = await open.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'Hi.' } });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('E_API_UNAUTHORIZED');
    const wrong = await open.inject({
      method: 'POST',
      url: '/api/analyze',
      headers: { authorization: 'Bearer s3cret-tokeX' },
      payload: { text: 'Hi.' },
    });
    expect(wrong.statusCode).toBe(401);
    const ok = await open.inject({
      method: 'POST',
      url: '/api/analyze',
      headers: { authorization: 'Bearer s3cret-token', host: 'example.org' },
      payload: { text: 'The minister said on Monday that talks would resume.' },
    });
    expect(ok.statusCode).toBe(200);
    // Reads need no token.
    expect((await open.inject({ url: '/api/health', headers: { host: 'example.org' } })).statusCode).toBe(
      200,
    );
    await open.close();
  });

  /** One request and what must come back: the status, and the error code or message when refused. */
  interface Case {
    readonly name: string;
    readonly request: InjectOptions;
    readonly status: number;
    readonly code?: string;
    readonly message?: RegExp;
  }
  const LOCAL = '127.0.0.1:8787';
  const analyze = (payload: unknown, headers: Record<string, string> = {}): InjectOptions => ({
    method: 'POST',
    url: '/api/analyze',
    headers,
    payload: payload as InjectOptions['payload'],
  });
  const CASES: readonly Case[] = [
    // DNS rebinding: a foreign Host on loopback is refused; the loopback Host is served.
    {
      name: 'foreign Host',
      request: { url: '/api/health', headers: { host: 'attacker.example:8787' } },
      status: 403,
      code: 'E_API_FORBIDDEN',
    },
    { name: 'loopback Host', request: { url: '/api/health', headers: { host: LOCAL } }, status: 200 },
    // Cross-site writes: a foreign or opaque Origin is refused, the same origin is served.
    {
      name: 'cross-site write',
      request: analyze({ text: 'Hi there.' }, { host: LOCAL, origin: 'https://attacker.example' }),
      status: 403,
    },
    {
      name: 'opaque-origin write',
      request: analyze({ text: 'Hi there.' }, { host: LOCAL, origin: 'null' }),
      status: 403,
    },
    {
      name: 'same-origin write',
      request: analyze(
        { text: 'The mayor said the bridge would reopen.' },
        { host: LOCAL, origin: `http://${LOCAL}` },
      ),
      status: 200,
    },
    // Bad requests get typed JSON errors.
    { name: 'no input', request: analyze({}), status: 400, code: 'E_OPTION_INVALID' },
    {
      name: 'two inputs',
      request: analyze({ text: 'a', url: 'https://x.org/' }),
      status: 400,
      message: /exactly one of text, html or url/,
    },
    { name: 'unknown field', request: analyze({ text: 'a', script: 'x' }), status: 400 },
    {
      name: 'bad date',
      request: analyze({ text: 'a b c', published: 'yesterday' }),
      status: 400,
      code: 'E_OPTION_INVALID',
    },
    {
      name: 'body over the limit',
      request: {
        method: 'POST',
        url: '/api/analyze',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ text: 'x'.repeat(9 * 1024 * 1024) }),
      },
      status: 413,
      code: 'E_INPUT_TOO_LARGE',
    },
    { name: 'no such route', request: { url: '/api/nothing-here' }, status: 404, code: 'E_API_NOT_FOUND' },
  ];

  it.each(CASES)('$name → $status', async ({ request, status, code, message }) => {
    const res = await app.inject(request);
    expect(res.statusCode).toBe(status);
    if (code) expect(res.json().error.code).toBe(code);
    if (message) expect(res.json().error.message).toMatch(message);
  });

  it('fetches URLs through the SSRF guard', async () => {
    for (const url of ['http://127.0.0.1:1/', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/']) {
      const res = await app.inject({ method: 'POST', url: '/api/analyze', payload: { url } });
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code).toBe('E_FETCH_BLOCKED');
    }
    const scheme = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { url: 'file:///etc/passwd' },
    });
    expect(scheme.statusCode).toBe(400);
  });

  it('sends a strict CSP and the companion headers on every response', async () => {
    for (const url of ['/', '/api/health', '/api/openapi.json', '/missing']) {
      const res = await app.inject({ url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('describes itself in /api/openapi.json', async () => {
    const doc = (await app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    const analyze = doc.paths['/api/analyze'].post;
    const body = analyze.requestBody.content['application/json'].schema;
    expect(Object.keys(body.properties)).toEqual(
      expect.arrayContaining(['text', 'html', 'url', 'published']),
    );
    expect(Object.keys(analyze.responses)).toEqual(expect.arrayContaining(['200', '400', '429']));
    // One path per resource: the moved /api/corpus/ paths are redirects, not in the document.
    const paths = Object.keys(doc.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/actors/{id}',
        '/api/actors/{id}/timeline',
        '/api/stories/{id}',
        '/api/claims',
      ]),
    );
    expect(paths.filter((p) => p.startsWith('/api/corpus'))).toEqual([]);
    const story = doc.paths['/api/stories/{id}'].get.responses['200'].content['application/json'].schema;
    expect(Object.keys(story.properties)).toEqual(expect.arrayContaining(['articleList', 'keyActors']));
  });
});
