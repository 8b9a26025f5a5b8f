/** Multi-row statements come in a few fixed sizes, so the prepared-statement cache stays small. */
import { describe, expect, it } from 'vitest';
import { chunkSizes, flatRows, inList } from '../../../../src/store/core/sql.js';

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

describe('inList', () => {
  it('pads a list to a power of two with its last value, so the same values match', () => {
    expect(inList(['a'])).toEqual({ sql: '?', params: ['a'] });
    expect(inList([1, 2, 3])).toEqual({ sql: '?, ?, ?, ?', params: [1, 2, 3, 3] });
    const { sql, params } = inList(Array.from({ length: 33 }, (_, i) => i));
    expect(params).toHaveLength(64);
    expect(sql.split('?').length - 1).toBe(64);
    expect(new Set(params)).toEqual(new Set(Array.from({ length: 33 }, (_, i) => i)));
  });

  it('makes at most 10 distinct SQL texts for lists of 1 to 500 values', () => {
    const texts = new Set<string>();
    for (let n = 1; n <= 500; n++) texts.add(inList(new Array<number>(n).fill(7)).sql);
    expect(texts.size).toBeLessThanOrEqual(10);
  });
});

describe('flatRows', () => {
  it('gives the values of the rows one after another, as Array.prototype.flat does', () => {
    const cases: (readonly (readonly (string | number | null)[])[])[] = [
      [],
      [[]],
      [[1, 'a', null]],
      [[1, 'a'], [], [null, 2, 'b'], [3]],
    ];
    for (const rows of cases) expect(flatRows(rows)).toEqual(rows.flat());
  });
});
