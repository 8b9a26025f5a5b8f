/** Verbatim at scale: jobs on PostgreSQL (pg-boss), workers, scheduled feeds, queue status. */
export { isPostgresUrl, openQueue, QUEUE_SCHEMA, type Queue } from './boss.js';
export { CORPUS_STEPS, type CorpusStep } from './corpus-job.js';
export { enqueueInputs } from './enqueue.js';
export * from './jobs.js';
export { jsonLog, type Log } from './log.js';
export { parkedJobs, queueStatus } from './status.js';
export { watchFeeds } from './watch.js';
export { startWorker } from './worker.js';
