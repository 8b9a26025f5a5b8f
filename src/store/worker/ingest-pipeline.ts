/**
 * The ingest loop shared by `verbatim ingest` and the store bench: articles are analysed (and prepared for
 * the store) by an AnalysisRunner while this thread writes the ones already prepared, in input order. At most
 * WINDOW articles wait to be written, so memory stays flat however long the batch.
 *
 * Group commit: consecutive articles share one transaction (`store.ingestGroup`), each in its own savepoint, so
 * a failing article is rolled back alone and the others commit. A group ends when it holds GROUP_ARTICLES
 * articles, when GROUP_MS have passed since it began (also while it waits for the next analysis), when no
 * article is queued (the input is being read, or has ended), or after a store error. Outcomes are reported
 * (`onStored`, `onFailed`), in input order, only once the COMMIT that made them durable has returned; when the
 * COMMIT fails, the group's articles are reported failed with its error.
 */
import type { AnalyzeInput } from '../../analyzer.js';
import { VerbatimError } from '../../model/errors.js';
import type { IngestOutcome, PreparedArticle, SourceRef, Store } from '../core/types.js';
import type { AnalysisRunner } from './analysis-pool.js';

/**
 * Articles queued and not yet written: one written, one analysed, and the next already handed to the analysing
 * thread (analysis-pool.ts), so a slow write never leaves that thread waiting for its next input.
 */
export const WINDOW = 3;

/**
 * Articles per transaction at most. One COMMIT for several articles spares the commit's own cost and the
 * rewriting of the pages every article touches (index pages, FTS segments, counters): the writer's CPU per
 * article fell 1.3–3.0 ms (7–15 %) from one article to 8 per commit, and 16 or 32 did no better
 * (`npm run bench -- --suite store-group`, three loaded runs, docs/store.md); more only holds the lock longer.
 */
export const GROUP_ARTICLES = 8;

/**
 * Milliseconds after its first write past which a group takes no further article (its transaction holds
 * SQLite's write lock, and on PostgreSQL the corpus-link lock): a second ingest into the same store waits about
 * this long, plus one article's write and the COMMIT, for its turn. Eight PolNeAR articles take ~100 ms of writes
 * on a quiet machine, so the limit bites when analyses are slow, not in a steady ingest.
 */
export const GROUP_MS = 250;

export interface PipelineEvents {
  onStored(outcome: IngestOutcome, source: SourceRef): void;
  /** An article failed (analysis or write); throwing here stops the batch (a store that cannot be written). */
  onFailed(error: unknown, source: SourceRef): Promise<void> | void;
}

interface Queued {
  readonly source: SourceRef;
  readonly prepared: Promise<PreparedArticle>;
}

type Result = { readonly source: SourceRef } & (
  | { readonly outcome: IngestOutcome }
  | { readonly failure: unknown }
);

/** A settled analysis, or 'late' when the group's time ran out first. */
type Ready = { readonly article: PreparedArticle } | { readonly failure: unknown } | 'late';

export class IngestPipeline {
  /** Added and not yet written, in input order. */
  private readonly queue: Queued[] = [];
  /** The writer's run while it runs (it stops when the queue is empty; `add` starts it again). */
  private writer: Promise<void> | undefined;
  /** What `onFailed` threw: the batch stops with it. */
  private fatal: { readonly error: unknown } | undefined;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly store: Store,
    private readonly runner: AnalysisRunner,
    private readonly events: PipelineEvents,
  ) {}

  /** Queues one article; waits while WINDOW articles wait to be written. Rethrows what `onFailed` threw. */
  async add(input: AnalyzeInput, source: SourceRef): Promise<void> {
    this.rethrow();
    const prepared = this.runner.prepare(input, source);
    // Handled where it is awaited (the writer); this only keeps Node from calling it unhandled meanwhile.
    prepared.catch(() => undefined);
    this.queue.push({ source, prepared });
    this.writer ??= this.write();
    while (this.queue.length >= WINDOW && this.writing() && !this.fatal) await this.progress();
    this.rethrow();
  }

  /** Waits for every article queued so far to be written and reported. */
  async finish(): Promise<void> {
    while (this.writer) await this.writer;
    this.rethrow();
  }

  private writing(): boolean {
    return this.writer !== undefined;
  }

  private rethrow(): void {
    if (this.fatal) throw this.fatal.error;
  }

  /** Resolves when the writer has taken an article off the queue (or stopped). */
  private progress(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private wake(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  /**
   * The writer: groups until the queue is empty or the batch stops. It clears `writer` in the same synchronous
   * step as its last look at the queue, so an article added after that look starts a new writer.
   */
  private async write(): Promise<void> {
    try {
      while (this.queue.length > 0 && !this.fatal) {
        const results: Result[] = [];
        const first = await this.next(results, Number.POSITIVE_INFINITY);
        if (first !== undefined) await this.group(first, results);
        await this.report(results);
      }
    } catch (error) {
      this.fatal ??= { error };
    } finally {
      this.writer = undefined;
      this.wake();
    }
  }

  /**
   * The next analysed article off the queue; analyses that failed on the way are added to `results`. Undefined
   * when the queue is empty or `deadline` (performance.now()) comes first (the article then stays queued).
   */
  private async next(results: Result[], deadline: number): Promise<PreparedArticle | undefined> {
    for (;;) {
      const head = this.queue[0];
      if (!head) return undefined;
      const ready = await settleBy(head.prepared, deadline);
      if (ready === 'late') return undefined;
      if ('article' in ready) return ready.article;
      this.taken(results, { source: head.source, failure: ready.failure });
    }
  }

  private taken(results: Result[], result: Result): void {
    this.queue.shift();
    results.push(result);
    this.wake();
  }

  /** One transaction: `first`, then the next articles while the group has room and time. */
  private async group(first: PreparedArticle, results: Result[]): Promise<void> {
    const from = results.length;
    let began = false;
    try {
      await this.store.ingestGroup(async (write) => {
        began = true;
        const deadline = performance.now() + GROUP_MS;
        let article: PreparedArticle | undefined = first;
        let written = 0;
        while (article) {
          const source = this.queue[0]!.source;
          try {
            this.taken(results, { source, outcome: await write(article) });
          } catch (failure) {
            this.taken(results, { source, failure });
            if (storeError(failure)) return;
          }
          if (++written >= GROUP_ARTICLES) return;
          article = await this.next(results, deadline);
        }
      });
    } catch (error) {
      // The transaction could not begin (a busy or read-only store): `first` fails with its error, or it would
      // stay at the head of the queue and be tried again forever.
      if (!began) this.taken(results, { source: this.queue[0]!.source, failure: error });
      // Not committed: none of the group's writes is stored.
      for (let i = from; i < results.length; i++) {
        if ('outcome' in results[i]!) results[i] = { source: results[i]!.source, failure: error };
      }
    }
  }

  /** Reports a group's results in input order; stops the batch when `onFailed` throws. */
  private async report(results: readonly Result[]): Promise<void> {
    for (const r of results) {
      try {
        if ('outcome' in r) this.events.onStored(r.outcome, r.source);
        else await this.events.onFailed(r.failure, r.source);
      } catch (error) {
        this.fatal = { error };
        return;
      }
    }
  }
}

/** A store that cannot be written (full disk, lost connection): the group stops at once and commits the rest. */
function storeError(error: unknown): boolean {
  return error instanceof VerbatimError && error.code.startsWith('E_STORE_');
}

/** How `prepared` settled, or 'late' if it had not by `deadline` (a performance.now() time). */
async function settleBy(prepared: Promise<PreparedArticle>, deadline: number): Promise<Ready> {
  const settled = prepared.then(
    (article) => ({ article }),
    (failure: unknown) => ({ failure }),
  );
  if (deadline === Number.POSITIVE_INFINITY) return settled;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), Math.max(0, deadline - performance.now()));
  });
  try {
    return await Promise.race([settled, late]);
  } finally {
    clearTimeout(timer);
  }
}
