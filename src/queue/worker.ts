/**
 * A stateless worker: runs jobs from the PostgreSQL queue until stopped.
 * `concurrency` loops per queue, one job each (analysis is synchronous, so
 * more loops overlap fetches with it; more CPU means more worker processes).
 * On stop (SIGTERM) it takes no new job, lets running ones finish for up to
 * `graceMs`, and hands back any still running (pg-boss marks them failed, so
 * they are retried). Every job start, end and failure is one JSON log line.
 */
import { asVerbatimError } from '../model/errors.js';
import type { Driver } from '../store/core/driver.js';
import { storeOver } from '../store/core/store.js';
import type { Store } from '../store/core/types.js';
import { openDriver } from '../store/open.js';
import { openQueue, type Queue } from './boss.js';
import { createJobContext, fetchOptions } from './context.js';
import { JOB_NAMES, type JobName, type JobPayloads, type QueuePolicy } from './jobs.js';
import type { Log } from './log.js';
import { jobSubject, runJob } from './run-job.js';

/** Seconds between polls of an empty queue (pg-boss's minimum is 0.5). */
const POLL_SECONDS = 0.5;

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
  for (const name of JOB_NAMES) {
    for (let i = 0; i < concurrency; i++) {
      let id = '';
      id = await boss.work<JobPayloads[JobName]>(
        name,
        { batchSize: 1, pollingIntervalSeconds: POLL_SECONDS },
        async ([job]) => {
          if (!job) return;
          const started = performance.now();
          stats.active++;
          const subject = jobSubject(name, job.data);
          log('info', 'job started', { job: job.id, queue: name, subject });
          // pg-boss bounds every handler by the job's timeout: past it the job is failed (so retried) and this
          // loop takes the next one, whatever this handler still waits on. Say so, or a hang would be silent.
          // (pg-boss reads the timeout as numeric text: "3.000000".)
          const seconds = Number(job.expireInSeconds);
          const overdue = setTimeout(
            () => log('warn', 'job timed out', { job: job.id, queue: name, subject, seconds }),
            seconds * 1000,
          );
          overdue.unref();
          try {
            const out = await runJob(ctx, name, job.data);
            stats.done++;
            log('info', 'job done', {
              job: job.id,
              queue: name,
              subject,
              ms: Math.round(performance.now() - started),
              ...(out as object),
            });
            return out;
          } catch (error) {
            stats.failed++;
            const e = asVerbatimError(error, subject);
            log('error', 'job failed', {
              job: job.id,
              queue: name,
              subject,
              code: e.code,
              message: e.message,
            });
            // pg-boss stores this as the job's output: `verbatim status` counts failures by its code.
            throw Object.assign(new Error(e.message), { code: e.code, hint: e.hint, file: e.file });
          } finally {
            clearTimeout(overdue);
            stats.active--;
            stats.lastJobAt = new Date().toISOString();
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
