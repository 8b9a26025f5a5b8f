/** What every route of the server shares: the analyser, the work queue, the fetcher, the options. */
import type { Analyzer } from '../analyzer.js';
import type { Fetcher } from '../ingest/net/fetch.js';
import type { WorkQueue } from './work-queue.js';

export interface ApiContext {
  readonly analyzer: Analyzer;
  /** Analyses (from /api/analyze and ingest jobs) wait here; full → 429. */
  readonly queue: WorkQueue;
  readonly fetcher: Fetcher;
}
