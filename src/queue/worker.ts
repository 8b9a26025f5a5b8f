/**
 * A stateless worker: runs jobs from the PostgreSQL queue until stopped.
 * `concurrency` loops per queue, one job each (analysis is synchronous, so
 * more loops overlap fetches with it; more CPU means more worker processes).
 * On stop (SIGTERM) it takes no new job, lets running ones finish for up to
 * `graceMs`, and hands back any still running (pg-boss marks them failed, so
 * they are retried). Every job start, end and failure is one JSON log line.
 */
import type PgBoss from 'pg-boss';
import { asVerbatimError } from '../model/errors.js';
import type { Driver } from '../store/core/driver.js';
import { storeOver } from '../store/core/store.js';
import type { Store } from '../store/core/types.js';
import { openDriver } from '../store/open.js';
import { openQueue, type Queue } from './boss.js';
import { createJobContext, fetchOptions } from './context.js';
import { corpusUpdate, corpusUpdateMany } from './corpus-job.js';
import { type CorpusUpdateJob, JOB_NAMES, type JobName, type JobPayloads, type QueuePolicy } from './jobs.js';
import type { Log } from './log.js';
import { jobSubject, runJob } from './run-job.js';

/** Seconds between polls of an empty queue (pg-boss's minimum is 0.5). */
const POLL_SECONDS = 0.5;
/** Most `corpus-update` jobs taken at once (a few milliseconds each; see the handler). */
const CORPUS_BATCH = 25;

export interface WorkerOptions {
  readonly db: string;
  readonly concurrency?: number;
  readonly policy?: QueuePolicy;
  readonly politenessMs?: number;
  readonly allowPrivate?: boolean;
  /** Milliseconds one URL may take in all (connect, body, redirects, retries). */
  readonly fetchTimeoutMs?: number;
  readonly maintenanceSeconds?: number;
  /** Milliseconds running jobs get to finish on stop before they are handed back. */
  readonly graceMs?: number;
  readonly log: Log;
}

export interface WorkerStats {
  readonly startedAt: string;
  done: number;
  failed: number;
  active: number;
  lastJobAt?: string;
  stopping: boolean;
}

export interface RunningWorker {
  readonly stats: WorkerStats;
  /** Graceful stop: no new jobs, running ones finish (or are handed back after the grace period). */
  stop(): Promise<void>;
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const { log } = options;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 1));
  let driver: Driver | undefined;
  let store: Store | undefined;
  let queue: Queue | undefined;
  try {
    driver = await openDriver(options.db);
    store = await storeOver(driver);
    queue = await openQueue(options.db, {
      ...(options.policy ? { policy: options.policy } : {}),
      supervise: true,
      ...(options.maintenanceSeconds ? { maintenanceSeconds: options.maintenanceSeconds } : {}),
      poolSize: concurrency * JOB_NAMES.length + 2,
    });
  } catch (error) {
    await store?.close().catch(() => undefined);
    throw error;
  }
  const ctx = createJobContext({ store, db: driver, sink: queue, log, ...fetchOptions(options) });
  const stats: WorkerStats = {
    startedAt: new Date().toISOString(),
    done: 0,
    failed: 0,
    active: 0,
    stopping: false,
  };
  // Models load before the first job is taken, so no job's timeout is spent loading them.
  await ctx.analyzer();
  const boss = queue.boss;
  queue.boss.on('error', (error: Error) => log('warn', 'queue error', { message: error.message }));
  type Job = PgBoss.JobWithMetadata<JobPayloads[JobName]> | PgBoss.Job<JobPayloads[JobName]>;
  /**
   * Runs `run` for `jobs` (one, or a batch handled at once) with their log lines and counts. pg-boss bounds
   * every handler by the job's timeout: past it the jobs are failed (so retried) and the loop takes the next,
   * whatever this handler still waits on; the warning says so, or a hang would be silent. (pg-boss reads the
   * timeout as numeric text: "3.000000".) A failure is rethrown in the shape pg-boss stores as the job's output:
   * `verbatim status` counts failures by its code.
   */
  const logged = async (
    name: JobName,
    jobs: readonly Job[],
    run: () => Promise<unknown>,
  ): Promise<unknown> => {
    const started = performance.now();
    stats.active += jobs.length;
    const subjects = jobs.map((job) => jobSubject(name, job.data));
    for (const [i, job] of jobs.entries())
      log('info', 'job started', { job: job.id, queue: name, subject: subjects[i] });
    const seconds = Math.max(
      ...jobs.map((job) => Number((job as { expireInSeconds?: unknown }).expireInSeconds)),
    );
    const overdue = setTimeout(() => {
      for (const [i, job] of jobs.entries())
        log('warn', 'job timed out', { job: job.id, queue: name, subject: subjects[i], seconds });
    }, seconds * 1000);
    overdue.unref();
    try {
      const out = await run();
      stats.done += jobs.length;
      const ms = Math.round(performance.now() - started);
      for (const [i, job] of jobs.entries())
        log('info', 'job done', {
          job: job.id,
          queue: name,
          subject: subjects[i],
          ms,
          ...(jobs.length > 1 ? { batch: jobs.length } : {}),
          ...(out as object),
        });
      return out;
    } catch (error) {
      const e = asVerbatimError(error, subjects[0]);
      if (jobs.length > 1) {
        log('warn', 'batch failed, running its jobs one by one', {
          queue: name,
          code: e.code,
          message: e.message,
        });
        throw error;
      }
      stats.failed++;
      log('error', 'job failed', {
        job: jobs[0]!.id,
        queue: name,
        subject: subjects[0],
        code: e.code,
        message: e.message,
      });
      throw Object.assign(new Error(e.message), { code: e.code, hint: e.hint, file: e.file });
    } finally {
      clearTimeout(overdue);
      stats.active -= jobs.length;
      stats.lastJobAt = new Date().toISOString();
    }
  };
  for (const name of JOB_NAMES) {
    for (let i = 0; i < concurrency; i++) {
      let id = '';
      if (name === 'corpus-update') {
        // Batches, polled rather than woken after each job: jobs gather between polls and share one fetch,
        // one completion and one transaction per step (corpusUpdateMany).
        id = await boss.work<CorpusUpdateJob>(
          name,
          { batchSize: CORPUS_BATCH, pollingIntervalSeconds: POLL_SECONDS },
          async (jobs) => {
            try {
              await logged(name, jobs, () =>
                corpusUpdateMany(
                  ctx,
                  jobs.map((job) => job.data.articleId),
                ),
              );
            } catch {
              // pg-boss would fail the whole batch: one bad article must not take its batch-mates' tries.
              // Those that fail alone are failed here; pg-boss then completes the rest.
              for (const job of jobs) {
                await logged(name, [job], () => corpusUpdate(ctx, job.data)).catch((error: unknown) =>
                  boss
                    .fail(name, job.id, error as object)
                    .catch((failure: unknown) =>
                      log('warn', 'could not fail job', { job: job.id, message: String(failure) }),
                    ),
                );
              }
            } finally {
              // A full batch: more may be waiting, so fetch again at once.
              if (jobs.length === CORPUS_BATCH && !stats.stopping) boss.notifyWorker(id);
            }
          },
        );
        continue;
      }
      id = await boss.work<JobPayloads[JobName]>(
        name,
        { batchSize: 1, pollingIntervalSeconds: POLL_SECONDS },
        async ([job]) => {
          if (!job) return;
          try {
            return await logged(name, [job], () => runJob<JobName>(ctx, name, job.data));
          } finally {
            // Found work: poll again at once instead of sleeping the polling interval.
            if (!stats.stopping) boss.notifyWorker(id);
          }
        },
      );
    }
  }
  const cpuSeconds = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  // CPU seconds at start and stop: the work's CPU cost per article, which a loaded machine does not distort.
  log('info', 'worker started', {
    concurrency,
    queues: [...JOB_NAMES],
    pid: process.pid,
    cpuSeconds: cpuSeconds(),
  });
  let stopping: Promise<void> | undefined;
  return {
    stats,
    stop() {
      stopping ??= (async () => {
        stats.stopping = true;
        log('info', 'worker stopping', { active: stats.active });
        await queue.close({ timeoutMs: options.graceMs ?? 30_000 });
        await ctx.fetcher.close();
        await store.close();
        log('info', 'worker stopped', { done: stats.done, failed: stats.failed, cpuSeconds: cpuSeconds() });
      })();
      return stopping;
    },
  };
}
