/**
 * Adding draft claims through the position index gives the same claims and indices as comparing each new
 * claim with every claim before it (that scan made the stage grow 3× per doubling of an 8 MB input).
 */
import { describe, expect, it } from 'vitest';
import { type DraftClaim, DraftClaims } from '../../../../src/stages/claims/claims.js';
import type { ClaimOrigin } from '../../../../src/stages/claims/types.js';
import { numbers } from './seeded.js';

function share(a: DraftClaim['range'], b: DraftClaim['range']): number {
  const o = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return o > 0 ? o / (a.end - a.start) : 0;
}

/** The rule written as a scan of every claim, first match wins. */
function addByScan(claims: DraftClaim[], next: DraftClaim): number {
  const i = claims.findIndex(
    (c) =>
      (share(next.range, c.range) >= 0.5 && share(c.range, next.range) >= 0.5) ||
      (next.origin === 'reported' && c.origin === 'statement' && share(next.range, c.range) === 1),
  );
  if (i >= 0) return i;
  claims.push(next);
  return claims.length - 1;
}

const ORIGINS: readonly ClaimOrigin[] = ['statement', 'reported', 'response'];

function draft(next: () => number, textLength: number): DraftClaim {
  const start = Math.floor(next() * textLength);
  // Mostly sentence-sized, sometimes spanning blocks, sometimes empty.
  const length = next() < 0.05 ? 0 : Math.floor(next() * (next() < 0.2 ? 3000 : 300));
  return {
    range: { start, end: start + length },
    origin: ORIGINS[Math.floor(next() * ORIGINS.length)] as ClaimOrigin,
    sentence: Math.floor(start / 100),
  };
}

describe('DraftClaims', () => {
  it.each([1, 2, 3, 4])('adds claims as a scan of every claim does (seed %i)', (seed) => {
    const next = numbers(seed);
    const initial = Array.from({ length: 200 }, () => ({
      ...draft(next, 20_000),
      origin: 'statement' as const,
    }));
    const scanned = [...initial];
    const indexed = new DraftClaims(initial);
    let merged = 0;
    for (let k = 0; k < 2000; k++) {
      // Every third claim repeats a stored range, nearly: the case the rule exists for.
      const d =
        k % 3 === 0
          ? {
              ...draft(next, 20_000),
              range: nudged(scanned[Math.floor(next() * scanned.length)] as DraftClaim, next),
            }
          : draft(next, 20_000);
      const expected = addByScan(scanned, d);
      expect(indexed.add(d)).toBe(expected);
      if (expected < scanned.length - 1) merged++;
    }
    expect(indexed.list).toEqual(scanned);
    expect(merged).toBeGreaterThan(100);
  });
});

function nudged(c: DraftClaim, next: () => number): DraftClaim['range'] {
  const shift = Math.floor((next() - 0.5) * 20);
  return { start: Math.max(0, c.range.start + shift), end: Math.max(0, c.range.end + shift) };
}
