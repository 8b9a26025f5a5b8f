/**
 * The jobs Verbatim runs from its PostgreSQL queue (pg-boss), their payloads and
 * their retry policy. A job is small JSON: a URL to fetch, a feed to poll, or a
 * text to analyse (read where the enqueuer could see it, so workers on other
 * machines need no access to its files).
 */
import type { AnalyzeInput } from '../analyzer.js';
import type { FeedItem } from '../ingest/feed.js';

export const JOB_NAMES = ['fetch-feed', 'fetch-url', 'analyse', 'corpus-update'] as const;
export type JobName = (typeof JOB_NAMES)[number];

/** Poll a feed (conditional GET), then enqueue a `fetch-url` for each item the store does not hold yet. */
export interface FetchFeedJob {
  readonly url: string;
}

/** Fetch one article page (or take a feed item's full content) and enqueue its analysis. */
export interface FetchUrlJob {
  readonly url: string;
  /** The feed it came from, with the item (its full content and metadata fill what the page lacks). */
  readonly feed?: string;
  readonly item?: FeedItem;
}

/** Analyse one article and store it (one transaction; idempotent by source identity and text). */
export interface AnalyseJob {
  /** Shown to people and recorded with errors: a URL, a file path or a feed item. */
  readonly source: string;
  /** Source identity in the store (same identity and text = the same article). */
  readonly identity: string;
  readonly input: AnalyzeInput;
}

/** Corpus-level follow-up of one stored article (see corpus-job.ts). */
export interface CorpusUpdateJob {
  readonly articleId: number;
}

export interface JobPayloads {
  readonly 'fetch-feed': FetchFeedJob;
  readonly 'fetch-url': FetchUrlJob;
  readonly analyse: AnalyseJob;
  readonly 'corpus-update': CorpusUpdateJob;
}

export interface QueuePolicy {
  /** Retries after the first try; then the job is parked (state `failed`) for a person to look at. */
  readonly retryLimit: number;
  /** Seconds before the first retry; doubled each time (pg-boss's exponential backoff). */
  readonly retryDelaySeconds: number;
  /**
   * Seconds a job may stay active before it counts as failed and is retried: this is how the job of a
   * worker killed with `kill -9` comes back. Longer than any one job (an article analyses in about a second).
   */
  readonly jobTimeoutSeconds: number;
}

/** 5 tries in all: enough to ride out a restart of the server or a flaky site, few enough to park poison fast. */
export const DEFAULT_RETRY_LIMIT = 4;
/** 10–20 s, then 20–40 s, 40–80 s, 80–160 s between tries (jittered): a restarted server or busy site is back by then. */
export const DEFAULT_RETRY_DELAY_SECONDS = 10;
/** Five minutes: a hundred times a typical article's analysis, so only dead workers' jobs expire. */
export const DEFAULT_JOB_TIMEOUT_SECONDS = 300;

export const DEFAULT_POLICY: QueuePolicy = {
  retryLimit: DEFAULT_RETRY_LIMIT,
  retryDelaySeconds: DEFAULT_RETRY_DELAY_SECONDS,
  jobTimeoutSeconds: DEFAULT_JOB_TIMEOUT_SECONDS,
};

/** Where jobs go: the PostgreSQL queue, or (one process, SQLite) straight to their handler. */
export interface JobSink {
  send<N extends JobName>(name: N, data: JobPayloads[N]): Promise<void>;
  /** Sends a job to run no earlier than `at` (epoch ms): politeness slots further off than a job should wait. */
  sendAt<N extends JobName>(name: N, data: JobPayloads[N], at: number): Promise<void>;
}
