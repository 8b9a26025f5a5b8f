/** Multi-row statements come in a few fixed sizes, so the prepared-statement cache stays small. */
import { describe, expect, it } from 'vitest';
import { chunkSizes } from '../../../../src/store/core/sql.js';

describe('chunkSizes', () => {
  it('cuts any count into full chunks and powers of two that add up to it', () => {
    for (let n = 0; n <= 450; n++) {
      const sizes = chunkSizes(n);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
      for (const s of sizes) expect([100, 64, 32, 16, 8, 4, 2, 1]).toContain(s);
    }
    expect(chunkSizes(237)).toEqual([100, 100, 32, 4, 1]);
  });

  it('uses at most 8 distinct sizes whatever the counts', () => {
    const seen = new Set<number>();
    for (let n = 0; n <= 5000; n++) for (const s of chunkSizes(n)) seen.add(s);
    expect(seen.size).toBeLessThanOrEqual(8);
  });
});
