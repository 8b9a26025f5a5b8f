/**
 * Benchmark tasks behind `verbatim predict <task>` and `verbatim eval <task>`.
 *
 * A task reads a benchmark's own input format and writes its output format
 * (predict), or scores Verbatim against gold data with the metric stated in its
 * issue, exactly as written there, so numbers compare with published ones (eval).
 */

export interface EvalReport {
  readonly task: string;
  /** The gold data scored (path). */
  readonly gold: string;
  /** Headline numbers, e.g. `{ accuracy: 0.967 }`; fractions in [0, 1] unless the name says otherwise. */
  readonly metrics: Readonly<Record<string, number>>;
  /** Human-readable table lines (per type breakdowns…). */
  readonly lines: readonly string[];
}

/** Options of `predict`/`eval` that only some tasks take (`--profile` of quotes, `--genre` of actors). */
export interface TaskOptions {
  readonly profile?: string;
  /** actors: score only these GUM genres (the `GUM_<genre>_` file prefix), e.g. `['interview', 'bio']`. */
  readonly genres?: readonly string[];
}

export interface Task {
  predict?(input: string, output: string, options?: TaskOptions): Promise<void>;
  /** `second`: a task's optional second input (`eval claims GOLD_DIR TEXT_DIR`). */
  evaluate?(gold: string, second?: string, options?: TaskOptions): Promise<EvalReport>;
}

export interface TaskDescriptor {
  readonly name: string;
  readonly description: string;
  /** What `predict` reads and writes; absent when the task has no predict. */
  readonly predictFormat?: string;
  /** What `eval` reads and which metric it prints; absent when the task has no eval. */
  readonly evalFormat?: string;
  load(): Promise<Task>;
}
