/**
 * Analysis off the calling thread: a pool of worker threads (piscina), each with its own loaded models, that
 * analyses inputs and prepares them for the store. The HTTP server keeps its event loop for reads while
 * analyses run; `verbatim ingest` analyses the next article while the main thread writes the previous one.
 *
 * `AnalysisRunner` is what the server and the ingest loop need; `inlineRunner` is the same on the calling
 * thread (the library and tests that bring their own Analyzer).
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { AnalyzeInput, Analyzer } from '../../analyzer.js';
import { VerbatimError } from '../../model/errors.js';
import { appliedV8Flags } from '../../runtime/v8-flags.js';
import { STORE_INCLUDE } from '../core/rows.js';
import type { PreparedArticle, SourceRef } from '../core/types.js';
import { prepareArticle } from '../core/write.js';
import type { TaskOutcome, WorkerTask } from './task-types.js';
import type { ThreadBusy } from './thread-clock.js';

export interface AnalysisRunner {
  /** The analysis as JSON text (records of the default set plus `include`). */
  analyzeJson(input: AnalyzeInput, include?: readonly string[]): Promise<string>;
  /** Analysis and the store's CPU work for one article, ready for `store.ingestPrepared`. */
  prepare(input: AnalyzeInput, source: SourceRef): Promise<PreparedArticle>;
  close(): Promise<void>;
}

/**
 * The runner on the calling thread, with an Analyzer the caller owns. The record builder (zod schemas) loads on
 * first use: the pool's callers (`verbatim ingest`'s writing thread) never need it.
 */
export function inlineRunner(analyzer: Analyzer): AnalysisRunner {
  return {
    analyzeJson: async (input, include) => {
      const { toAnalysis } = await import('../../analysis/records.js');
      const { document, timings } = analyzer.run(input);
      return JSON.stringify(toAnalysis(document, timings, include ? { include } : {}));
    },
    prepare: async (input, source) => {
      const { toAnalysis } = await import('../../analysis/records.js');
      const { document, timings } = analyzer.run(input);
      return prepareArticle(toAnalysis(document, timings, { include: STORE_INCLUDE }), source);
    },
    close: async () => undefined,
  };
}

export interface PoolOptions {
  /**
   * Worker threads. Default 1: analysis is CPU-bound and the machines we target have 2 cores, one for the
   * analyses and one for everything else (reads, writes); each thread also holds its own models (~100 MB).
   */
  readonly threads?: number;
}

/**
 * Inputs a thread holds at once: the one it analyses and the next, so it starts the next as soon as it is done.
 * With one, the next input is handed over by the calling thread's event loop, which a write of the previous
 * article (synchronous SQLite calls, ~20 ms) keeps busy: the analysing thread then waits for the writer.
 */
const TASKS_PER_THREAD = 2;

/**
 * Running from source (tsx, vitest), the worker registers tsx's loader itself (analysis-task-source.mjs), so it
 * gets no options. Built, it inherits the process's options (`execArgv` left undefined): passing
 * `process.execArgv` explicitly makes Node re-parse them and refuse V8 flags such as `node --trace-opt`.
 */
function workerFile(): { filename: string; execArgv: string[] | undefined } {
  const fromSource = import.meta.url.endsWith('.ts');
  const file = fromSource ? './analysis-task-source.mjs' : './analysis-task.js';
  return { filename: new URL(file, import.meta.url).href, execArgv: fromSource ? [] : undefined };
}

export class AnalysisPool implements AnalysisRunner {
  private readonly piscina: Piscina<WorkerTask, TaskOutcome>;
  /** Each thread's latest reported time (thread-clock.ts), by thread id. */
  private readonly busy = new Map<number, ThreadBusy>();

  /** Starts the threads at once, so the models load while the caller sets up the rest. */
  constructor(options: PoolOptions = {}) {
    const threads = Math.max(1, Math.min(options.threads ?? 1, availableParallelism()));
    this.piscina = new Piscina({
      ...workerFile(),
      // The V8 flags the process set: starting a thread resets one for the whole process (thread-flags.ts).
      workerData: { v8Flags: appliedV8Flags() },
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 0,
      concurrentTasksPerWorker: TASKS_PER_THREAD,
    });
  }

  async analyzeJson(input: AnalyzeInput, include?: readonly string[]): Promise<string> {
    return (await this.run({ kind: 'analyze', input, ...(include ? { include } : {}) })) as string;
  }

  async prepare(input: AnalyzeInput, source: SourceRef): Promise<PreparedArticle> {
    return (await this.run({ kind: 'prepare', input, source })) as PreparedArticle;
  }

  /**
   * Its threads' time so far, summed: wall milliseconds in tasks and CPU milliseconds (NaN off Linux). The
   * store-ingest bench shows them beside the writing thread's, to tell which of the two bounds an ingest.
   */
  threadTime(): { taskMs: number; cpuMs: number } {
    let taskMs = 0;
    let cpuMs = 0;
    for (const b of this.busy.values()) {
      taskMs += b.taskMs;
      cpuMs += b.cpuMs;
    }
    return { taskMs, cpuMs };
  }

  close(): Promise<void> {
    return this.piscina.destroy();
  }

  private async run(task: WorkerTask): Promise<string | PreparedArticle> {
    let outcome: TaskOutcome;
    try {
      outcome = await this.piscina.run(task);
    } catch (error) {
      // The thread died (out of memory, a native crash): piscina starts a new one for the next task.
      throw new VerbatimError('E_INTERNAL', `the analysis thread failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
    this.busy.set(outcome.busy.thread, outcome.busy);
    if (outcome.ok) return outcome.value;
    const e = outcome.error;
    throw new VerbatimError(e.code, e.message, { hint: e.hint, ...(e.file ? { file: e.file } : {}) });
  }
}
