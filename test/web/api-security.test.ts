/**
 * The server's guards, through Fastify's inject (no sockets): loopback by default and a token elsewhere,
 * DNS-rebinding and cross-site write refusals, body limits, the SSRF guard on URL analysis, the strict CSP,
 * typed JSON errors, and the OpenAPI document.
 */
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

  it('refuses a foreign Host on loopback (DNS rebinding) and cross-site writes', async () => {
    const rebound = await app.inject({ url: '/api/health', headers: { host: 'attacker.example:8787' } });
    expect(rebound.statusCode).toBe(403);
    expect(rebound.json().error.code).toBe('E_API_FORBIDDEN');
    expect((await app.inject({ url: '/api/health', headers: { host: '127.0.0.1:8787' } })).statusCode).toBe(
      200,
    );
    const crossSite = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      headers: { host: '127.0.0.1:8787', origin: 'https://attacker.example' },
      payload: { text: 'Hi there.' },
    });
    expect(crossSite.statusCode).toBe(403);
    const opaque = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      headers: { host: '127.0.0.1:8787', origin: 'null' },
      payload: { text: 'Hi there.' },
    });
    expect(opaque.statusCode).toBe(403);
    const sameOrigin = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      headers: { host: '127.0.0.1:8787', origin: 'http://127.0.0.1:8787' },
      payload: { text: 'The mayor said the bridge would reopen.' },
    });
    expect(sameOrigin.statusCode).toBe(200);
  });

  it('answers bad requests with typed JSON errors', async () => {
    const none = await app.inject({ method: 'POST', url: '/api/analyze', payload: {} });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.code).toBe('E_OPTION_INVALID');
    const two = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { text: 'a', url: 'https://x.org/' },
    });
    expect(two.json().error.message).toMatch(/exactly one of text, html or url/);
    const extra = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { text: 'a', script: 'x' },
    });
    expect(extra.statusCode).toBe(400);
    const badDate = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { text: 'a b c', published: 'yesterday' },
    });
    expect(badDate.json().error.code).toBe('E_OPTION_INVALID');
    const huge = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(9 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('E_INPUT_TOO_LARGE');
    const missing = await app.inject({ url: '/api/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('E_API_NOT_FOUND');
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
  });
});
