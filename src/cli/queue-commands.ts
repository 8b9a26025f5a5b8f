/** Commands for running at scale (worker, watch, status, jobs); bodies live in commands/, the engine in src/queue/. */
import type { Command } from 'commander';
import type { CliIo } from './io.js';

const DB_HELP = 'store: a SQLite file or postgres://… URL (default: $VERBATIM_DB, else ./verbatim.db)';
const PG_HELP = 'store and job queue: postgres://… URL (default: $VERBATIM_DB)';

export function registerQueueCommands(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('worker')
    .description('run queued jobs (fetch, analyse, store, corpus updates) until SIGTERM; logs JSON lines')
    .option('--db <url>', PG_HELP)
    .option('--concurrency <n>', 'jobs at once per queue in this process (default 1; add processes for CPU)')
    .option('--health-port <n>', 'serve GET /health on 127.0.0.1:<n> (0 picks a free port)')
    .option('--tries <n>', 'tries before a failing job is parked (default 5)')
    .option('--retry-delay <duration>', 'wait before the first retry, doubled each time (default 10s)')
    .option(
      '--job-timeout <duration>',
      "a running job older than this is retried (a dead worker's; default 5m)",
    )
    .option('--politeness <duration>', 'gap between two fetches from one host, across workers (default 1s)')
    .option('--maintenance <duration>', 'how often this worker expires dead jobs and archives (default 30s)')
    .option('--fetch-timeout <duration>', 'time one URL may take in all (default 60s)')
    .option('--allow-private', 'allow fetching loopback, private and link-local addresses')
    .action(async (options) => {
      const { workerCommand } = await import('./commands/worker.js');
      setExit(await workerCommand(options, io));
    });

  program
    .command('watch')
    .description(
      'poll feeds on a schedule (conditional GET, per-host politeness, stored items never fetched)',
    )
    .option('--feed <url>', 'a feed to poll (repeat for more)', (v: string, all: string[] = []) => [
      ...all,
      v,
    ])
    .option('--every <duration>', 'polling period, e.g. 15m or 1h (default 15m)')
    .option('--db <path|url>', DB_HELP)
    .option('--once', 'poll once and exit')
    .option('--inline', 'on PostgreSQL too, run the jobs in this process instead of sending them to workers')
    .option('--politeness <duration>', 'gap between two fetches from one host (default 1s)')
    .option('--fetch-timeout <duration>', 'time one URL may take in all (default 60s)')
    .option('--allow-private', 'allow fetching loopback, private and link-local addresses')
    .action(async (options) => {
      const { watchCommand } = await import('./commands/watch.js');
      setExit(await watchCommand(options, io));
    });

  program
    .command('status')
    .description(
      'the store, the job queue (depth, throughput, failures by code, oldest waiting) and watched feeds',
    )
    .option('--db <path|url>', DB_HELP)
    .option('-f, --format <format>', 'text or json', 'text')
    .action(async (options) => {
      const { statusCommand } = await import('./commands/status.js');
      setExit(await statusCommand(options, io));
    });

  program
    .command('jobs')
    .description('parked jobs (failed every try): list them, send them back to the queue, or drop them')
    .argument('<action>', 'list, retry or drop')
    .argument('[ids...]', 'job ids (from `verbatim jobs list`)', [])
    .option('--all', 'every parked job')
    .option('--db <url>', PG_HELP)
    .option('-f, --format <format>', 'text or json', 'text')
    .action(async (action: string, ids: string[], options) => {
      const { jobsCommand } = await import('./commands/jobs.js');
      setExit(await jobsCommand(action, ids, options, io));
    });
}
