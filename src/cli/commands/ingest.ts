/**
 * `verbatim ingest <file|dir|url|->… [--feed URL] [--db PATH|postgres://…]`:
 * analyses every input and stores it, each article all or nothing (several
 * articles share a COMMIT: IngestPipeline's group commit). Inputs the
 * store already holds (same source, same text) are skipped before analysis, so
 * re-running an interrupted ingest stores only the rest. Bad inputs are printed
 * and recorded in the store; the batch goes on. Analysis runs on a worker thread
 * (src/store/worker/) while this thread writes the article before it.
 *
 * This thread loads only what reading and writing need: the option parsers shared with `analyze` and the
 * network client are imported when an option or a URL asks for them (the analysis modules stay on the
 * analysing thread).
 */
import { resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { expandInputs, type InputRef, readInputs } from '../../ingest/files.js';
import { checkPublished } from '../../ingest/input-check.js';
import { asVerbatimError, VerbatimError } from '../../model/errors.js';
import type { IngestOutcome, SourceRef } from '../../store/core/types.js';
import { textHash } from '../../store/core/write.js';
import { openStore, storeLocation } from '../../store/open.js';
import { AnalysisPool } from '../../store/worker/analysis-pool.js';
import { IngestPipeline } from '../../store/worker/ingest-pipeline.js';
import { type CliIo, EXIT_OK, EXIT_SOME_FAILED } from '../io.js';

/** Show a progress bar only for batches at least this large. */
const PROGRESS_MIN_INPUTS = 10;

export interface IngestOptions {
  readonly db?: string;
  readonly feed?: string;
  readonly published?: string;
  readonly maxBytes?: string;
  readonly encoding?: string;
  readonly allowPrivate?: boolean;
  readonly allowLinkLocal?: boolean;
  readonly fetchTimeout?: string;
}

/** An input's articles not reported yet, plus one while it is read: the bar moves when none is left. */
interface Progress {
  pending: number;
}

interface Counts {
  stored: number;
  versions: number;
  skipped: number;
  duplicates: number;
  failed: number;
}

/** Source identity: the page URL, the absolute file path, or for standard input the text itself. */
export function identityOf(source: string, url: string | undefined, text: string): string {
  if (url) return url;
  if (source === '-') return `stdin:${textHash(text)}`;
  return /^https?:/i.test(source) ? source : resolve(source);
}

export async function ingestCommand(
  inputs: readonly string[],
  options: IngestOptions,
  io: CliIo,
): Promise<number> {
  const published = options.published ? checkPublished(options.published) : undefined;
  const { maxBytes, deadlineMs } = await limits(options);
  const store = await openStore(storeLocation(options.db));
  // The models load on the worker thread while the inputs are listed and read.
  const runner = new AnalysisPool();
  try {
    const refs: (InputRef | VerbatimError)[] = await expandInputs(
      inputs.length || options.feed ? inputs : ['-'],
    );
    if (options.feed) refs.push({ source: options.feed, feed: true });
    const needsNet = refs.some(
      (r) => !(r instanceof VerbatimError) && (r.feed || /^https?:/i.test(r.source)),
    );
    const fetcher = needsNet
      ? new (await import('../../ingest/net/fetch.js')).Fetcher({
          allowPrivate: options.allowPrivate ?? false,
          allowLinkLocal: options.allowLinkLocal ?? false,
          ...(maxBytes ? { maxBytes } : {}),
          ...(deadlineMs ? { deadlineMs } : {}),
        })
      : undefined;
    const bar =
      io.stderr.isTTY && refs.length >= PROGRESS_MIN_INPUTS
        ? new SingleBar({ stream: process.stderr })
        : undefined;
    bar?.start(refs.length, 0);
    const counts: Counts = { stored: 0, versions: 0, skipped: 0, duplicates: 0, failed: 0 };
    const fail = async (error: unknown, source: string): Promise<void> => {
      counts.failed++;
      const e = asVerbatimError(error, source);
      io.stderr.write(`${bar ? '\n' : ''}error: ${e.toLine()}\n`);
      // A store that cannot be written (full disk, read-only) fails the command: nothing more can be stored.
      if (e.code.startsWith('E_STORE_')) throw e;
      await store.recordError(source, e);
    };
    // The bar counts inputs whose articles are all reported, each once its group's COMMIT returned.
    const progressOf = new Map<SourceRef, Progress>();
    const reported = (source: SourceRef): void => {
      const progress = progressOf.get(source);
      progressOf.delete(source);
      if (progress && --progress.pending === 0) bar?.increment();
    };
    const pipeline = new IngestPipeline(store, runner, {
      onStored: (outcome, source) => {
        tally(counts, outcome);
        reported(source);
      },
      onFailed: async (error, source) => {
        try {
          await fail(error, source.input);
        } finally {
          reported(source);
        }
      },
    });
    for (const ref of refs) {
      // One while the input is read, one per article handed to the pipeline.
      const progress: Progress = { pending: 1 };
      try {
        if (ref instanceof VerbatimError) throw ref;
        const read = await readInputs(ref, {
          ...(maxBytes ? { maxBytes } : {}),
          ...(options.encoding ? { encoding: options.encoding } : {}),
          ...(fetcher ? { fetcher } : {}),
        });
        for (const input of read) {
          const source =
            input instanceof VerbatimError ? (input.file ?? ref.source) : (input.meta.url ?? ref.source);
          if (input instanceof VerbatimError) {
            await fail(input, source);
            continue;
          }
          const identity = identityOf(ref.source, input.meta.url, input.text);
          if ((await store.storedId(identity, input.text)) !== undefined) {
            counts.skipped++;
            continue;
          }
          const article: SourceRef = { input: source, identity };
          progressOf.set(article, progress);
          progress.pending++;
          await pipeline.add({ ...input, ...(published ? { published } : {}) }, article);
        }
      } catch (error) {
        if (error instanceof VerbatimError && error.code.startsWith('E_STORE_')) throw error;
        await fail(error, ref instanceof VerbatimError ? (ref.file ?? '?') : ref.source);
      }
      if (--progress.pending === 0) bar?.increment();
    }
    await pipeline.finish();
    await fetcher?.close();
    bar?.stop();
    io.stderr.write(`${summary(counts)} → ${store.url}\n`);
    return counts.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
  } finally {
    await runner.close();
    await store.close();
  }
}

/** `--max-bytes` and `--fetch-timeout` as numbers; their parsers (shared with `analyze`) load only when given. */
async function limits(options: IngestOptions): Promise<{ maxBytes?: number; deadlineMs?: number }> {
  if (!options.maxBytes && !options.fetchTimeout) return {};
  const { parseByteCount, parseCount } = await import('./analyze.js');
  return {
    ...(options.maxBytes ? { maxBytes: parseByteCount(options.maxBytes) } : {}),
    ...(options.fetchTimeout
      ? { deadlineMs: parseCount(options.fetchTimeout, '--fetch-timeout') * 1000 }
      : {}),
  };
}

function tally(counts: Counts, o: IngestOutcome): void {
  if (o.status === 'skipped') counts.skipped++;
  else if (o.status === 'new-version') counts.versions++;
  else counts.stored++;
  if (o.duplicateOf) counts.duplicates++;
}

function summary(c: Counts): string {
  const parts = [`${c.stored} stored`, `${c.versions} new versions`, `${c.skipped} already stored (skipped)`];
  if (c.duplicates) parts.push(`${c.duplicates} near-duplicates linked to their originals`);
  if (c.failed) parts.push(`${c.failed} failed`);
  return parts.join(', ');
}
