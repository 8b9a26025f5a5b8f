/**
 * The work of one ingest job: read each source (text, HTML, URL, feed, uploaded file) through the same readers
 * as the command line, skip what the store already holds, analyse the rest in the shared work queue, and store
 * each article in its own transaction. One bad input is recorded (in the job and in the store's error table)
 * and the job goes on.
 */

import { rm } from 'node:fs/promises';
import type { AnalyzeInput } from '../analyzer.js';
import { identityOf } from '../cli/commands/ingest.js';
import { type ReadInput, readInputs } from '../ingest/files.js';
import { asVerbatimError, VerbatimError } from '../model/errors.js';
import { textHash } from '../store/core/write.js';
import type { Store } from '../store/index.js';
import type { ApiContext } from './context.js';
import { type SubmittedArticle, toAnalyzeInput } from './inputs.js';
import { type Job, MAX_JOB_ITEMS, recordError } from './jobs.js';

export type IngestSource =
  | { readonly kind: 'article'; readonly article: SubmittedArticle }
  | { readonly kind: 'feed'; readonly url: string }
  /** A file; an upload's temporary copy is removed when the job is done with it. */
  | { readonly kind: 'file'; readonly path: string; readonly name: string; readonly temporary?: boolean };

/** Shown as the input of a source in job errors and the store. */
export function sourceLabel(source: IngestSource): string {
  if (source.kind === 'file') return source.name;
  if (source.kind === 'feed') return source.url;
  const a = source.article;
  return a.url ?? (a.html !== undefined ? 'pasted.html' : 'pasted');
}

/**
 * Source identity, as `verbatim ingest` computes it (URL, else absolute path), so the command line and the
 * server skip each other's articles. Pasted texts have no address: their identity is their content.
 */
function identity(source: IngestSource, input: ReadInput): string {
  if (source.kind === 'article' && !input.meta.url) return `pasted:${textHash(input.text)}`;
  if (source.kind === 'file' && source.temporary) return input.meta.url ?? `upload:${source.name}`;
  return identityOf(source.kind === 'file' ? source.path : sourceLabel(source), input.meta.url, input.text);
}

async function readSource(source: IngestSource, ctx: ApiContext): Promise<(ReadInput | VerbatimError)[]> {
  if (source.kind === 'article') {
    const input = await toAnalyzeInput(source.article, ctx.fetcher);
    return [
      {
        text: input.text,
        meta: input.meta ?? {},
        warnings: input.warnings ?? [],
        ...(input.blocks ? { blocks: input.blocks } : {}),
      },
    ];
  }
  const ref = source.kind === 'feed' ? { source: source.url, feed: true } : { source: source.path };
  const inputs = await readInputs(ref, { fetcher: ctx.fetcher });
  if (source.kind !== 'file') return inputs;
  // The temporary path means nothing to people: the upload's own name stands in for it.
  return inputs.map((i) =>
    i instanceof VerbatimError ? i : { ...i, meta: { ...i.meta, source: source.name } },
  );
}

async function ingestOne(
  store: Store,
  ctx: ApiContext,
  job: Job,
  input: ReadInput,
  source: IngestSource,
  published?: string,
): Promise<void> {
  const id = identity(source, input);
  if ((await store.storedId(id, input.text)) !== undefined) {
    job.skipped++;
    return;
  }
  const analyzeInput: AnalyzeInput = { ...input, ...(published ? { published } : {}) };
  const prepared = await ctx.queue.runQueued(() =>
    ctx.runner.prepare(analyzeInput, { input: sourceLabel(source), identity: id }),
  );
  const outcome = await store.ingestPrepared(prepared);
  ctx.cache.clear();
  if (outcome.status === 'skipped') job.skipped++;
  else job.stored++;
  if (job.articleIds.length < MAX_JOB_ITEMS) job.articleIds.push(outcome.articleId);
}

/** Runs a job over its sources; progress is visible on `job` as it goes. */
export async function runIngest(
  store: Store,
  ctx: ApiContext,
  job: Job,
  sources: readonly IngestSource[],
  published?: string,
): Promise<void> {
  for (const source of sources) {
    const label = sourceLabel(source);
    try {
      const inputs = await readSource(source, ctx);
      job.total += inputs.length - 1;
      for (const input of inputs) {
        const where = input instanceof VerbatimError ? (input.file ?? label) : (input.meta.url ?? label);
        try {
          if (input instanceof VerbatimError) throw input;
          await ingestOne(store, ctx, job, input, source, published);
        } catch (error) {
          await fail(store, job, where, error);
        } finally {
          job.processed++;
        }
      }
    } catch (error) {
      await fail(store, job, label, error);
      job.processed++;
    } finally {
      if (source.kind === 'file' && source.temporary) await rm(source.path, { force: true });
    }
  }
}

async function fail(store: Store, job: Job, input: string, error: unknown): Promise<void> {
  job.failed++;
  recordError(job, input, error);
  const e = asVerbatimError(error, input);
  await store.recordError(input, { code: e.code, message: e.message }).catch(() => undefined);
}
