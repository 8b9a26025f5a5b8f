/**
 * The ingest loop shared by `verbatim ingest` and the store bench: articles are analysed (and prepared for
 * the store) by an AnalysisRunner while this thread writes the ones already prepared, in input order. At most
 * WINDOW articles are in flight, so memory stays flat however long the batch.
 */
import type { AnalyzeInput } from '../../analyzer.js';
import type { IngestOutcome, SourceRef, Store } from '../core/types.js';
import type { AnalysisRunner } from './analysis-pool.js';

/**
 * Articles in flight: one written here, one analysed, and the next already handed to the analysing thread
 * (analysis-pool.ts), so a slow write never leaves that thread waiting for its next input.
 */
export const WINDOW = 3;

export interface PipelineEvents {
  onStored(outcome: IngestOutcome, source: SourceRef): void;
  /** An article failed (analysis or write); throwing here stops the batch (a store that cannot be written). */
  onFailed(error: unknown, source: SourceRef): Promise<void> | void;
}

export class IngestPipeline {
  private readonly inFlight: Promise<void>[] = [];

  constructor(
    private readonly store: Store,
    private readonly runner: AnalysisRunner,
    private readonly events: PipelineEvents,
  ) {}

  /** Queues one article; waits while WINDOW articles are in flight. Rethrows what `onFailed` threw. */
  async add(input: AnalyzeInput, source: SourceRef): Promise<void> {
    const prepared = this.runner.prepare(input, source);
    // Writes happen in input order: each waits for the one before it (its failure is reported by its own).
    const before = (this.inFlight[this.inFlight.length - 1] ?? Promise.resolve()).catch(() => undefined);
    const done = (async () => {
      let outcome: IngestOutcome | undefined;
      let failure: unknown;
      try {
        const article = await prepared;
        await before;
        outcome = await this.store.ingestPrepared(article);
      } catch (error) {
        failure = error;
      }
      if (outcome) this.events.onStored(outcome, source);
      else await this.events.onFailed(failure, source);
    })();
    // Handled where it is awaited (below, or in finish); this only keeps Node from calling it unhandled.
    done.catch(() => undefined);
    this.inFlight.push(done);
    if (this.inFlight.length >= WINDOW) await this.inFlight.shift();
  }

  /** Waits for every article queued so far. */
  async finish(): Promise<void> {
    while (this.inFlight.length) await this.inFlight.shift();
  }
}
