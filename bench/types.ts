/** Benchmark contracts: a suite measures something over the shared corpus and returns rows for the table. */

export interface BenchText {
  readonly id: string;
  readonly text: string;
  /** White-space separated words, the unit of words/second. */
  readonly words: number;
}

export interface BenchCorpus {
  readonly name: string;
  readonly texts: readonly BenchText[];
  readonly words: number;
}

export interface BenchRow {
  /** Table section, e.g. `pipeline`, `peer`, `extract`. */
  readonly section: string;
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly note?: string;
}

export interface BenchSuite {
  readonly name: string;
  /** Run only when named with `--suite` (long suites such as `scaling`). */
  readonly onlyWhenNamed?: boolean;
  run(corpus: BenchCorpus): Promise<BenchRow[]>;
}
