/**
 * The batch loop: read → analyse → yield, one result per document, as an async iterator. Used by
 * `verbatim analyze` (and by the store's ingest and the HTTP API). Results come in input order;
 * reading (files, fetches, HTML extraction) runs up to `concurrency` inputs ahead of the analysis,
 * which is synchronous. Nothing is kept once yielded, so memory stays flat over any number of inputs.
 * One bad input is one `BatchFailure` with a typed error; the batch goes on.
 */
import type { AnalyzeInput } from '../analyzer.js';
import { expandInputs, type InputRef, type ReadOptions, readInputs } from '../ingest/files.js';
import { Fetcher } from '../ingest/net/fetch.js';
import { asVerbatimError, VerbatimError } from '../model/errors.js';
import type { BatchInput, BatchOptions, BatchResult } from './types.js';

/** Inputs read ahead by default: enough to overlap a few fetches with the analysis, small in memory. */
export const DEFAULT_CONCURRENCY = 4;

const URL_RE = /^https?:\/\//i;

/** One input after expansion: a single file/URL/feed to read, a text in hand, or an error already. */
type Planned =
  | { readonly ref: InputRef }
  | { readonly text: AnalyzeInput; readonly source: string }
  | { readonly error: VerbatimError; readonly source: string };

/** What reading one planned input gave: documents to analyse and per-item errors, in order. */
type Read = {
  readonly source: string;
  readonly ref?: InputRef;
  readonly items: readonly (AnalyzeInput | VerbatimError)[];
  readonly skipped?: true;
};

async function plan(inputs: readonly BatchInput[]): Promise<Planned[]> {
  const out: Planned[] = [];
  for (const input of inputs) {
    if (input.kind === 'text') out.push({ text: input.input, source: input.source });
    else if (input.kind === 'feed') out.push({ ref: { source: input.source, feed: true } });
    else {
      for (const r of await expandInputs([input.source])) {
        out.push(r instanceof VerbatimError ? { error: r, source: r.file ?? input.source } : { ref: r });
      }
    }
  }
  return out;
}

function sourceOf(p: Planned): string {
  return 'ref' in p ? p.ref.source : p.source;
}

async function read(
  p: Planned,
  options: ReadOptions,
  skip: ((ref: InputRef) => Promise<boolean>) | undefined,
): Promise<Read> {
  const source = sourceOf(p);
  if ('error' in p) return { source, items: [p.error] };
  if ('text' in p) return { source, items: [p.text] };
  const ref = p.ref;
  try {
    if (skip && (await skip(ref))) return { source, ref, items: [], skipped: true };
    return { source, ref, items: await readInputs(ref, options) };
  } catch (error) {
    return { source, ref, items: [asVerbatimError(error, source)] };
  }
}

/** Analyses every input; yields one result per document (a feed or directory gives several). */
export async function* analyzeBatch(
  inputs: readonly BatchInput[],
  options: BatchOptions,
): AsyncGenerator<BatchResult, void, undefined> {
  const planned = await plan(inputs);
  const total = planned.length;
  options.onProgress?.({ type: 'start', total });
  const needsNet = planned.some((p) => 'ref' in p && (p.ref.feed || URL_RE.test(p.ref.source)));
  const fetcher = needsNet
    ? new Fetcher({
        allowPrivate: options.allowPrivate ?? false,
        allowLinkLocal: options.allowLinkLocal ?? false,
        ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
        ...(options.deadlineMs ? { deadlineMs: options.deadlineMs } : {}),
      })
    : undefined;
  const readOptions: ReadOptions = {
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.maxFeedItems ? { maxFeedItems: options.maxFeedItems } : {}),
    ...(options.onNotice ? { onNotice: options.onNotice } : {}),
    ...(fetcher ? { fetcher } : {}),
  };
  const ahead = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const pending: Promise<Read>[] = [];
  let next = 0;
  const fill = (): void => {
    while (pending.length < ahead && next < total && !options.signal?.aborted) {
      pending.push(read(planned[next++] as Planned, readOptions, options.skip));
    }
  };
  try {
    for (let i = 0; i < total; i++) {
      fill();
      const reading = pending.shift();
      if (!reading) break;
      const { source, ref, items, skipped } = await reading;
      let analysed = 0;
      let failed = 0;
      for (const item of items) {
        const result = analyseOne(item, i, source, ref, options);
        if (result.ok) analysed++;
        else failed++;
        yield result;
      }
      options.onProgress?.({
        type: 'input',
        done: i + 1,
        total,
        source,
        analysed,
        failed,
        ...(skipped ? { skipped } : {}),
      });
    }
  } finally {
    await Promise.allSettled(pending);
    await fetcher?.close();
  }
}

function analyseOne(
  item: AnalyzeInput | VerbatimError,
  input: number,
  fallbackSource: string,
  ref: InputRef | undefined,
  options: BatchOptions,
): BatchResult {
  if (item instanceof VerbatimError) {
    return { ok: false, input, source: item.file ?? fallbackSource, error: item };
  }
  const source = item.meta?.url ?? fallbackSource;
  try {
    const published = options.published;
    const { document, timings } = options.analyzer.run(published ? { ...item, published } : item);
    return { ok: true, input, source, ...(ref ? { ref } : {}), document, timings };
  } catch (error) {
    return { ok: false, input, source, error: asVerbatimError(error, source) };
  }
}
