/**
 * Corpus actors (with their roles and codes over time), their timelines and stories over a real SQLite store,
 * through inject; the old /api/corpus/ paths redirect.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAnalysis } from '../../src/analysis/records.js';
import { buildServer } from '../../src/api/server.js';
import { spanHolds } from '../../src/model/span.js';
import { openStore } from '../../src/store/index.js';
import { testAnalyzer } from './harness.js';

const SAMPLE = readFileSync(new URL('../../examples/putin-trump-ukraine.txt', import.meta.url), 'utf8');

describe('corpus actors API', () => {
  let app: Awaited<ReturnType<typeof buildServer>>;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verbatim-api-corpus-actors-'));
    const store = await openStore(join(dir, 'corpus.db'));
    const analyzer = await testAnalyzer();
    const { document, timings } = analyzer.run({ text: SAMPLE, published: '2024-11-08' });
    await store.ingest(toAnalysis(document, timings, { include: ['mentions'] }), { input: 'sample.txt' });
    app = await buildServer({ analyzer, store, webRoot: '/nonexistent' });
    app.addHook('onClose', async () => store.close());
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists corpus actors and serves one with dated roles, codes and link evidence', async () => {
    const page = (await app.inject({ url: '/api/actors?name=Peskov' })).json();
    expect(page.items).toHaveLength(1);
    const peskov = (await app.inject({ url: `/api/actors/${page.items[0].id}` })).json();
    expect(peskov).toMatchObject({ name: 'Dmitry Peskov', country: 'RUS', sector: 'GOV' });
    expect(peskov.roles[0]).toMatchObject({ date: '2024-11-08', basis: 'reported-on' });
    expect(spanHolds(SAMPLE, peskov.roles[0].span)).toBe(true);
    expect(peskov.links[0].evidence.method).toBe('new');
    expect(peskov.rolePeriods[0]).toMatchObject({ from: '2024-11-08', to: '2024-11-08' });
    expect(peskov.codePeriods).toEqual([
      { value: 'RUS GOV', from: '2024-11-08', to: '2024-11-08', articleIds: [peskov.links[0].articleId] },
    ]);
    expect((await app.inject({ url: '/api/actors/999999' })).statusCode).toBe(404);
    const moved = await app.inject({ url: `/api/corpus/actors/${page.items[0].id}` });
    expect(moved.statusCode).toBe(308);
    expect(moved.headers.location).toBe(`/api/actors/${page.items[0].id}`);
  });

  it('serves an actor timeline with spans that hold, and the stories', async () => {
    const id = (await app.inject({ url: '/api/actors?name=Peskov' })).json().items[0].id;
    const timeline = (await app.inject({ url: `/api/actors/${id}/timeline` })).json().items;
    expect((await app.inject({ url: '/api/actors/Peskov/timeline' })).json().items).toEqual(timeline);
    expect(timeline.filter((e: { kind: string }) => e.kind === 'statement').length).toBeGreaterThan(2);
    for (const e of timeline) if (e.span) expect(spanHolds(SAMPLE, e.span)).toBe(true);
    const stories = (await app.inject({ url: '/api/stories' })).json().items;
    expect(stories).toHaveLength(1);
    const storyLine = (await app.inject({ url: `/api/stories/${stories[0].id}/timeline` })).json().items;
    expect(storyLine.length).toBeGreaterThan(0);
  });
});
