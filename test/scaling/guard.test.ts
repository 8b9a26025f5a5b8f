/**
 * The scaling guard (stages.test.ts) is meaningful: measured the same way, on the same sizes, a
 * stage that compares every token with every earlier one fails it, and a stage whose work is linear
 * in the tokens (probes.ts) passes.
 */
import { describe, expect, it } from 'vitest';
import { judgeGrowth, measureSteps } from './growth.js';

/** The guard's sizes (stages.test.ts). */
const SMALL = 64 * 1024;
const LARGE = 4 * SMALL;
/** The linear probe's ratio flips under machine load like any stage's; the quadratic one's never does. */
const RETRIES = 2;

describe('scaling guard', () => {
  it('fails an injected quadratic stage and passes an injected linear one', {
    timeout: 600_000,
    retry: RETRIES,
  }, () => {
    const verdict = judgeGrowth(measureSteps(['news-gen'], [SMALL, LARGE], true), SMALL, LARGE);
    const detail = verdict.lines.join('\n');
    expect(verdict.failing, detail).toContain('news-gen quadratic-probe');
    expect(verdict.failing, detail).not.toContain('news-gen linear-probe');
  });
});
