/**
 * The job queue on PostgreSQL, with pg-boss (docs/scale.md says why pg-boss and
 * not graphile-worker: a killed worker's job comes back after its timeout, with
 * no hand-written reaper). Its tables live in their own schema beside the store's.
 *
 * pg-boss 10 is the last line that runs on Node 20 (11 and later need Node 22).
 */
import pg from 'pg';
import PgBoss from 'pg-boss';
import { VerbatimError } from '../model/errors.js';
import { redactUrl } from '../store/postgres/driver.js';
import { StatementNames } from '../store/postgres/prepared.js';
import {
  DEFAULT_POLICY,
  JOB_NAMES,
  type JobName,
  type JobPayloads,
  type JobSink,
  type QueuePolicy,
} from './jobs.js';

/** PostgreSQL schema holding the queue's tables (apart from the store's, in the same database). */
export const QUEUE_SCHEMA = 'verbatim_queue';
/** Seconds between maintenance runs (expiring dead workers' jobs, archiving): the kill -9 recovery lag beside the timeout. */
export const DEFAULT_MAINTENANCE_SECONDS = 30;
/** Parked jobs stay this long (days) for a person to look at before pg-boss archives them. */
const PARKED_KEEP_DAYS = 30;

export interface QueueOptions {
  /**
   * Sets every queue's retry policy (workers pass theirs). Without it, missing queues get the default and
   * existing ones keep theirs. pg-boss copies the policy into each job when it is sent, so a policy applies
   * to jobs sent after it was set.
   */
  readonly policy?: QueuePolicy;
  /** Run pg-boss's maintenance (expiry of dead workers' jobs, archiving) from this process. */
  readonly supervise?: boolean;
  readonly maintenanceSeconds?: number;
  /** Connections in pg-boss's pool. */
  readonly poolSize?: number;
  /**
   * Plan the queue's statements once per connection (`plan_cache_mode = force_generic_plan`; default true):
   * see `queueDb`. `false` lets the server plan each call anew (the A/B of bench/suites/workers-queue-plan.ts).
   */
  readonly genericPlans?: boolean;
}

export interface Queue extends JobSink {
  readonly boss: PgBoss;
  /** Sends many jobs of one kind in one statement (enqueueing a large batch). */
  sendMany<N extends JobName>(name: N, data: readonly JobPayloads[N][]): Promise<void>;
  close(graceful?: { timeoutMs: number }): Promise<void>;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function requirePostgres(url: string, command: string): void {
  if (!isPostgresUrl(url)) {
    throw new VerbatimError('E_OPTION_INVALID', `${command} needs a PostgreSQL store, not '${url}'`, {
      hint: 'pass --db postgres://user@host/db (the job queue lives in PostgreSQL); on SQLite use `verbatim watch` or `verbatim ingest`',
    });
  }
}

/**
 * pg-boss's connections: our own pool, so its statements are prepared like the store's (parsed once per
 * connection: src/store/postgres/prepared.ts). pg-boss runs every query through
 * `executeSql`; errors of idle connections go to the boss's 'error' event, as with its own pool.
 *
 * Generic plans: pg-boss's job table is partitioned by queue name, a parameter of every job statement, so the
 * server keeps choosing a custom plan (pruned to one partition while planning) and plans each call anew; the
 * job fetch, run for every article and every idle poll, cost more planning than execution (docs/scale.md).
 * A generic plan prunes the partitions when it starts executing instead, and is made once per connection (and
 * again after an ANALYZE of the job table), so the pool keeps its connections rather than dropping idle ones.
 */
function queueDb(url: string, max: number, genericPlans: boolean): { db: PgBoss.Db; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: url,
    application_name: 'verbatim',
    max,
    keepAlive: true,
    ...(genericPlans ? { options: '-c plan_cache_mode=force_generic_plan', idleTimeoutMillis: 0 } : {}),
  });
  const names = new StatementNames('verbatim_queue_');
  const db: PgBoss.Db = {
    executeSql: (text: string, values?: unknown[]) => pool.query(names.config(text, values ?? [])),
  };
  return { db, pool };
}

/** Starts pg-boss on the store's database (creating its schema on first use) and sets every queue's policy. */
export async function openQueue(url: string, options: QueueOptions = {}): Promise<Queue> {
  requirePostgres(url, 'the job queue');
  const { db, pool } = queueDb(url, options.poolSize ?? 4, options.genericPlans ?? true);
  const boss = new PgBoss({
    db,
    schema: QUEUE_SCHEMA,
    supervise: options.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? DEFAULT_MAINTENANCE_SECONDS,
    archiveFailedAfterSeconds: PARKED_KEEP_DAYS * 86_400,
  });
  // Connection errors while PostgreSQL restarts: pg-boss keeps polling and reconnects; the caller's log sees them.
  boss.on('error', () => undefined);
  pool.on('error', (error) => boss.emit('error', error));
  try {
    await boss.start();
    const policy = options.policy ?? DEFAULT_POLICY;
    const queue: PgBoss.Queue = {
      name: '',
      retryLimit: policy.retryLimit,
      retryDelay: policy.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: policy.jobTimeoutSeconds,
    };
    const existing = new Set((await boss.getQueues()).map((q) => q.name));
    for (const name of JOB_NAMES) {
      if (!existing.has(name)) await boss.createQueue(name, { ...queue, name });
      else if (options.policy) await boss.updateQueue(name, { ...queue, name });
    }
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    await pool.end().catch(() => undefined);
    throw error instanceof VerbatimError
      ? error
      : new VerbatimError(
          'E_STORE_CONNECT',
          `cannot start the job queue: ${String((error as Error).message ?? error)}`,
          { file: redactUrl(url) },
        );
  }
  return {
    boss,
    async send<N extends JobName>(name: N, data: JobPayloads[N]) {
      await boss.send(name, data as object);
    },
    async sendMany<N extends JobName>(name: N, data: readonly JobPayloads[N][]) {
      if (data.length) await boss.insert(data.map((d) => ({ name, data: d as object })));
    },
    async sendAt<N extends JobName>(name: N, data: JobPayloads[N], at: number) {
      await boss.sendAfter(name, data as object, {}, new Date(at));
    },
    async close(graceful) {
      await boss.stop({ graceful: graceful !== undefined, timeout: graceful?.timeoutMs ?? 1000, wait: true });
      await pool.end();
    },
  };
}
