/**
 * The corpus routes over a real SQLite store, through Fastify's inject: ingest jobs (JSON and multipart) with
 * progress and per-input errors, articles with their analysis, cursor paging, filters, search, timeline,
 * streamed export, the claims board, stories, 429 when the job queue is full.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ACTIVE_JOBS } from '../../src/api/jobs.js';
import { buildServer } from '../../src/api/server.js';
import { spanHolds } from '../../src/model/span.js';
import { openStore } from '../../src/store/index.js';
import { testAnalyzer } from './harness.js';

type App = Awaited<ReturnType<typeof buildServer>>;

const SAMPLE = readFileSync(new URL('../../examples/putin-trump-ukraine.txt', import.meta.url), 'utf8');
const HARBOUR =
  'Harbour reopens after storm\n\nThe harbour master, Ines Alvarez, said on Tuesday that the port would reopen on ' +
  'Friday. “We have cleared the channel,” Alvarez told reporters.';

async function finished(app: App, id: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 600; i++) {
    const job = (await app.inject({ url: `/api/jobs/${id}` })).json();
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`job ${id} did not finish`);
}

function multipart(files: { name: string; body: Buffer | string }[], fields: Record<string, string> = {}) {
  const boundary = '----verbatimtest';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      Buffer.isBuffer(f.body) ? f.body : Buffer.from(f.body),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('corpus API over a SQLite store', () => {
  let app: App;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'verbatim-api-store-'));
    const store = await openStore(join(dir, 'corpus.db'));
    app = await buildServer({ analyzer: await testAnalyzer(), store, webRoot: '/nonexistent' });
    app.addHook('onClose', async () => store.close());
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('ingests a pasted text as a job, then serves it with its analysis', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: { text: SAMPLE, published: '2024-11-08' },
    });
    expect(res.statusCode).toBe(202);
    const job = await finished(app, res.json().id);
    expect(job).toMatchObject({ state: 'done', total: 1, processed: 1, stored: 1, failed: 0 });
    const id = (job.articleIds as number[])[0]!;
    const article = (await app.inject({ url: `/api/articles/${id}` })).json();
    expect(article.analysis.text).toBe(SAMPLE);
    expect(article.publishedAt).toMatch(/^2024-11-08/);
    for (const s of article.analysis.statements) {
      for (const c of s.content) expect(spanHolds(SAMPLE, c)).toBe(true);
    }
    expect((await app.inject({ url: `/api/articles/${article.docId}` })).json().id).toBe(id);
    expect((await app.inject({ url: '/api/articles/999999' })).statusCode).toBe(404);
    // The same text again is skipped, not stored twice.
    const again = await app.inject({ method: 'POST', url: '/api/ingest', payload: { text: SAMPLE } });
    expect(await finished(app, again.json().id)).toMatchObject({ stored: 0, skipped: 1 });
  });

  it('ingests uploaded files, recording a bad one without stopping', async () => {
    const upload = multipart(
      [
        { name: 'harbour.txt', body: HARBOUR },
        {
          name: 'photo.jpg',
          body: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
        },
      ],
      { published: '2025-03-04' },
    );
    const res = await app.inject({ method: 'POST', url: '/api/ingest/upload', ...upload });
    expect(res.statusCode).toBe(202);
    const job = await finished(app, res.json().id);
    expect(job).toMatchObject({ state: 'done', total: 2, processed: 2, stored: 1, failed: 1 });
    expect((job.errors as { input: string; code: string }[])[0]).toMatchObject({
      input: 'photo.jpg',
      code: 'E_INPUT_BINARY',
    });
    const errors = (await app.inject({ url: '/api/errors' })).json();
    expect(errors.items.map((e: { code: string }) => e.code)).toContain('E_INPUT_BINARY');
    const stored = (await app.inject({ url: `/api/articles/${(job.articleIds as number[])[0]}` })).json();
    expect(stored.source).toBe('harbour.txt');
    const notMultipart = await app.inject({
      method: 'POST',
      url: '/api/ingest/upload',
      payload: { text: 'x' },
    });
    expect(notMultipart.statusCode).toBe(400);
  });

  it('records a blocked URL as a failed input', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/ingest',
      payload: { url: 'http://127.0.0.1:9/x' },
    });
    const job = await finished(app, res.json().id);
    expect(job).toMatchObject({ failed: 1, stored: 0 });
    expect((job.errors as { code: string }[])[0]!.code).toBe('E_FETCH_BLOCKED');
  });

  it('lists, filters and pages', async () => {
    const first = (await app.inject({ url: '/api/articles?limit=1' })).json();
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = (await app.inject({ url: `/api/articles?limit=1&cursor=${first.nextCursor}` })).json();
    expect(second.items[0].id).not.toBe(first.items[0].id);
    expect((await app.inject({ url: '/api/articles?cursor=not-a-cursor' })).statusCode).toBe(400);

    const peskov = (await app.inject({ url: '/api/statements?speaker=Peskov' })).json();
    expect(peskov.items.length).toBeGreaterThan(2);
    expect(
      peskov.items.every((s: { speaker?: { name: string } }) => /Peskov/.test(s.speaker?.name ?? '')),
    ).toBe(true);
    const direct = (await app.inject({ url: '/api/statements?kind=direct' })).json();
    expect(direct.items.every((s: { kind: string }) => s.kind === 'direct')).toBe(true);
    expect((await app.inject({ url: '/api/statements?kind=shouted' })).statusCode).toBe(400);
    const said = (await app.inject({ url: '/api/statements?cue=speech&limit=1000' })).json();
    const every = (await app.inject({ url: '/api/statements?limit=1000' })).json();
    expect(said.items.length).toBeGreaterThan(0);
    expect(said.items.every((s: { cueClass: string }) => s.cueClass === 'speech')).toBe(true);
    expect(said.items.length).toBe(
      every.items.filter((s: { cueClass: string }) => s.cueClass === 'speech').length,
    );
    expect((await app.inject({ url: '/api/statements?cue=shouted' })).statusCode).toBe(400);

    const actor = (await app.inject({ url: `/api/actors/${encodeURIComponent('Dmitry Peskov')}` })).json();
    // By name or by number: the corpus actor, with its names as written and its codes over time.
    expect(actor).toMatchObject({ name: 'Dmitry Peskov', type: 'person', country: 'RUS' });
    expect(actor.statements).toBe(peskov.items.length);
    expect((await app.inject({ url: `/api/actors/${actor.id}` })).json()).toEqual(actor);
    expect(actor.codePeriods.map((p: { value: string }) => p.value)).toEqual(['RUS GOV']);
    expect((await app.inject({ url: '/api/actors/Nobody%20Here' })).statusCode).toBe(404);
    const people = (await app.inject({ url: '/api/actors?type=person&limit=5' })).json();
    expect(people.items.every((a: { type: string }) => a.type === 'person')).toBe(true);

    // A repeated read is served from the answer cache; storing an article clears it.
    const again = await app.inject({ url: '/api/statements?speaker=Peskov' });
    expect(again.headers['x-cache']).toBe('hit');
    expect(again.json()).toEqual(peskov);

    const hits = (await app.inject({ url: '/api/search?q=channel' })).json();
    expect(hits.items[0].snippet).toMatch(/\[channel\]/i);
    const timeline = (await app.inject({ url: '/api/timeline?speaker=Alvarez' })).json();
    expect(timeline.items.length).toBeGreaterThan(0);
    expect(timeline.items[0].date).toMatch(/^2025-03/);
    const months = (await app.inject({ url: '/api/timeline/months?speaker=Alvarez&limit=1' })).json();
    expect(months.reduce((n: number, m: { count: number }) => n + m.count, 0)).toBe(timeline.items.length);
    expect(months[0].month).toBe('2025-03');
  });

  it('streams exports as JSON lines and CSV', async () => {
    const stats = (await app.inject({ url: '/api/stats' })).json();
    const jsonl = await app.inject({ url: '/api/export?type=statements&format=jsonl' });
    expect(jsonl.headers['content-type']).toMatch(/ndjson/);
    const lines = jsonl.body.trim().split('\n');
    expect(lines).toHaveLength(stats.statements);
    expect(JSON.parse(lines[0]!)).toHaveProperty('speaker');
    const csv = await app.inject({ url: '/api/export?type=statements&format=csv' });
    const rows = csv.body.trim().split('\n');
    expect(rows[0]).toMatch(/^id,article_id,record_id,kind,speaker/);
    expect(csv.body).toMatch(/"\[\{""start"":/);
    expect((await app.inject({ url: '/api/export?type=secrets' })).statusCode).toBe(400);
  });

  it('answers claims with their responses and an actor’s positions (the sample, ingested above)', async () => {
    const claims = (await app.inject({ url: '/api/claims?q=may%20have%20spoken' })).json();
    const relations = claims.items.flatMap((c: { responses: { relation: string; responder: string }[] }) =>
      c.responses.map((r) => `${r.responder} ${r.relation}`),
    );
    expect(relations).toContain('Kremlin deny');
    // The claims board's words are on the article's text (the sample is the only article with these words).
    for (const c of claims.items) {
      expect(spanHolds(SAMPLE, c.content)).toBe(true);
      for (const r of c.responses) expect(spanHolds(SAMPLE, r.cue)).toBe(true);
    }
    const board = (await app.inject({ url: '/api/claims?limit=1' })).json();
    expect(board.items).toHaveLength(1);
    expect(board.items[0].responses.length).toBeGreaterThan(0);
    const positions = (await app.inject({ url: '/api/positions?actor=Putin&topic=goals' })).json();
    const labels = positions.items.flatMap((p: { steps: { label: string }[] }) =>
      p.steps.map((x) => x.label),
    );
    expect(labels).toContain('reaffirmed');
    expect((await app.inject({ url: '/api/positions' })).statusCode).toBe(400);
  });

  it('serves stories at one path: the list, one story with its articles in time order and key actors', async () => {
    const stories = (await app.inject({ url: '/api/stories' })).json().items;
    expect(stories.length).toBeGreaterThan(0);
    const story = (await app.inject({ url: `/api/stories/${stories[0].id}` })).json();
    expect(story.articleList).toHaveLength(story.articles);
    const days = story.articleList.map((a: { publishedAt?: string }) => a.publishedAt ?? '9999');
    expect(days).toEqual([...days].sort());
    expect(story.keyActors.length).toBeGreaterThan(0);
    expect((await app.inject({ url: '/api/stories/999999' })).statusCode).toBe(404);
    const moved = await app.inject({ url: '/api/corpus/stories?min=1' });
    expect(moved.statusCode).toBe(308);
    expect(moved.headers.location).toBe('/api/stories?min=1');
  });

  it('refuses jobs beyond the queue with 429', async () => {
    // Sent at once, as a burst of clients would: the jobs cannot finish between two requests.
    const answers = await Promise.all(
      Array.from({ length: MAX_ACTIVE_JOBS + 3 }, (_, i) =>
        app.inject({ method: 'POST', url: '/api/ingest', payload: { text: `${HARBOUR} Copy ${i}.` } }),
      ),
    );
    const codes = answers.map((res) => res.statusCode);
    expect(codes).toContain(429);
    expect(codes[0]).toBe(202);
    expect(codes.every((c) => c === 202 || c === 429)).toBe(true);
    const jobs = (await app.inject({ url: '/api/jobs' })).json();
    await Promise.all(jobs.items.map((j: { id: string }) => finished(app, j.id)));
  });
});

describe('without a store', () => {
  it('answers corpus routes with a typed 404 and keeps /api/analyze', async () => {
    const app = await buildServer({ analyzer: await testAnalyzer(), webRoot: '/nonexistent' });
    const res = await app.inject({ url: '/api/articles' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.hint).toMatch(/--db/);
    expect(
      (await app.inject({ method: 'POST', url: '/api/analyze', payload: { text: 'He said so.' } }))
        .statusCode,
    ).toBe(200);
    await app.close();
  });
});
