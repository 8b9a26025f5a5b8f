/** `verbatim status [--db postgres://…] [-f json]`: queue depth, throughput, failures by code, oldest waiting job, feeds. */

import { isPostgresUrl } from '../../queue/boss.js';
import { feedStates } from '../../queue/feed-state.js';
import { queueStatus } from '../../queue/status.js';
import { storeOver } from '../../store/core/store.js';
import { openDriver, storeLocation } from '../../store/open.js';
import { type CliIo, EXIT_OK } from '../io.js';

/** The 1,000,000 articles/day target of issue #22, printed beside the measured rate. */
export const DAILY_TARGET = 1_000_000;

export async function statusCommand(options: { db?: string; format?: string }, io: CliIo): Promise<number> {
  const location = storeLocation(options.db);
  const driver = await openDriver(location, { readonly: true });
  const store = await storeOver(driver);
  try {
    const stats = await store.stats();
    const feeds = await feedStates(driver);
    const queue = isPostgresUrl(location) ? await queueStatusOrNone(driver) : undefined;
    if (options.format === 'json') {
      io.stdout.write(`${JSON.stringify({ store: stats, queue, feeds }, null, 2)}\n`);
      return EXIT_OK;
    }
    const out: string[] = [`store ${store.url}: ${stats.articles} articles, ${stats.errors} recorded errors`];
    if (queue) {
      out.push('queue         waiting  scheduled  active  parked  done/' + `${queue.windowMinutes}min`);
      for (const q of queue.queues) {
        out.push(
          `${q.queue.padEnd(13)} ${String(q.waiting).padStart(7)}  ${String(q.scheduled).padStart(9)}  ${String(q.active).padStart(6)}  ${String(q.parked).padStart(6)}  ${String(q.recentDone).padStart(8)}`,
        );
      }
      out.push(
        `throughput: ${queue.articlesPerMinute.toFixed(1)} articles/min = ${queue.articlesPerDay.toLocaleString('en')} articles/day (target ${DAILY_TARGET.toLocaleString('en')}/day)`,
      );
      out.push(
        queue.oldestWaiting
          ? `oldest waiting: ${queue.oldestWaiting.queue} job ${queue.oldestWaiting.id}, ${queue.oldestWaiting.ageSeconds} s`
          : 'oldest waiting: none',
      );
      for (const f of queue.failuresByCode)
        out.push(`failures ${f.code}: ${f.parked} parked, ${f.retrying} retrying`);
    } else if (isPostgresUrl(location))
      out.push('queue: not set up yet (start a worker or `ingest --queue`)');
    for (const f of feeds) {
      out.push(
        `feed ${f.url}: ${f.status ?? 'never polled'}${f.polledAt ? ` at ${f.polledAt}` : ''}${f.errorCode ? ` (${f.errorCode}, ${f.failures} failures in a row)` : ''}`,
      );
    }
    io.stdout.write(`${out.join('\n')}\n`);
    return EXIT_OK;
  } finally {
    await store.close();
  }
}

async function queueStatusOrNone(driver: Parameters<typeof queueStatus>[0] & { all: unknown }) {
  const installed = await driver.get(
    `SELECT 1 AS x FROM information_schema.tables WHERE table_schema = 'verbatim_queue' AND table_name = 'job'`,
  );
  return installed ? queueStatus(driver) : undefined;
}
