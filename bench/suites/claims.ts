/**
 * The claims stage's share of the whole pipeline (issue #20: claims and positions ≤ 10 %), measured
 * within one run from the analyzer's own per-stage timings, so machine load cancels out.
 */
import { Analyzer } from '../../src/analyzer.js';
import type { BenchCorpus, BenchRow, BenchSuite } from '../types.js';

/** One untimed pass first, so the JIT has compiled the hot paths before we measure. */
const WARMUP_PASSES = 1;
const TIMED_PASSES = 2;

export const claimsSuite: BenchSuite = {
  name: 'claims',
  async run(corpus: BenchCorpus): Promise<BenchRow[]> {
    const analyzer = await Analyzer.create();
    let claimsMs = 0;
    let totalMs = 0;
    for (let pass = 0; pass < WARMUP_PASSES + TIMED_PASSES; pass++) {
      for (const t of corpus.texts) {
        const { timings } = analyzer.run({ text: t.text });
        if (pass < WARMUP_PASSES) continue;
        for (const s of timings) {
          totalMs += s.ms;
          if (s.stage === 'claims') claimsMs += s.ms;
        }
      }
    }
    const perPass = claimsMs / TIMED_PASSES;
    return [
      {
        section: 'claims',
        name: 'claims + positions',
        value: corpus.words / (perPass / 1000),
        unit: 'words/s',
        note: `${((100 * claimsMs) / totalMs).toFixed(1)} % of the whole pipeline (same run)`,
      },
    ];
  },
};
