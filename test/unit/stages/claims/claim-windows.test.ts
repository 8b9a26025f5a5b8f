/**
 * The claims of a sentence window, as response linking reads them: the same claims, in the same order, as a
 * scan of every claim would give (the scan made the stage grow 3× per doubling of an 8 MB input).
 */
import { describe, expect, it } from 'vitest';
import { ClaimWindows, type DraftClaim } from '../../../../src/stages/claims/claims.js';
import { numbers } from './seeded.js';

function claimsIn(count: number, sentences: number, seed: number): DraftClaim[] {
  const next = numbers(seed);
  return Array.from({ length: count }, (_, i) => ({
    range: { start: i * 10, end: i * 10 + 5 },
    origin: 'reported' as const,
    sentence: Math.floor(next() * sentences),
  }));
}

describe('ClaimWindows', () => {
  it.each([1, 2, 3])(
    'gives the claims of each window in claim order, as a full scan does (seed %i)',
    (seed) => {
      const claims = claimsIn(300, 60, seed);
      const windows = new ClaimWindows(claims);
      for (let lo = -5; lo < 65; lo += 3) {
        for (const width of [0, 3, 6]) {
          const scan = claims.flatMap((c, i) => (c.sentence >= lo && c.sentence <= lo + width ? [i] : []));
          expect(windows.within(lo, lo + width)).toEqual(scan);
        }
      }
    },
  );

  it('is empty for a document without claims or a window past its sentences', () => {
    expect(new ClaimWindows([]).within(0, 10)).toEqual([]);
    expect(new ClaimWindows(claimsIn(10, 5, 4)).within(6, 9)).toEqual([]);
  });
});
