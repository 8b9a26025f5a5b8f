/**
 * The scaling table's growth cells (bench/suites/scaling-format.ts): a factor over the target is
 * marked, and a step too small to time gets no factor at all.
 */
import { describe, expect, it } from 'vitest';
import { fmtS, fmtX, MIN_FACTOR_MS, TARGET_GROWTH } from '../../bench/suites/scaling-format.js';

describe('scaling table cells', () => {
  it.each([
    [100, 200, '2.00×'],
    [100, 230, '2.30×'],
    [100, 245, '**2.45×**'],
    [5, MIN_FACTOR_MS - 1, `<${MIN_FACTOR_MS} ms`],
    [5, MIN_FACTOR_MS, '**4.00×**'],
    [undefined, 50, '–'],
    [40, undefined, '–'],
    [0, 50, '–'],
  ] as const)('%s ms → %s ms is %s', (a, b, cell) => {
    expect(fmtX(a, b)).toBe(cell);
  });

  it('marks exactly the factors over the target', () => {
    expect(fmtX(1000, 1000 * TARGET_GROWTH)).not.toContain('**');
    expect(fmtX(1000, 1000 * TARGET_GROWTH + 1)).toContain('**');
  });

  it('prints seconds with two decimals', () => {
    expect(fmtS(1234)).toBe('1.23');
    expect(fmtS(undefined)).toBe('–');
  });
});
