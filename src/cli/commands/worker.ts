/** `verbatim worker --db postgres://… [--concurrency N] [--health-port N]`: runs queued jobs until SIGTERM/SIGINT. */
import { VerbatimError } from '../../model/errors.js';
import { requirePostgres } from '../../queue/boss.js';
import { parseDuration } from '../../queue/duration.js';
import { serveHealth } from '../../queue/health.js';
import { DEFAULT_POLICY, type QueuePolicy } from '../../queue/jobs.js';
import { jsonLog } from '../../queue/log.js';
import { startWorker } from '../../queue/worker.js';
import { storeLocation } from '../../store/open.js';
import { type CliIo, EXIT_OK } from '../io.js';

export interface WorkerCliOptions {
  readonly db?: string;
  readonly concurrency?: string;
  readonly healthPort?: string;
  readonly tries?: string;
  readonly retryDelay?: string;
  readonly jobTimeout?: string;
  readonly politeness?: string;
  readonly maintenance?: string;
  readonly allowPrivate?: boolean;
  readonly fetchTimeout?: string;
}

export function positiveInt(text: string | undefined, option: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) {
    throw new VerbatimError('E_OPTION_INVALID', `${option} '${text}' is not a whole number`);
  }
  return n;
}

export function policyOptions(o: WorkerCliOptions): QueuePolicy {
  const seconds = (t: string | undefined, opt: string, d: number): number =>
    t === undefined ? d : Math.max(1, Math.round(parseDuration(t, opt) / 1000));
  return {
    retryLimit: Math.max(0, positiveInt(o.tries, '--tries', DEFAULT_POLICY.retryLimit + 1) - 1),
    retryDelaySeconds: seconds(o.retryDelay, '--retry-delay', DEFAULT_POLICY.retryDelaySeconds),
    jobTimeoutSeconds: seconds(o.jobTimeout, '--job-timeout', DEFAULT_POLICY.jobTimeoutSeconds),
  };
}

export async function workerCommand(options: WorkerCliOptions, io: CliIo): Promise<number> {
  const db = storeLocation(options.db);
  requirePostgres(db, 'verbatim worker');
  const log = jsonLog(io.stdout);
  // pg-boss 10 completes and fails jobs without awaiting the query; while PostgreSQL is down such a query
  // rejects unhandled, which would end the process. The job then stays active until its timeout and is
  // retried, so log it and carry on: the worker reconnects when the server is back.
  const onUnhandled = (reason: unknown): void =>
    log('warn', 'unhandled rejection', {
      message: reason instanceof Error ? reason.message : String(reason),
    });
  process.on('unhandledRejection', onUnhandled);
  const worker = await startWorker({
    db,
    concurrency: positiveInt(options.concurrency, '--concurrency', 1) || 1,
    policy: policyOptions(options),
    allowPrivate: options.allowPrivate ?? false,
    log,
    ...(options.politeness ? { politenessMs: parseDuration(options.politeness, '--politeness') } : {}),
    ...(options.fetchTimeout
      ? { fetchTimeoutMs: parseDuration(options.fetchTimeout, '--fetch-timeout') }
      : {}),
    ...(options.maintenance
      ? {
          maintenanceSeconds: Math.max(
            1,
            Math.round(parseDuration(options.maintenance, '--maintenance') / 1000),
          ),
        }
      : {}),
  });
  const health = options.healthPort
    ? await serveHealth(worker.stats, positiveInt(options.healthPort, '--health-port', 0))
    : undefined;
  if (health) {
    const address = health.address();
    log('info', 'health endpoint', {
      url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : ''}/health`,
    });
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: string): void => {
      log('info', 'signal', { signal });
      resolve();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  await worker.stop();
  health?.close();
  process.off('unhandledRejection', onUnhandled);
  return EXIT_OK;
}
