/**
 * POST /api/analyze: text and HTML give the same records as the library, every span holds its text, and a
 * burst beyond the queue's capacity gets 429 with Retry-After while the accepted requests all succeed.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.js';
import { spanHolds } from '../../src/model/span.js';
import { testAnalyzer } from './harness.js';

const SAMPLE = readFileSync(new URL('../../examples/putin-trump-ukraine.txt', import.meta.url), 'utf8');

type App = Awaited<ReturnType<typeof buildServer>>;

describe('POST /api/analyze', () => {
  let app: App;
  beforeAll(async () => {
    app = await buildServer({ analyzer: await testAnalyzer(), analyzeCapacity: 2 });
  }, 120_000);
  afterAll(async () => app?.close());

  it('analyses a text as the library does, spans intact, nothing stored', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { text: SAMPLE, published: '2024-11-08' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const local = (await testAnalyzer()).analyze({
      text: SAMPLE,
      published: '2024-11-08',
      meta: { source: 'pasted' },
    });
    expect(body.document.id).toBe(local.document.id);
    expect(body.text).toBe(SAMPLE);
    expect(body.statements).toEqual(JSON.parse(JSON.stringify(local.statements)));
    for (const s of body.statements) {
      for (const c of s.content) expect(spanHolds(SAMPLE, c)).toBe(true);
    }
  });

  it('extracts an HTML page first', async () => {
    const html =
      '<html><head><title>Mayor vows repairs</title></head><body><article><h1>Mayor vows repairs</h1>' +
      '<p>The mayor said on Tuesday that the bridge would reopen in May.</p>' +
      '<p>“We will not wait,” said Anna Berg, the city engineer.</p></article></body></html>';
    const res = await app.inject({ method: 'POST', url: '/api/analyze', payload: { html } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.text).toMatch(/bridge would reopen/);
    expect(body.text).not.toMatch(/<p>/);
    expect(body.statements.length).toBeGreaterThan(0);
  });

  it('answers a burst beyond capacity with 429 and Retry-After, and serves the rest', async () => {
    const burst = await Promise.all(
      Array.from({ length: 12 }, () =>
        app.inject({ method: 'POST', url: '/api/analyze', payload: { text: SAMPLE } }),
      ),
    );
    const codes = burst.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThan(0);
    expect(codes.filter((c) => c === 200).length).toBeGreaterThanOrEqual(3);
    expect(codes.every((c) => c === 200 || c === 429)).toBe(true);
    const refused = burst.find((r) => r.statusCode === 429)!;
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.json().error.code).toBe('E_API_BUSY');
    const health = (await app.inject({ url: '/api/health' })).json();
    expect(health.queue).toMatchObject({ running: 0, waiting: 0, capacity: 2 });
    expect(health.queue.refused).toBeGreaterThan(0);
  });
});
