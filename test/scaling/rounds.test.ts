/**
 * The scaling benchmark's rounds (bench/suites/scaling-rounds.ts): sizes run ascending, then
 * descending, so that neither size of a doubling always runs later than the other; each round's
 * factor pairs that round's two runs.
 */
import { describe, expect, it } from 'vitest';
import { roundFactors, roundOrder } from '../../bench/suites/scaling-rounds.js';

describe('scaling rounds', () => {
  it('alternates ascending and descending rounds', () => {
    expect(roundOrder(0, 4)).toEqual([0, 1, 2, 3]);
    expect(roundOrder(1, 4)).toEqual([3, 2, 1, 0]);
    expect(roundOrder(2, 4)).toEqual([0, 1, 2, 3]);
  });

  it('runs every size once per round and, over two rounds, each size of a pair first once', () => {
    const a = roundOrder(0, 4);
    const b = roundOrder(1, 4);
    expect([...a].sort()).toEqual([0, 1, 2, 3]);
    for (let i = 1; i < 4; i++) {
      expect(a.indexOf(i - 1) < a.indexOf(i)).not.toBe(b.indexOf(i - 1) < b.indexOf(i));
    }
  });

  it("pairs each round's runs and skips a round missing either time", () => {
    expect(roundFactors([100, 200, undefined], [250, 400, 300])).toEqual([2.5, 2]);
    expect(roundFactors([0, 100], [50, 230])).toEqual([2.3]);
  });
});
