/** What every job handler gets: the store (and its driver for the queue's own tables), where to send jobs, a fetcher. */
import { Analyzer } from '../analyzer.js';
import { Fetcher } from '../ingest/net/fetch.js';
import type { Driver } from '../store/core/driver.js';
import type { Store } from '../store/core/types.js';
import type { JobSink } from './jobs.js';
import type { Log } from './log.js';

/** Default gap between two fetches from one host, across all workers: one request a second is polite. */
export const DEFAULT_POLITENESS_MS = 1000;

export interface JobContext {
  readonly store: Store;
  readonly db: Driver;
  readonly sink: JobSink;
  readonly fetcher: Fetcher;
  readonly politenessMs: number;
  readonly log: Log;
  /** The analyzer, loaded on first use (models take a while; fetch-only workers never load them). */
  analyzer(): Promise<Analyzer>;
}

function lazyAnalyzer(): () => Promise<Analyzer> {
  let loading: Promise<Analyzer> | undefined;
  return () => {
    loading ??= Analyzer.create();
    return loading;
  };
}

/** What a process that runs jobs (a worker, `watch`) says about fetching and politeness. */
export interface JobContextOptions {
  readonly store: Store;
  readonly db: Driver;
  readonly sink: JobSink;
  readonly log: Log;
  readonly politenessMs?: number;
  readonly allowPrivate?: boolean;
  /** Milliseconds one URL may take in all (connect, body, redirects, retries). */
  readonly fetchTimeoutMs?: number;
}

/** The one way a job context is built: its fetcher (the caller closes `ctx.fetcher`) and a lazily loaded analyzer. */
export function createJobContext(options: JobContextOptions): JobContext {
  const fetcher = new Fetcher({
    allowPrivate: options.allowPrivate ?? false,
    ...(options.fetchTimeoutMs
      ? { deadlineMs: options.fetchTimeoutMs, timeoutMs: options.fetchTimeoutMs }
      : {}),
  });
  return {
    store: options.store,
    db: options.db,
    sink: options.sink,
    fetcher,
    politenessMs: options.politenessMs ?? DEFAULT_POLITENESS_MS,
    log: options.log,
    analyzer: lazyAnalyzer(),
  };
}

/** The fetch and politeness options of a worker's or watcher's options (absent ones stay absent). */
export function fetchOptions(o: {
  readonly politenessMs?: number;
  readonly allowPrivate?: boolean;
  readonly fetchTimeoutMs?: number;
}): Pick<JobContextOptions, 'politenessMs' | 'allowPrivate' | 'fetchTimeoutMs'> {
  return {
    ...(o.politenessMs !== undefined ? { politenessMs: o.politenessMs } : {}),
    ...(o.allowPrivate !== undefined ? { allowPrivate: o.allowPrivate } : {}),
    ...(o.fetchTimeoutMs !== undefined ? { fetchTimeoutMs: o.fetchTimeoutMs } : {}),
  };
}
