/** What every job handler gets: the store (and its driver for the queue's own tables), where to send jobs, a fetcher. */
import { Analyzer } from '../analyzer.js';
import type { Fetcher } from '../ingest/net/fetch.js';
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

export function lazyAnalyzer(): () => Promise<Analyzer> {
  let loading: Promise<Analyzer> | undefined;
  return () => {
    loading ??= Analyzer.create();
    return loading;
  };
}
