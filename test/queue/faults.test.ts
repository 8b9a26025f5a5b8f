/**
 * Faults of the queue, each on a real PostgreSQL server started by the test and real worker
 * processes (the CLI): a worker killed with kill -9 mid-job, the server restarted mid-run, a
 * poison article, a feed that times out or serves garbage. After each, every enqueued article
 * is stored exactly once. Where no server can be started the suite skips, loudly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openQueue } from '../../src/queue/boss.js';
import { startPostgres } from '../store/pg-server.js';
import { startFeedSite } from './feed-site.js';
import {
  type CliProcess,
  corpus,
  FAST_WORKER,
  query,
  runCli,
  startCli,
  storedCounts,
  waitUntil,
} from './helpers.js';

/** Articles per scenario: enough that a fault lands mid-run, few enough for a short suite. */
const ARTICLES = 6;
/** Two minutes for a scenario's work: a worker loads its models (10–20 s on a loaded 2-core machine) first. */
const SCENARIO_MS = 240_000;

const server = await startPostgres();
const work = mkdtempSync(join(tmpdir(), 'verbatim-queue-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface JobRow {
  id: string;
  state: string;
  retry_count: number;
  code: string | null;
}

async function job(db: string, id: string): Promise<JobRow | undefined> {
  const [row] = await query<JobRow>(
    db,
    `SELECT id::text AS id, state, retry_count, output->>'code' AS code FROM verbatim_queue.job WHERE id = $1`,
    [id],
  );
  return row;
}

/**
 * A worker with fast fault settings, up before any job is sent: pg-boss copies the queue's policy (tries,
 * timeout) into each job when it is sent, so the jobs must be sent after the worker has set it.
 */
async function startWorker(db: string, extra: string[] = []): Promise<CliProcess> {
  const worker = startCli(['worker', '--db', db, ...FAST_WORKER, ...extra]);
  await worker.waitFor((l) => l['event'] === 'worker started');
  return worker;
}

function expectExactlyOnce(counts: Map<string, number>, n: number): void {
  expect(counts.size).toBe(n);
  expect([...counts.values()].every((c) => c === 1)).toBe(true);
}

if (typeof server === 'string') {
  const why = `SKIPPED: the queue fault tests did not run: ${server}`;
  console.warn(`\n${'!'.repeat(100)}\n${why}\n${'!'.repeat(100)}\n`);
  describe.skip('queue faults', () => {
    it(why, () => undefined);
  });
} else {
  afterAll(() => server.stop(), 60_000);

  describe('queue faults on PostgreSQL', () => {
    it(
      'a worker killed with kill -9 mid-job: the job is retried by another worker, nothing stored twice',
      async () => {
        const db = await server.newDatabase();
        const doomed = await startWorker(db);
        const queued = await runCli([
          'ingest',
          '--queue',
          '--db',
          db,
          corpus(join(work, 'kill'), 0, ARTICLES),
        ]);
        expect(queued.code, queued.err).toBe(0);
        expect(queued.err).toContain(`queued ${ARTICLES} articles`);
        const started = await doomed.waitFor((l) => l['event'] === 'job started' && l['queue'] === 'analyse');
        doomed.proc.kill('SIGKILL');
        await doomed.exit();
        const killedId = String(started['job']);
        expect(doomed.lines.some((l) => l['event'] === 'job done' && l['job'] === killedId)).toBe(false);
        expect((await job(db, killedId))?.state).toBe('active');

        const survivor = startCli(['worker', '--db', db, ...FAST_WORKER]);
        // Its job timeout (10 s) lets the survivor's maintenance hand the dead worker's job back.
        await waitUntil(
          'every article stored',
          async () => (await storedCounts(db)).size === ARTICLES,
          SCENARIO_MS,
        );
        await waitUntil('the killed job to be retried and completed', async () => {
          const j = await job(db, killedId);
          return j?.state === 'completed' && j.retry_count >= 1;
        });
        survivor.proc.kill('SIGTERM');
        expect(await survivor.exit()).toBe(0);
        expect(survivor.lines.some((l) => l['event'] === 'worker stopped')).toBe(true);
        expectExactlyOnce(await storedCounts(db), ARTICLES);
        const [articles] = await query<{ n: number }>(db, 'SELECT count(*)::int AS n FROM articles');
        expect(articles?.n).toBe(ARTICLES);
      },
      SCENARIO_MS + 60_000,
    );

    // Session 6 saw this hang on merged main: the worker had in fact died. pg emits 'error' on a checked-out client
    // whose socket dies, and the store's transaction had no listener for it, so a restart that cut an ingest
    // transaction ended the process (the longer merged ingest transaction made that window likely).
    it(
      'PostgreSQL restarted mid-run: the worker reconnects and goes on, nothing lost or doubled',
      async () => {
        const db = await server.newDatabase();
        const worker = await startWorker(db, ['--tries', '10', '--health-port', '0']);
        const health = String((await worker.waitFor((l) => l['event'] === 'health endpoint'))['url']);
        const queued = await runCli([
          'ingest',
          '--queue',
          '--db',
          db,
          corpus(join(work, 'restart'), ARTICLES, ARTICLES),
        ]);
        expect(queued.code, queued.err).toBe(0);
        await worker.waitFor((l) => l['event'] === 'job done' && l['queue'] === 'analyse');
        const before = (await storedCounts(db)).size;
        expect(before).toBeLessThan(ARTICLES);
        await server.restart();
        await waitUntil(
          'every article stored after the restart',
          async () => {
            try {
              return (await storedCounts(db)).size === ARTICLES;
            } catch {
              return false;
            }
          },
          SCENARIO_MS,
        );
        expect(worker.proc.exitCode).toBeNull();
        const answer = await fetch(health);
        expect(answer.status).toBe(200);
        expect(await answer.json()).toMatchObject({ status: 'ok', active: expect.any(Number) });
        worker.proc.kill('SIGTERM');
        expect(await worker.exit()).toBe(0);
        expectExactlyOnce(await storedCounts(db), ARTICLES);
        const [parked] = await query<{ n: number }>(
          db,
          `SELECT count(*)::int AS n FROM verbatim_queue.job WHERE state = 'failed'`,
        );
        expect(parked?.n).toBe(0);
      },
      SCENARIO_MS + 60_000,
    );

    it(
      'a job that hangs is handed back after its job time and retried; once unblocked, nothing lost or doubled',
      async () => {
        const db = await server.newDatabase();
        const worker = await startWorker(db, ['--tries', '10', '--job-timeout', '3s']);
        // Another session holds the articles table against writes: every ingest waits on it, with no error.
        const blocker = new pg.Client({ connectionString: db });
        await blocker.connect();
        try {
          await blocker.query('BEGIN');
          await blocker.query('LOCK TABLE articles IN EXCLUSIVE MODE');
          const queued = await runCli([
            'ingest',
            '--queue',
            '--db',
            db,
            corpus(join(work, 'hang'), 3 * ARTICLES, 3),
          ]);
          expect(queued.code, queued.err).toBe(0);
          const late = await worker.waitFor(
            (l) => l['event'] === 'job timed out' && l['queue'] === 'analyse',
          );
          expect(late['seconds']).toBe(3);
          await waitUntil('the hung job failed by its timeout and queued for a retry', async () => {
            const [row] = await query<{ n: number }>(
              db,
              `SELECT count(*)::int AS n FROM verbatim_queue.job WHERE name = 'analyse' AND retry_count >= 1`,
            );
            return (row?.n ?? 0) >= 1;
          });
          expect((await storedCounts(db)).size).toBe(0);
        } finally {
          await blocker.query('ROLLBACK');
          await blocker.end();
        }
        await waitUntil(
          'every article stored once the table is free',
          async () => (await storedCounts(db)).size === 3,
          SCENARIO_MS,
        );
        expect(worker.proc.exitCode).toBeNull();
        worker.proc.kill('SIGTERM');
        expect(await worker.exit()).toBe(0);
        expectExactlyOnce(await storedCounts(db), 3);
      },
      SCENARIO_MS + 60_000,
    );

    it(
      'a poison article is parked after its tries while the rest are stored; jobs retry and drop act on it',
      async () => {
        const db = await server.newDatabase();
        const worker = await startWorker(db, ['--tries', '2']);
        const queued = await runCli([
          'ingest',
          '--queue',
          '--db',
          db,
          corpus(join(work, 'poison'), 2 * ARTICLES, ARTICLES),
        ]);
        expect(queued.code, queued.err).toBe(0);
        const queue = await openQueue(db);
        // A reader's block that does not hold its text: the analyser refuses it, every time.
        await queue.send('analyse', {
          source: 'poison.html',
          identity: 'poison://1',
          input: {
            text: 'A short text.',
            blocks: [{ id: 'b0', kind: 'paragraph', start: 0, end: 7, text: 'WRONG!!' }] as never,
          },
        });
        await queue.close();
        await waitUntil(
          'the good articles stored',
          async () => (await storedCounts(db)).size === ARTICLES,
          SCENARIO_MS,
        );
        const [poison] = await query<{ id: string }>(
          db,
          `SELECT id::text AS id FROM verbatim_queue.job WHERE data->>'identity' = 'poison://1'`,
        );
        await waitUntil('the poison job parked', async () => (await job(db, poison!.id))?.state === 'failed');
        const parked = await job(db, poison!.id);
        expect(parked?.retry_count).toBe(1);
        expect(parked?.code).toBe('E_INTERNAL');

        const list = await runCli(['jobs', 'list', '--db', db, '--format', 'json']);
        expect(JSON.parse(list.out)).toMatchObject([
          { id: poison!.id, queue: 'analyse', tries: 2, code: 'E_INTERNAL', subject: 'poison.html' },
        ]);
        const status = await runCli(['status', '--db', db]);
        expect(status.out).toContain('failures E_INTERNAL: 1 parked');
        expect(status.out).toMatch(/analyse\s+0\s+0\s+0\s+1\s+\d+/);

        const retried = await runCli(['jobs', 'retry', poison!.id, '--db', db]);
        expect(retried.code, retried.err).toBe(0);
        await worker.waitFor(
          (l) =>
            l['event'] === 'job started' &&
            l['job'] === poison!.id &&
            worker.lines.filter((x) => x['job'] === poison!.id && x['event'] === 'job started').length >= 3,
        );
        await waitUntil(
          'the poison job parked again',
          async () => (await job(db, poison!.id))?.state === 'failed',
        );
        const dropped = await runCli(['jobs', 'drop', '--all', '--db', db]);
        expect(dropped.code, dropped.err).toBe(0);
        expect(await job(db, poison!.id)).toBeUndefined();
        worker.proc.kill('SIGTERM');
        expect(await worker.exit()).toBe(0);
        expectExactlyOnce(await storedCounts(db), ARTICLES);
      },
      SCENARIO_MS + 60_000,
    );

    it(
      'a feed that times out and one that serves garbage: recorded, retried, stored once they recover',
      async () => {
        const db = await server.newDatabase();
        const site = await startFeedSite(4);
        try {
          site.mode('/slow.xml', 'hang');
          site.mode('/garbage.xml', 'garbage');
          const worker = await startWorker(db, ['--fetch-timeout', '1s', '--politeness', '50ms']);
          const queued = await runCli(['ingest', '--queue', '--db', db, '--feed', `${site.base}/slow.xml`]);
          expect(queued.code, queued.err).toBe(0);
          const queue = await openQueue(db);
          await queue.send('fetch-feed', { url: `${site.base}/garbage.xml` });
          await queue.close();
          await waitUntil(
            'both feed failures recorded',
            async () => {
              const rows = await query<{ url: string; error_code: string | null; failures: number }>(
                db,
                'SELECT url, error_code, failures FROM feeds',
              );
              return rows.length === 2 && rows.every((r) => r.failures >= 1);
            },
            SCENARIO_MS,
          );
          const failed = await query<{ url: string; error_code: string; status: string }>(
            db,
            'SELECT url, error_code, status FROM feeds ORDER BY url',
          );
          expect(failed.map((r) => [r.url.replace(site.base, ''), r.status])).toEqual([
            ['/garbage.xml', 'failed'],
            ['/slow.xml', 'failed'],
          ]);
          expect(failed[0]?.error_code).toBe('E_FEED_INVALID');
          expect(failed[1]?.error_code).toMatch(/^E_FETCH_/);
          expect((await storedCounts(db)).size).toBe(0);

          site.mode('/slow.xml', 'ok');
          site.mode('/garbage.xml', 'ok');
          await waitUntil(
            'the feeds recovered and their items stored',
            async () => (await storedCounts(db)).size === 4,
            SCENARIO_MS,
          );
          const healed = await query<{ status: string; failures: number }>(
            db,
            'SELECT status, failures FROM feeds',
          );
          expect(healed.every((r) => r.status === 'fetched' && Number(r.failures) === 0)).toBe(true);
          worker.proc.kill('SIGTERM');
          expect(await worker.exit()).toBe(0);
          expectExactlyOnce(await storedCounts(db), 4);
        } finally {
          await site.close();
        }
      },
      SCENARIO_MS + 60_000,
    );
  });
}
