import { describe, expect, it } from 'vitest';
import { pairsSection, sectionPairs } from '../../../src/learn/container.js';
import { PairTable } from '../../../src/learn/pair-table.js';

/** Keys across the Int32 range, negative ones included (hashes are signed). */
const MAP = new Map<number, number>([
  [-2147483648, 1],
  [-5, 0],
  [0, -7],
  [3, 2147483647],
  [2147483647, 9],
  [12345, 42],
]);

describe('PairTable', () => {
  it('answers as the map it was written from, hits and misses', () => {
    const table = sectionPairs(pairsSection(MAP));
    expect(table.size).toBe(MAP.size);
    for (const [k, v] of MAP) {
      expect(table.get(k)).toBe(v);
      expect(table.has(k)).toBe(true);
    }
    for (const k of [-4, 1, 2, 12346, -2147483647, 2147483646]) {
      expect(table.get(k)).toBeUndefined();
      expect(table.has(k)).toBe(false);
    }
  });

  it('sorts pairs given in any order, and writes back the same section', () => {
    const shuffled = Int32Array.from([3, 30, -1, 10, 7, 70, 0, 0]);
    const table = new PairTable(shuffled);
    expect([...table]).toEqual([
      [-1, 10],
      [0, 0],
      [3, 30],
      [7, 70],
    ]);
    expect(table.get(7)).toBe(70);
    expect([...pairsSection(table)]).toEqual([...pairsSection(new Map(table))]);
  });

  it('is empty over an empty section', () => {
    const table = new PairTable(new Int32Array(0));
    expect(table.size).toBe(0);
    expect(table.get(0)).toBeUndefined();
  });
});
