/**
 * Ingest jobs: each runs in the background, one after another, and reports progress (inputs seen, stored,
 * skipped as already stored, failed with their typed errors) at GET /api/jobs/:id. At most MAX_ACTIVE_JOBS
 * wait or run; one more is refused with E_API_BUSY (429). Finished jobs are kept for MAX_KEPT_JOBS lookups.
 */
import { randomUUID } from 'node:crypto';
import { VerbatimError } from '../model/errors.js';

/** Jobs queued or running at once: each may hold a feed or a batch of uploads; more is a client looping. */
export const MAX_ACTIVE_JOBS = 8;
/** Finished jobs remembered for progress look-ups (oldest forgotten first). */
export const MAX_KEPT_JOBS = 200;
/** Errors and article ids kept per job, so a huge batch keeps a bounded record. */
export const MAX_JOB_ITEMS = 500;

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export interface JobError {
  readonly input: string;
  readonly code: string;
  readonly message: string;
}

export interface Job {
  readonly id: string;
  readonly kind: 'ingest';
  state: JobState;
  readonly createdAt: string;
  finishedAt?: string;
  /** Inputs known so far (a feed adds its items when it is read). */
  total: number;
  processed: number;
  stored: number;
  skipped: number;
  failed: number;
  readonly articleIds: number[];
  readonly errors: JobError[];
}

/** What a job does, given its record to report progress on. */
export type JobWork = (job: Job) => Promise<void>;

export class JobRegistry {
  private readonly jobs = new Map<string, Job>();
  private chain: Promise<void> = Promise.resolve();
  private active = 0;

  get(id: string): Job {
    const job = this.jobs.get(id);
    if (!job)
      throw new VerbatimError('E_API_NOT_FOUND', `no job ${id}`, {
        hint: 'jobs are kept in memory until the server stops',
      });
    return job;
  }

  list(): Job[] {
    return [...this.jobs.values()].reverse();
  }

  /** Throws E_API_BUSY when MAX_ACTIVE_JOBS are already queued or running. */
  checkRoom(): void {
    if (this.active >= MAX_ACTIVE_JOBS) {
      throw new VerbatimError('E_API_BUSY', `${this.active} ingest jobs are already queued or running`);
    }
  }

  /** Queues `work` as a new job; throws E_API_BUSY when MAX_ACTIVE_JOBS are already queued or running. */
  submit(total: number, work: JobWork): Job {
    this.checkRoom();
    const job: Job = {
      id: randomUUID(),
      kind: 'ingest',
      state: 'queued',
      createdAt: new Date().toISOString(),
      total,
      processed: 0,
      stored: 0,
      skipped: 0,
      failed: 0,
      articleIds: [],
      errors: [],
    };
    this.jobs.set(job.id, job);
    this.forgetOld();
    this.active++;
    this.chain = this.chain.then(async () => {
      job.state = 'running';
      try {
        await work(job);
        job.state = 'done';
      } catch (error) {
        job.state = 'failed';
        recordError(job, 'job', error);
      } finally {
        job.finishedAt = new Date().toISOString();
        this.active--;
      }
    });
    return job;
  }

  /** Resolves when every submitted job has finished (for shutdown and tests). */
  idle(): Promise<void> {
    return this.chain;
  }

  private forgetOld(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= MAX_KEPT_JOBS) break;
      if (job.state === 'done' || job.state === 'failed') this.jobs.delete(id);
    }
  }
}

export function recordError(job: Job, input: string, error: unknown): void {
  const e = error instanceof VerbatimError ? error : undefined;
  if (job.errors.length < MAX_JOB_ITEMS) {
    job.errors.push({
      input,
      code: e?.code ?? 'E_INTERNAL',
      message: e?.message ?? (error instanceof Error ? error.message : String(error)),
    });
  }
}
