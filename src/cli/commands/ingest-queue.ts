/** `verbatim ingest --queue …`: sends the inputs as jobs to the PostgreSQL queue (src/queue/enqueue.ts). */
import { openQueue, requirePostgres } from '../../queue/boss.js';
import { enqueueInputs } from '../../queue/enqueue.js';
import { storeOver } from '../../store/core/store.js';
import { openDriver, storeLocation } from '../../store/open.js';
import { type CliIo, EXIT_OK, EXIT_SOME_FAILED } from '../io.js';
import { parseByteCount } from './analyze.js';
import type { IngestOptions } from './ingest.js';

export async function ingestQueueCommand(
  inputs: readonly string[],
  options: IngestOptions,
  io: CliIo,
): Promise<number> {
  const db = storeLocation(options.db);
  requirePostgres(db, 'ingest --queue');
  const driver = await openDriver(db);
  const store = await storeOver(driver);
  try {
    const queue = await openQueue(db);
    try {
      const counts = await enqueueInputs(
        inputs.length || options.feed ? inputs : ['-'],
        {
          ...(options.feed ? { feed: options.feed } : {}),
          ...(options.encoding ? { encoding: options.encoding } : {}),
          ...(options.maxBytes ? { maxBytes: parseByteCount(options.maxBytes) } : {}),
          onError: async (source, e) => {
            io.stderr.write(`error: ${e.toLine()}\n`);
            await store.recordError(source, e);
          },
        },
        store,
        driver,
        queue,
      );
      io.stderr.write(
        `queued ${counts.analyse} articles, ${counts.fetchUrl} URLs, ${counts.fetchFeed} feeds; ${counts.alreadyStored} already stored; ${counts.failed} failed → ${store.url}\n`,
      );
      return counts.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
    } finally {
      await queue.close();
    }
  } finally {
    await store.close();
  }
}
