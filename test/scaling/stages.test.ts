/**
 * Scaling guard: on an input four times larger, no stage (nor ingestion) may take more than
 * MAX_GROWTH times as long. Linear work grows 4×; quadratic work 16×. Measured in a child process
 * (measure.ts) as the best of three CPU times, on generated inputs (bench/suites/scaling-inputs.ts)
 * of three shapes: news-like prose with quotations, one line with no punctuation, many short lines.
 * guard.test.ts shows the same measurement fails a quadratic stage. The full table at 1–8 MB is
 * `npm run bench -- --suite scaling`.
 */
import { describe, expect, it } from 'vitest';
import { judgeGrowth, MAX_GROWTH, measureSteps } from './growth.js';

/** CPU-time ratios near the limit flip under machine load; a quadratic stage (16×) fails every try. */
const SCALING_RETRIES = 2;
const SMALL = 64 * 1024;
const LARGE = 4 * SMALL;
const SHAPES = ['news-gen', 'long-line', 'short-lines'];

describe('stages scale linearly', () => {
  it(`no stage grows more than ${MAX_GROWTH}× on a 4× larger input`, {
    timeout: 600_000,
    retry: SCALING_RETRIES,
  }, () => {
    const times = measureSteps(SHAPES, [SMALL, LARGE]);
    for (const shape of SHAPES) expect(Object.keys(times[shape]?.[LARGE] ?? {}).length).toBeGreaterThan(8);
    const verdict = judgeGrowth(times, SMALL, LARGE);
    expect(verdict.tooFast, verdict.lines.join('\n')).toEqual([]);
  });
});
