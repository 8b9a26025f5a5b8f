/**
 * The scaling benchmark's warm-up text (bench/suites/scaling-inputs.ts WARMUP_SEED) is another draw of
 * the measured shape, not the measured input's beginning: with one seed, every size's first windows
 * had been read in the warm-up, and their words were cached (the POS word cache missed no word in the
 * 1 MB run's first window).
 */
import { describe, expect, it } from 'vitest';
import { makeInput, type Shape, WARMUP_SEED } from '../../bench/suites/scaling-inputs.js';

/** Characters compared; a few sentences or lines of every shape. */
const CHARS = 20_000;
/** Shapes that need no data (news draws from PolNeAR, which CI may not have). */
const SHAPES: readonly Shape[] = ['news-gen', 'long-line', 'short-lines', 'deep-html', 'wide-html'];

describe('scaling warm-up input', () => {
  it.each(SHAPES)('%s: another text of about the same size, the same every time', (shape) => {
    const warm = makeInput(shape, CHARS, undefined, WARMUP_SEED);
    const measured = makeInput(shape, CHARS);
    expect(makeInput(shape, CHARS, undefined, WARMUP_SEED)).toBe(warm);
    expect(Math.abs(warm.length - measured.length)).toBeLessThan(CHARS / 10);
    expect(warm).not.toBe(measured);
  });

  it.each(['news-gen', 'long-line', 'short-lines', 'deep-html'] as const)(
    '%s: the measured input does not begin with the warm-up text',
    (shape) => {
      const warm = makeInput(shape, CHARS, undefined, WARMUP_SEED);
      const measured = makeInput(shape, 4 * CHARS);
      // The pages' fixed head is the same; what follows it is not.
      const head = shape === 'deep-html' ? warm.indexOf('<div>') + 200 : 200;
      expect(measured.startsWith(warm.slice(0, head))).toBe(false);
    },
  );
});
