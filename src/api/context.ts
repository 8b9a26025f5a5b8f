/** What every route of the server shares: the analysis runner, the work queue, the fetcher, the store, the jobs. */
import type { Fetcher } from '../ingest/net/fetch.js';
import { VerbatimError } from '../model/errors.js';
import type { Store } from '../store/index.js';
import type { AnalysisRunner } from '../store/worker/analysis-pool.js';
import type { JobRegistry } from './jobs.js';
import type { ResponseCache } from './response-cache.js';
import type { WorkQueue } from './work-queue.js';

export interface ApiContext {
  /** Analyses run here: worker threads for `verbatim serve`, so reads are served while they run. */
  readonly runner: AnalysisRunner;
  /** Analyses (from /api/analyze and ingest jobs) wait here; full → 429. */
  readonly queue: WorkQueue;
  readonly fetcher: Fetcher;
  /** The corpus; absent when the server runs without one (analysis only). */
  readonly store: Store | undefined;
  readonly jobs: JobRegistry;
  /** Answers of the corpus routes; cleared whenever this server stores an article. */
  readonly cache: ResponseCache;
}

/** The store, or E_API_NOT_FOUND for corpus routes on a server started without one. */
export function storeOf(ctx: ApiContext): Store {
  if (!ctx.store) {
    throw new VerbatimError('E_API_NOT_FOUND', 'this server has no corpus store', {
      hint: 'start it with verbatim serve --db <path> (npm start opens ./verbatim.db)',
    });
  }
  return ctx.store;
}
