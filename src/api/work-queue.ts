/**
 * A bounded queue for CPU-heavy work (analysing an article): at most `concurrency` tasks run, at most
 * `capacity` wait; a task offered beyond that is refused at once with E_API_BUSY (the routes answer 429),
 * so a burst never grows memory without bound. Tasks start on a later turn of the event loop
 * (setImmediate) so that reads are served between two analyses.
 *
 * Hand-written: p-queue and similar have no "refuse when full" mode, and this is 60 lines.
 */
import { VerbatimError } from '../model/errors.js';

export interface QueueStats {
  readonly running: number;
  readonly waiting: number;
  readonly capacity: number;
  readonly refused: number;
}

interface Waiting {
  readonly start: () => void;
}

export class WorkQueue {
  private running = 0;
  private readonly waiting: Waiting[] = [];
  private refused = 0;

  constructor(
    readonly concurrency: number,
    readonly capacity: number,
  ) {}

  /** True when a task offered now would be refused. */
  get full(): boolean {
    return this.running >= this.concurrency && this.waiting.length >= this.capacity;
  }

  stats(): QueueStats {
    return {
      running: this.running,
      waiting: this.waiting.length,
      capacity: this.capacity,
      refused: this.refused,
    };
  }

  /** Throws E_API_BUSY when a task offered now would be refused (to refuse before costly preparation). */
  checkRoom(): void {
    if (this.full) {
      this.refused++;
      throw new VerbatimError('E_API_BUSY', `${this.waiting.length} tasks are already waiting`);
    }
  }

  /** Runs `task` when a slot is free; throws E_API_BUSY at once when the queue is full. */
  run<T>(task: () => T | Promise<T>): Promise<T> {
    this.checkRoom();
    return this.runQueued(task);
  }

  /**
   * Runs `task` when a slot is free, waiting even when the queue is full: for ingest jobs, which are bounded
   * by their own registry and offer one task at a time.
   */
  runQueued<T>(task: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = (): void => {
        this.running++;
        setImmediate(() => {
          Promise.resolve()
            .then(task)
            .then(resolve, reject)
            .finally(() => {
              this.running--;
              this.waiting.shift()?.start();
            });
        });
      };
      if (this.running < this.concurrency) start();
      else this.waiting.push({ start });
    });
  }
}
