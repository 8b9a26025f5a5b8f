/**
 * `verbatim ingest --queue`: sends jobs instead of analysing here. Local files
 * are read here (workers may run on other machines) and sent as `analyse` jobs
 * with their text; URLs become `fetch-url` jobs and feeds `fetch-feed` jobs.
 * What the store already holds is not sent at all.
 */
import { identityOf } from '../cli/commands/ingest.js';
import { expandInputs, readInputs } from '../ingest/files.js';
import { asVerbatimError, VerbatimError } from '../model/errors.js';
import type { Executor } from '../store/core/driver.js';
import type { Store } from '../store/core/types.js';
import type { Queue } from './boss.js';
import { hasSource } from './feed-state.js';
import type { AnalyseJob } from './jobs.js';

/** Analyse jobs sent per INSERT: large enough to enqueue thousands of files a second, small in memory. */
const SEND_BATCH = 200;

export interface EnqueueCounts {
  analyse: number;
  fetchUrl: number;
  fetchFeed: number;
  alreadyStored: number;
  failed: number;
}

export interface EnqueueOptions {
  readonly feed?: string;
  readonly encoding?: string;
  readonly maxBytes?: number;
  readonly onError?: (source: string, error: VerbatimError) => void | Promise<void>;
}

export async function enqueueInputs(
  inputs: readonly string[],
  options: EnqueueOptions,
  store: Store,
  db: Executor,
  queue: Queue,
): Promise<EnqueueCounts> {
  const counts: EnqueueCounts = { analyse: 0, fetchUrl: 0, fetchFeed: 0, alreadyStored: 0, failed: 0 };
  const fail = async (source: string, error: unknown): Promise<void> => {
    counts.failed++;
    await options.onError?.(source, asVerbatimError(error, source));
  };
  let batch: AnalyseJob[] = [];
  const flush = async (): Promise<void> => {
    await queue.sendMany('analyse', batch);
    counts.analyse += batch.length;
    batch = [];
  };
  if (options.feed) {
    await queue.send('fetch-feed', { url: options.feed });
    counts.fetchFeed++;
  }
  for (const ref of await expandInputs(inputs)) {
    if (ref instanceof VerbatimError) {
      await fail(ref.file ?? '?', ref);
      continue;
    }
    if (/^https?:\/\//i.test(ref.source)) {
      if (await hasSource(db, ref.source)) counts.alreadyStored++;
      else if (ref.feed) {
        await queue.send('fetch-feed', { url: ref.source });
        counts.fetchFeed++;
      } else {
        await queue.send('fetch-url', { url: ref.source });
        counts.fetchUrl++;
      }
      continue;
    }
    try {
      const read = await readInputs(ref, {
        ...(options.encoding ? { encoding: options.encoding } : {}),
        ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
      });
      for (const input of read) {
        if (input instanceof VerbatimError) {
          await fail(input.file ?? ref.source, input);
          continue;
        }
        const identity = identityOf(ref.source, input.meta.url, input.text);
        if ((await store.storedId(identity, input.text)) !== undefined) {
          counts.alreadyStored++;
          continue;
        }
        batch.push({ source: input.meta.url ?? ref.source, identity, input });
        if (batch.length >= SEND_BATCH) await flush();
      }
    } catch (error) {
      await fail(ref.source, error);
    }
  }
  await flush();
  return counts;
}
