/**
 * What `verbatim status` shows, read straight from pg-boss's job table (its
 * columns are pg-boss's documented schema): per queue the jobs waiting,
 * scheduled for later (retry backoff, politeness), running and parked; the
 * throughput of the last minutes; failures by error code; the oldest waiting job.
 */
import type { Executor } from '../store/core/driver.js';
import { QUEUE_SCHEMA } from './boss.js';
import { JOB_NAMES } from './jobs.js';

/** Throughput is measured over this many minutes: long enough to smooth, short enough to show a stall. */
export const THROUGHPUT_WINDOW_MINUTES = 5;

export interface QueueCounts {
  readonly queue: string;
  /** Ready to run now. */
  readonly waiting: number;
  /** Waiting for a later start (a retry's backoff or a host's politeness slot). */
  readonly scheduled: number;
  readonly active: number;
  /** Failed every try: kept for a person (`verbatim jobs retry|drop`). */
  readonly parked: number;
  /** Finished in the throughput window. */
  readonly recentDone: number;
}

export interface QueueStatus {
  readonly queues: readonly QueueCounts[];
  readonly windowMinutes: number;
  /** Articles analysed and stored per minute over the window (the `analyse` queue). */
  readonly articlesPerMinute: number;
  readonly articlesPerDay: number;
  /** Parked and retrying jobs by the error code of their last failure. */
  readonly failuresByCode: readonly { code: string; parked: number; retrying: number }[];
  readonly oldestWaiting?: { readonly queue: string; readonly id: string; readonly ageSeconds: number };
}

const J = `${QUEUE_SCHEMA}.job`;

export async function queueStatus(db: Executor): Promise<QueueStatus> {
  const rows = await db.all<{ name: string; state: string; ready: boolean; n: number }>(
    `SELECT name, state, start_after <= now() AS ready, count(*) AS n FROM ${J} GROUP BY name, state, ready`,
  );
  const recent = await db.all<{ name: string; n: number }>(
    `SELECT name, count(*) AS n FROM ${J} WHERE state = 'completed' AND completed_on > now() - interval '${THROUGHPUT_WINDOW_MINUTES} minutes' GROUP BY name`,
  );
  const queues = JOB_NAMES.map((queue): QueueCounts => {
    const count = (f: (r: (typeof rows)[number]) => boolean): number =>
      rows.filter((r) => r.name === queue && f(r)).reduce((s, r) => s + Number(r.n), 0);
    return {
      queue,
      waiting: count((r) => (r.state === 'created' || r.state === 'retry') && r.ready),
      scheduled: count((r) => (r.state === 'created' || r.state === 'retry') && !r.ready),
      active: count((r) => r.state === 'active'),
      parked: count((r) => r.state === 'failed'),
      recentDone: Number(recent.find((r) => r.name === queue)?.n ?? 0),
    };
  });
  const failures = await db.all<{ code: string; state: string; n: number }>(
    `SELECT coalesce(output->>'code', 'E_UNKNOWN') AS code, state, count(*) AS n FROM ${J}
     WHERE state IN ('failed', 'retry') GROUP BY 1, 2 ORDER BY 1`,
  );
  const codes = [...new Set(failures.map((f) => f.code))];
  const oldest = await db.get<{ name: string; id: string; age: number }>(
    `SELECT name, id::text AS id, extract(epoch FROM now() - created_on)::float8 AS age FROM ${J}
     WHERE state IN ('created', 'retry') AND start_after <= now() ORDER BY created_on LIMIT 1`,
  );
  const analysed = queues.find((q) => q.queue === 'analyse')?.recentDone ?? 0;
  const perMinute = analysed / THROUGHPUT_WINDOW_MINUTES;
  return {
    queues,
    windowMinutes: THROUGHPUT_WINDOW_MINUTES,
    articlesPerMinute: perMinute,
    articlesPerDay: Math.round(perMinute * 60 * 24),
    failuresByCode: codes.map((code) => ({
      code,
      parked: Number(failures.find((f) => f.code === code && f.state === 'failed')?.n ?? 0),
      retrying: Number(failures.find((f) => f.code === code && f.state === 'retry')?.n ?? 0),
    })),
    ...(oldest
      ? { oldestWaiting: { queue: oldest.name, id: oldest.id, ageSeconds: Math.round(Number(oldest.age)) } }
      : {}),
  };
}

export interface ParkedJob {
  readonly id: string;
  readonly queue: string;
  readonly tries: number;
  readonly code: string;
  readonly message: string;
  readonly subject: string;
  readonly failedAt: string;
}

export async function parkedJobs(db: Executor, limit = 100): Promise<ParkedJob[]> {
  const rows = await db.all<{
    id: string;
    name: string;
    retry_count: number;
    code: string | null;
    message: string | null;
    data: Record<string, unknown>;
    completed_on: Date | string;
  }>(
    `SELECT id::text AS id, name, retry_count, output->>'code' AS code, output->>'message' AS message, data, completed_on
     FROM ${J} WHERE state = 'failed' ORDER BY completed_on DESC LIMIT ?`,
    [limit],
  );
  return rows.map((r) => ({
    id: r.id,
    queue: r.name,
    tries: Number(r.retry_count) + 1,
    code: r.code ?? 'E_UNKNOWN',
    message: r.message ?? '',
    subject: String(r.data?.['source'] ?? r.data?.['url'] ?? r.data?.['articleId'] ?? ''),
    failedAt: new Date(r.completed_on).toISOString(),
  }));
}
